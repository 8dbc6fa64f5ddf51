import type { Readable } from 'node:stream';

import { OrderedLane } from '@vanguard/core';

import { type Line, LineSplitter, type OversizeLine } from './lines.js';

/** One unit of work of a lane: a whole line, or an oversize line whose bytes are still arriving. */
export type LaneItem = { readonly kind: 'line'; readonly line: Line } | { readonly kind: 'oversize'; readonly line: OversizeLine };

/** Counters of one direction. */
export interface LaneStats {
  readonly messages: number;
  readonly forwarded: number;
  readonly blocked: number;
  readonly bytes: number;
}

/**
 * Reads lines from one side and hands them, in order, to one async handler (core's `OrderedLane`), with
 * bounded read-ahead: when `maxBufferedBytes` of input wait for the handler (whole lines, or bytes of an
 * oversize line not yet passed on), the source is paused until half of that is handled.
 */
export class ReadLane {
  readonly stats = { messages: 0, forwarded: 0, blocked: 0, bytes: 0 };
  readonly done: Promise<void>;
  readonly #lane: OrderedLane;
  readonly #source: Readable;
  readonly #handle: (item: LaneItem) => Promise<void> | undefined;
  readonly #highWater: number;
  readonly #splitter: LineSplitter;
  readonly #log: (message: string) => void;
  #held = 0;
  #paused = false;
  #ended = false;
  #detached = false;
  #resolveDone: () => void = () => undefined;

  constructor(source: Readable, maxMessageBytes: number, maxBufferedBytes: number, handle: (item: LaneItem) => Promise<void> | undefined, log: (message: string) => void) {
    this.#source = source;
    this.#handle = handle;
    this.#highWater = maxBufferedBytes;
    this.#log = log;
    // Handlers report through verdicts; an error here is a bug, and the message is dropped.
    this.#lane = new OrderedLane({ onError: (error) => log(`internal error while handling a message: ${(error as Error)?.stack ?? String(error)}`) });
    this.done = new Promise((resolve) => {
      this.#resolveDone = resolve;
    });
    this.#splitter = new LineSplitter(
      maxMessageBytes,
      (line) => this.#queue({ kind: 'line', line }, line.raw.length),
      (line) => this.#queue({ kind: 'oversize', line }, 0),
      (delta) => this.#hold(delta),
    );
    source.on('data', this.#onData);
    source.on('end', this.#onEnd);
    source.on('close', this.#onEnd);
    source.on('error', this.#onError);
  }

  /** Runs a task in this lane's order (after every message read so far). */
  run(task: () => void | Promise<void>): Promise<void> {
    return this.#lane.run(task);
  }

  /** Stops reading; what was read is still handled, an unfinished line is cut where it is. */
  detach(): void {
    if (this.#detached) return;
    this.#detached = true;
    this.#source.off('data', this.#onData);
    this.#source.off('end', this.#onEnd);
    this.#source.off('close', this.#onEnd);
    this.#source.off('error', this.#onError);
    this.#source.pause();
    this.#finish(false);
  }

  /** Messages (and tasks) read or queued and not handled yet, the one being handled included. */
  get backlog(): number {
    return this.#lane.pending;
  }

  /** Whether more input was read behind the message being handled (its chunk goes on): see LineSplitter.readingAhead. */
  get readingAhead(): boolean {
    return this.#splitter.readingAhead;
  }

  /** Resolves once every message read so far is handled. */
  idle(): Promise<void> {
    return this.#lane.idle();
  }

  readonly #onData = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.stats.bytes += bytes.length;
    this.#splitter.push(bytes);
  };

  readonly #onEnd = (): void => this.#finish(true);

  readonly #onError = (error: Error): void => {
    this.#log(`reading failed: ${error.message}`);
    this.#finish(true);
  };

  #finish(flush: boolean): void {
    if (this.#ended) return;
    this.#ended = true;
    if (flush) this.#splitter.end();
    else this.#splitter.cut();
    void this.#lane.run(() => this.#resolveDone());
  }

  #queue(item: LaneItem, size: number): void {
    this.#hold(size);
    if (this.#lane.pending !== 0) {
      void this.#lane.run(() => this.#run(item, size));
      return;
    }
    // Nothing ahead of it (a lone message, the usual case): its handler starts now, inside the read
    // callback, instead of a promise turn later after the stream's own bookkeeping. One that finished
    // there (a verdict reached synchronously, written at once) leaves nothing in the lane; what is read
    // after one that did not still waits for it: the lane runs its promise in the lane's order.
    let running: Promise<void> | undefined;
    try {
      running = this.#run(item, size);
    } catch (error) {
      running = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (running !== undefined) void this.#lane.run(() => running);
  }

  #run(item: LaneItem, size: number): Promise<void> | undefined {
    this.#hold(-size);
    this.stats.messages++;
    return this.#handle(item);
  }

  #hold(delta: number): void {
    this.#held += delta;
    if (!this.#paused && this.#held >= this.#highWater && !this.#detached) {
      this.#paused = true;
      this.#source.pause();
    } else if (this.#paused && this.#held <= this.#highWater / 2) {
      this.#paused = false;
      if (!this.#detached) this.#source.resume();
    }
  }
}
