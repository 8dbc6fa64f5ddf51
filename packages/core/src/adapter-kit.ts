/**
 * The small pieces every adapter needs and none should write again: what kind of message it is carrying
 * (before the guard has looked at it), a queue that handles one direction's messages in order, and an
 * inspection that always ends in a verdict.
 */
import { compose } from './composer.js';
import { outcomeOf } from './disposition.js';
import { type Guard, inspectWithoutPromise } from './guard.js';
import { engineFinding } from './preflight.js';
import { bundledProfileTable } from './rules/bundled.js';
import type { Disposition, InspectContext, Verdict } from './types.js';
import { buildVerdict } from './verdict.js';
import { WireErrorCode } from './wire.js';
import { isRecord } from './parse.js';

const isId = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));

/** What an adapter needs to know of a message to route it: its kind, id, method, and what it cancels. */
export type MessageShape =
  | { readonly kind: 'request'; readonly id: string | number; readonly method: string }
  | { readonly kind: 'notification'; readonly method: string; /** For `notifications/cancelled`: the request id it cancels. */ readonly cancels: string | number | undefined }
  | { readonly kind: 'response'; readonly id: string | number | undefined }
  | { readonly kind: 'batch'; readonly items: readonly MessageShape[] }
  | { readonly kind: 'invalid'; readonly id: string | number | undefined };

/** Classifies a parsed message for routing (the guard's verdict decides what happens to it). */
export function classifyMessage(message: unknown): MessageShape {
  if (Array.isArray(message)) return { kind: 'batch', items: message.map(classifyMessage) };
  if (!isRecord(message) || message['jsonrpc'] !== '2.0') return { kind: 'invalid', id: isRecord(message) && isId(message['id']) ? message['id'] : undefined };
  const method = message['method'];
  const id = message['id'];
  if (typeof method === 'string') {
    if (isId(id)) return { kind: 'request', id, method };
    if (!('id' in message)) {
      const params = message['params'];
      const cancels = method === 'notifications/cancelled' && isRecord(params) && isId(params['requestId']) ? params['requestId'] : undefined;
      return { kind: 'notification', method, cancels };
    }
    return { kind: 'invalid', id: undefined };
  }
  if (('result' in message || 'error' in message) && (isId(id) || id === undefined || id === null)) return { kind: 'response', id: isId(id) ? id : undefined };
  return { kind: 'invalid', id: isId(id) ? id : undefined };
}

/** A request id as a map key that keeps its JSON type apart (`1` and `"1"` are different requests). */
export const idKey = (id: string | number): string => `${typeof id === 'number' ? 'n' : 's'}${id}`;

/**
 * One direction of traffic: tasks run one after the other, in the order they were queued, so
 * `initialize` → `notifications/initialized` → requests keep their order however long inspection takes.
 * A task that throws does not stop the lane; its error goes to `onError` (the promise `run` returns
 * rejects too, for a caller that waits on it).
 */
export class OrderedLane {
  #tail: Promise<void> = Promise.resolve();
  #queued = 0;
  // Made once, not per task: a busy lane queues thousands of tasks a second.
  readonly #settled = (): void => {
    this.#queued--;
  };
  readonly #failed: (error: unknown) => void;

  constructor(options: { readonly onError?: (error: unknown) => void } = {}) {
    const onError = options.onError;
    this.#failed = (error) => {
      this.#queued--;
      onError?.(error);
    };
  }

  /** Queues a task; resolves (or rejects) with its result. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    this.#queued++;
    const result = this.#tail.then(task);
    this.#tail = result.then(this.#settled, this.#failed);
    return result;
  }

  /**
   * Queues a task its caller already started, because nothing was queued (`pending` was 0): the lane waits
   * for `running` itself, not for a task that returns it (whose promise settles turns later). With
   * something queued meanwhile, it waits after that, as {@link run} does.
   */
  follow<T>(running: Promise<T>): Promise<T> {
    if (this.#queued !== 0) return this.run(() => running);
    this.#queued++;
    this.#tail = running.then(this.#settled, this.#failed);
    return running;
  }

  /** Resolves once everything queued so far has run. */
  idle(): Promise<void> {
    return this.#tail;
  }

  /** Tasks queued and not finished. */
  get pending(): number {
    return this.#queued;
  }
}

const decoder = new TextDecoder();

