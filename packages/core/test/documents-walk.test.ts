// The walk that gathers the texts of a server message into documents was rewritten for fewer allocations
// (parallel stacks, numbers and booleans never pushed; a tool's pieces found by walking it again). It must
// build the documents the walk it replaced built, kept here as the reference: the same text, and every
// piece at the same offset and path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { documentsOf, type Piece, toolDocument } from '../src/semantic/documents.js';
import type { MessagePath } from '../src/types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const machineKeys = new Set(['jsonrpc', 'id', 'type', 'mimeType', 'blob', 'uri', 'uriTemplate', 'progressToken', 'cursor', 'nextCursor', 'protocolVersion', 'version', 'icons', 'src']);

class ReferenceBuilder {
  readonly pieces: Piece[] = [];
  #parts: string[] = [];
  #length = 0;
  constructor(readonly maxLength: number) {}
  add(text: string, path: MessagePath): void {
    if (this.#length >= this.maxLength || text.length === 0) return;
    const piece = this.#length + text.length > this.maxLength ? text.slice(0, this.maxLength - this.#length) : text;
    this.pieces.push({ path, offset: this.#length });
    this.#parts.push(piece);
    this.#length += piece.length + 1;
  }
  walk(node: unknown, path: MessagePath, keys: boolean): void {
    const stack: [unknown, MessagePath][] = [[node, path]];
    while (stack.length && this.#length < this.maxLength) {
      const [value, at] = stack.pop()!;
      if (typeof value === 'string') this.add(value, at);
      else if (Array.isArray(value)) {
        // Four or more words or short phrases (two spaces at most, on one line) are one line, as a model reads them.
        const oneLine = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) >= 0x20 && !'\u0085\u00a0\u2028\u2029'.includes(c));
        const phrase = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.length <= 256 && oneLine(v) && v.split(' ').length <= 3;
        if (value.length >= 4 && value.every(phrase)) this.add(value.join(' '), at);
        else for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...at, i]]);
      }
      else if (isRecord(value)) {
        const entries = Object.keys(value);
        for (let i = entries.length - 1; i >= 0; i--) {
          const k = entries[i]!;
          const v = value[k];
          // A uri beside a description is read: the description speaks of it (a resource link, a listed resource).
          const described = k === 'uri' && typeof v === 'string' && typeof value['description'] === 'string';
          if (!described && machineKeys.has(k) && (typeof v === 'string' || typeof v === 'number')) continue;
          if (k === 'data' && (value['type'] === 'image' || value['type'] === 'audio')) continue;
          stack.push([v, [...at, k]]);
          if (keys && k.length > 24 && /\s/.test(k)) stack.push([k, [...at, k]]);
        }
      }
    }
  }
  get text(): string {
    return this.#parts.join('\n');
  }
}

const key = fc.oneof(fc.constantFrom('type', 'data', 'uri', 'text', 'description', 'a property name long enough to be a sentence'), fc.string({ maxLength: 6 }));
const node = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 12 }),
    fc.constantFrom('image', 'audio', ''),
    // Lists of words (read as one line) and lists that are almost that.
    fc.array(fc.constantFrom('send', 'the', 'no one', 'a b c d', 'a\tb', '', 'x'), { minLength: 3, maxLength: 6 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('document walk', () => {
  it('builds the documents the walk it replaced built, within any length limit', () => {
    fc.assert(
      fc.property(node, fc.integer({ min: 1, max: 80 }), fc.constantFrom('resources/read', 'initialize'), (result, maxLength, method) => {
        const reference = new ReferenceBuilder(maxLength);
        // Long property names with spaces are read in results too: a model shown the JSON reads its keys.
        reference.walk(result, ['result'], true);
        const expected = reference.pieces.length ? [{ role: method === 'initialize' ? 'metadata' : 'content', path: [], text: reference.text, pieces: reference.pieces }] : [];
        // Read through the interface: a document's pieces are a getter, made when first read.
        const read = documentsOf({ jsonrpc: '2.0', id: 1, result }, method, maxLength).map((d) => ({ role: d.role, path: d.path, text: d.text, pieces: d.pieces }));
        expect(read).toEqual(expected);

        const tool = new ReferenceBuilder(maxLength);
        tool.walk(result, ['result', 'tools', 3], true);
        const doc = toolDocument(result, 3, maxLength);
        expect({ text: doc.text, pieces: doc.pieces }).toEqual({ text: tool.text, pieces: tool.pieces });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads own properties only, as Object.keys lists them', () => {
    // An object whose prototype has an enumerable property (for-in would list it) and numeric keys (listed first).
    const tool = Object.assign(Object.create({ inherited: 'not a property of the tool' }) as Record<string, unknown>, { name: 'n', b: 'second', 2: 'two', 1: 'one' });
    expect(toolDocument(tool, 0, 1000).parts).toEqual(['one', 'two', 'n', 'second']);
    expect(documentsOf({ jsonrpc: '2.0', id: 1, result: tool }, 'resources/read', 1000)[0]?.parts).toEqual(['one', 'two', 'n', 'second']);
  });
});
