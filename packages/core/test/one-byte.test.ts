import { describe, expect, it } from 'vitest';

import { minOneByteCopy, oneByteAscii } from '../src/text/one-byte.js';
import { documentsOf } from '../src/semantic/documents.js';

describe('oneByteAscii', () => {
  it('gives an equal string for ASCII slices of a two-byte text, and the text itself otherwise', () => {
    const ascii = 'const a = b => b.map((x) => x * 2); // Read The Docs\n'.repeat(200);
    const wide = `${ascii}\u2192${ascii}`;
    const head = wide.slice(0, ascii.length);
    expect(oneByteAscii(head)).toBe(head);
    // Past ASCII (Latin-1, a lone surrogate, an emoji, a byte-order mark) the slice is kept as it is.
    for (const odd of ['\u00e9', '\ud800', '\u{1f600}', '\ufeff']) {
      const text = `${odd}${ascii}`;
      expect(oneByteAscii(text)).toBe(text);
      expect(oneByteAscii(`${ascii}${odd}`)).toBe(`${ascii}${odd}`);
    }
    const short = wide.slice(0, minOneByteCopy - 1);
    expect(oneByteAscii(short)).toBe(short);
  });

  it('leaves the text of a document cut at its limit the head of the string', () => {
    const text = `${'let x = 1; '.repeat(9000)}\u2192 ${'y'.repeat(100)}`;
    const [doc] = documentsOf({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text }] } }, 'tools/call', 64 * 1024);
    expect(doc!.text).toBe(text.slice(0, 64 * 1024));
  });
});
