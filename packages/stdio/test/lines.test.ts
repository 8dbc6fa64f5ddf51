import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { edgeBytes, type Line, LineSplitter, type OversizeLine } from '@vanguard/stdio';

function split(chunks: readonly Buffer[], max = 1 << 20): { lines: Line[]; oversize: OversizeLine[] } {
  const lines: Line[] = [];
  const oversize: OversizeLine[] = [];
  const splitter = new LineSplitter(max, (l) => lines.push(l), (o) => oversize.push(o));
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return { lines, oversize };
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
  it('yields the same lines however the stream is chunked, with CRLF, blank lines and multi-byte characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(messageText, fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n', '\r\n', '  \n', '\t\r\n')), { minLength: 1, maxLength: 20 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
        (entries, cuts) => {
          const text = entries.map(([m, eol, blank]) => `${m}${eol}${blank}`).join('');
          const { lines, oversize } = split(cut(Buffer.from(text), cuts));
          expect(oversize).toEqual([]);
          expect(lines.map((l) => l.bytes.toString('utf8'))).toEqual(entries.map(([m]) => m));
          // What is forwarded is exactly what was read, terminator included.
          expect(lines.map((l) => l.raw.toString('utf8'))).toEqual(entries.map(([m, eol]) => `${m}${eol}`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('treats an unterminated last line as a message and completes its framing', () => {
    const { lines } = split([Buffer.from('{"a":1}\n{"b"'), Buffer.from(':2}')]);
    expect(lines.map((l) => l.raw.toString())).toEqual(['{"a":1}\n', '{"b":2}\n']);
  });

  it('reports a line over the limit once, with its size and ends, and keeps the next line intact', () => {
    const big = `{"jsonrpc":"2.0","id":7,"method":"m","params":{"x":"${'y'.repeat(5000)}"}}`;
    const text = Buffer.from(`${big}\r\n{"ok":true}\n`);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (cuts) => {
        const { lines, oversize } = split(cut(text, cuts), 1000);
        expect(oversize).toHaveLength(1);
        expect(oversize[0]!.size).toBe(Buffer.byteLength(big));
        expect(oversize[0]!.head.toString()).toBe(big.slice(0, edgeBytes));
        expect(oversize[0]!.tail.toString()).toBe(big.slice(-edgeBytes));
        expect(lines.map((l) => l.bytes.toString())).toEqual(['{"ok":true}']);
      }),
      { numRuns: 500 },
    );
  });

  it('never holds more than the limit of an unfinished line', () => {
    const splitter = new LineSplitter(4096, () => undefined, () => undefined);
    for (let i = 0; i < 1000; i++) {
      splitter.push(Buffer.alloc(1024, 0x61));
      expect(splitter.pendingBytes).toBeLessThanOrEqual(4096);
    }
  });

  it('accepts a line exactly at the limit', () => {
    const line = `"${'a'.repeat(98)}"`;
    const { lines, oversize } = split([Buffer.from(`${line}\r\n`)], 100);
    expect(oversize).toEqual([]);
    expect(lines[0]!.bytes.toString()).toBe(line);
  });
});
