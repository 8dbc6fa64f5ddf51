import { describe, expect, it } from 'vitest';

import { documentsOf } from '../src/semantic/documents.js';
import { tailDocuments } from '../src/semantic/tail-documents.js';

const answer = (...texts: string[]) => ({ jsonrpc: '2.0', id: 1, result: { content: texts.map((text) => ({ type: 'text', text })) } });
const tailsOf = (message: unknown, maxLength: number) => tailDocuments(message, 'tools/call', documentsOf(message, 'tools/call', maxLength), maxLength);

describe('the end of a document cut at the length limit', () => {
  it('is not read when the document fits the limit', () => {
    expect(tailsOf(answer('short', 'texts'), 1000)).toEqual([]);
  });

  it('is the last stretch of the joined text, starting at a line', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n');
    const [tail] = tailsOf(answer(filler, 'the last block'), 1000);
    expect(tail!.text.endsWith('line 399\nthe last block')).toBe(true);
    expect(tail!.text.length).toBeLessThanOrEqual(250);
    expect(tail!.text.startsWith('line ')).toBe(true);
  });

  it('points each offset at the block that holds it', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')} ${'x'.repeat(96)}`);
    const [tail] = tailsOf(answer(...blocks, 'the order'), 1000);
    const text = tail!.text;
    const offsetOf = (s: string) => text.indexOf(s);
    const pathAt = (offset: number) => {
      let found = tail!.pieces[0]!.path;
      for (const p of tail!.pieces) if (p.offset <= offset) found = p.path;
      return found;
    };
    expect(pathAt(offsetOf('the order'))).toEqual(['result', 'content', 40, 'text']);
    expect(pathAt(offsetOf('39 x'))).toEqual(['result', 'content', 39, 'text']);
    expect(pathAt(0)[2]).toBeLessThan(39);
  });
});
