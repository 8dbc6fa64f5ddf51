import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { edgeBytes, type Line, LineSplitter, type OversizeLine } from '../src/lines.js';

interface Oversize {
  readonly head: string;
  readonly size: number;
  readonly tail: string;
  /** Every byte that flowed through its body, in order. */
  readonly raw: string;
  readonly complete: boolean;
}

async function drain(line: OversizeLine): Promise<Oversize> {
  const chunks: Buffer[] = [];
  for (let c = await line.body.next(); c !== undefined; c = await line.body.next()) chunks.push(c);
  return { head: line.head.toString(), size: line.body.size, tail: line.body.tail.toString(), raw: Buffer.concat(chunks).toString(), complete: line.body.complete };
}

async function split(chunks: readonly Buffer[], max = 1 << 20): Promise<{ lines: Line[]; oversize: Oversize[] }> {
  const lines: Line[] = [];
  const started: OversizeLine[] = [];
  const splitter = new LineSplitter(max, (l) => lines.push(l), (o) => started.push(o));
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return { lines, oversize: await Promise.all(started.map(drain)) };
}

/** Cuts a buffer at the given fractions of its length. */
function cut(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(start, p));
    start = p;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

const messageText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { s } }));

describe('LineSplitter', () => {
  it('yields the same lines however the stream is chunked, with CRLF, blank lines and multi-byte characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(messageText, fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n', '\r\n', '  \n', '\t\r\n')), { minLength: 1, maxLength: 20 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
        async (entries, cuts) => {
          const text = entries.map(([m, eol, blank]) => `${m}${eol}${blank}`).join('');
          const { lines, oversize } = await split(cut(Buffer.from(text), cuts));
          expect(oversize).toEqual([]);
          expect(lines.map((l) => l.bytes.toString('utf8'))).toEqual(entries.map(([m]) => m));
          // What is forwarded is exactly what was read, terminator included.
          expect(lines.map((l) => l.raw.toString('utf8'))).toEqual(entries.map(([m, eol]) => `${m}${eol}`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('treats an unterminated last line as a message and completes its framing', async () => {
    const { lines } = await split([Buffer.from('{"a":1}\n{"b"'), Buffer.from(':2}')]);
    expect(lines.map((l) => l.raw.toString())).toEqual(['{"a":1}\n', '{"b":2}\n']);
  });

  it('reports a line over the limit once, streams all its bytes in order, and keeps the next line intact', async () => {
    const big = `{"jsonrpc":"2.0","id":7,"method":"m","params":{"x":"${'y'.repeat(5000)}"}}`;
    const text = Buffer.from(`${big}\r\n{"ok":true}\n`);
    // Cut just past the limit: a case random cuts reach only rarely.
    const exact = await split([text.subarray(0, 1002), text.subarray(1002)], 1000);
    expect(exact.oversize[0]!.head).toBe(big.slice(0, 1002));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), async (cuts) => {
        const { lines, oversize } = await split(cut(text, cuts), 1000);
        expect(oversize).toHaveLength(1);
        const [over] = oversize;
        expect(over).toMatchObject({ size: Buffer.byteLength(big), tail: big.slice(-edgeBytes), raw: `${big}\r\n`, complete: true });
        // The head is what had arrived when the line crossed the limit, up to edgeBytes: with this limit below
        // edgeBytes, a cut just past the limit gives a shorter head.
        expect(over!.head.length).toBeGreaterThan(1000);
        expect(over!.head).toBe(big.slice(0, Math.min(edgeBytes, over!.head.length)));
        expect(lines.map((l) => l.bytes.toString())).toEqual(['{"ok":true}']);
      }),
      { numRuns: 500 },
    );
  });

  it('reports an oversize line when it crosses the limit, before its end has arrived', () => {
    const reported: OversizeLine[] = [];
    const splitter = new LineSplitter(100, () => undefined, (o) => reported.push(o));
    splitter.push(Buffer.from(`{"id":"a","x":"${'z'.repeat(150)}`));
    expect(reported).toHaveLength(1);
    expect(reported[0]!.sizeSoFar).toBeGreaterThan(100);
    expect(reported[0]!.head.toString()).toMatch(/^\{"id":"a"/);
  });

  it('counts the bytes of an oversize line held until its reader takes them', async () => {
    let held = 0;
    const reported: OversizeLine[] = [];
    const splitter = new LineSplitter(100, () => undefined, (o) => reported.push(o), (delta) => (held += delta));
    splitter.push(Buffer.alloc(300, 0x61));
    splitter.push(Buffer.from('bbb\n'));
    expect(held).toBe(304);
    const drained = await drain(reported[0]!);
    expect(drained.raw).toBe(`${'a'.repeat(300)}bbb\n`);
    expect(held).toBe(0);
  });

  it('ends an oversize line cut by a detach without a terminator', async () => {
    const reported: OversizeLine[] = [];
    const splitter = new LineSplitter(10, () => undefined, (o) => reported.push(o));
    splitter.push(Buffer.from('x'.repeat(50)));
    splitter.cut();
    expect(await drain(reported[0]!)).toMatchObject({ raw: 'x'.repeat(50), complete: false });
  });

  it('never holds more than the limit (and a CR) of an unfinished line', () => {
    const splitter = new LineSplitter(4096, () => undefined, () => undefined);
    for (let i = 0; i < 1000; i++) {
      splitter.push(Buffer.alloc(1024, 0x61));
      expect(splitter.pendingBytes).toBeLessThanOrEqual(4097);
    }
  });

  it('accepts a line exactly at the limit, whole or cut before its CRLF', async () => {
    const line = `"${'a'.repeat(98)}"`;
    const { lines, oversize } = await split([Buffer.from(`${line}\r\n`)], 100);
    expect(oversize).toEqual([]);
    expect(lines[0]!.bytes.toString()).toBe(line);
    const cutBefore = await split([Buffer.from(`${line}\r`), Buffer.from('\n')], 100);
    expect(cutBefore.oversize).toEqual([]);
    expect(cutBefore.lines[0]!.bytes.toString()).toBe(line);
  });
});