/** The message as JSON, for reading its id when the guard could not (raw text or bytes). */
function asJson(message: unknown): unknown {
  if (typeof message !== 'string' && !(message instanceof Uint8Array)) return message;
  try {
    return JSON.parse(typeof message === 'string' ? message : decoder.decode(message)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The verdict for an inspection that threw or rejected (a guard-like object may: a wrapper, a test double):
 * the one the guard gives its own internal errors, an `engine/internal-error` finding with the profile's
 * `layer-failure` action (block in balanced and strict, a warning in monitor), and the disposition of the
 * one wire table (`-32603`). For an adapter that awaits `guard.inspect` itself and catches.
 */
export function inspectionFailed(guard: Pick<Guard, 'profile'>, message: unknown, context: InspectContext, error: unknown): Verdict {
  const started = performance.now();
  const profile = bundledProfileTable()[guard.profile] ?? bundledProfileTable().balanced;
  const finding = { ...engineFinding('engine/internal-error', `inspection failed: ${String((error as Error)?.message ?? error).slice(0, 200)}`), action: profile.layerFailure };
  return buildVerdict({
    composition: compose([finding], profile, []),
    profile,
    messageType: 'invalid',
    method: undefined,
    tool: undefined,
    message: asJson(message),
    from: context.from,
    started,
    blockedCode: WireErrorCode.Blocked,
    hints: new Map(),
  });
}

/**
 * `guard.inspect`, for adapters: `inspect` never rejects, but a guard-like object may. A rejection gets
 * {@link inspectionFailed}'s verdict.
 */
export function inspectSafely(guard: Pick<Guard, 'inspect' | 'profile'>, message: unknown, context: InspectContext): Promise<Verdict> {
  const failed = (error: unknown): Verdict => inspectionFailed(guard, message, context, error);
  try {
    // No extra async frame on the hot path: only a rejection costs anything.
    return guard.inspect(message, context).catch(failed);
  } catch (error) {
    return Promise.resolve(failed(error));
  }
}

/**
 * {@link inspectSafely} without its promise turn: the verdict itself when the guard reached it
 * synchronously (a guard of `createGuard` on the memory store with the built-in layers does, for every
 * message that is not a batch), else a promise of it. Never throws and never rejects: a guard-like object
 * that does gets {@link inspectionFailed}'s verdict. For an adapter that forwards an allowed message in the
 * same turn it read it; audit events of such a verdict are emitted after the adapter's current turn.
 */
export function inspectNow(guard: Pick<Guard, 'inspect' | 'profile'>, message: unknown, context: InspectContext): Verdict | Promise<Verdict> {
  try {
    const verdict = inspectWithoutPromise(guard, message, context) ?? guard.inspect(message, context);
    if (!(verdict instanceof Promise)) return verdict;
    return verdict.then(undefined, (error: unknown) => inspectionFailed(guard, message, context, error));
  } catch (error) {
    return inspectionFailed(guard, message, context, error);
  }
}

/** What an adapter did when it carried out a disposition, by the names audit events use. */
export { outcomeOf };

/**
 * Where an adapter sends things when it carries out a disposition. Each returns a promise only when the
 * adapter has to wait (a stream asked for it, a transport's send).
 */
export interface DispositionTargets {
  /** Pass the message on to its receiver unchanged. */
  forward(): Promise<void> | undefined;
  /** Pass `message` on to the receiver in its place. */
  pass(message: unknown): Promise<void> | undefined;
  /** Send `response` back to the message's sender (the receiver never sees the message). */
  answer(response: unknown): Promise<void> | undefined;
}

/**
 * Carries out a disposition, the same way in every adapter: `forward` forwards, `replace` passes the
 * replacement on, `respond` answers the sender (and passes a batch's `replacement` on), `drop` does
 * nothing. Returns a promise to wait for, if a target returned one.
 */
export function carryOut(disposition: Disposition, to: DispositionTargets): Promise<void> | undefined {
  switch (disposition.kind) {
    case 'forward':
      return to.forward();
    case 'replace':
      return to.pass(disposition.message);
    case 'respond': {
      const answered = to.answer(disposition.response);
      if (disposition.replacement === undefined) return answered;
      const replaced = to.pass(disposition.replacement);
      return answered && replaced ? Promise.all([answered, replaced]).then(() => undefined) : (answered ?? replaced);
    }
    case 'drop':
      return undefined;
  }
}
