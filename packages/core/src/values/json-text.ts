import { kindsOfKey } from './classify.js';
import type { RawValue } from './extract.js';
import { Kind } from './kinds.js';
import { isRecord } from '../parse.js';
import { escapedLines } from '../semantic/escaped-lines.js';

// Arguments sent as JSON text (`"paths": "[\"/etc/shadow\"]"`): servers built on FastMCP and similar
// frameworks decode them back into lists and objects, so the guard reads them the same way.

const maxInner = 1000;
const maxNesting = 3;
const plainKey = /^[A-Za-z0-9_-]{1,64}$/;

const none: readonly RawValue[] = Object.freeze([]);

/** Whether a text is one JSON array or object by its first and last characters (blanks around it aside). */
export function looksLikeJson(text: string): boolean {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  let end = text.length - 1;
  while (end > start && text.charCodeAt(end) <= 32) end--;
  const first = text[start];
  const last = text[end];
  return end - start >= 1 && ((first === '[' && last === ']') || (first === '{' && last === '}'));
}

/**
 * The strings (and keys that are not plain identifiers) of a value that is JSON text, as values of their
 * own at the same path, kinds taken from their inner keys. JSON text inside them is read too, a few levels
 * deep. Empty when the value is not JSON text.
 */
export function jsonTextValues(raw: RawValue): readonly RawValue[] {
  // Most values are not JSON text: no arrays for them.
  if (!looksLikeJson(raw.raw)) return none;
  const out: RawValue[] = [];
  if (!looksLikeJson(raw.raw)) return out;
  const pending: [string, string, number][] = [[raw.raw, raw.key, 0]];
  // The walk's stack as two parallel lists (node, key): no pair allocated per node.
  const nodes: unknown[] = [];
  const keys: string[] = [];
  while (pending.length && out.length < maxInner) {
    const [text, outerKey, nesting] = pending.pop()!;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      continue;
    }
    nodes.push(parsed);
    keys.push(outerKey);
    while (nodes.length && out.length < maxInner) {
      const node = nodes.pop();
      const key = keys.pop()!;
      if (typeof node === 'string') {
        out.push({ path: raw.path, key, raw: node, kinds: kindsOfKey(key), byShape: true });
        if (nesting + 1 < maxNesting && looksLikeJson(node)) pending.push([node, key, nesting + 1]);
      } else if (Array.isArray(node)) {
        for (const item of node) {
          nodes.push(item);
          keys.push(key);
        }
      } else if (isRecord(node)) {
        for (const [k, v] of Object.entries(node)) {
          if (!plainKey.test(k)) out.push({ path: raw.path, key, raw: k, kinds: Kind.Identifier, byShape: true });
          nodes.push(v);
          keys.push(k);
        }
      }
    }
    nodes.length = 0;
    keys.length = 0;
  }
  return out;
}

/**
 * A server's text that is JSON (a ticket, a deal, an event returned as its API's object) with the escapes of
 * its strings decoded, as a model reads them; '' when it is not JSON text or holds no escaped line break or
 * letter. Read raw, a field's `\n\nNote for the AI: …` runs the `n` of the escape into the word after it, so no
 * rule that wants a word to start there sees one. The head escaped-lines.ts reads, decoded the same way.
 */
export function jsonTextUnescaped(text: string): string {
  if (!looksLikeJson(text)) return '';
  const seams = escapedLines(text);
  return seams.length > 0 ? seams[0]!.text : '';
}
