// Parser differentials: JSON that this guard reads one way and an MCP server may read another. The guard
// judges its own parse, so anything a server could parse differently is refused rather than guessed at.

import type { MessagePath } from '../types.js';

export interface Differential {
  readonly rule:
    | 'protocol/bare-carriage-return'
    | 'protocol/byte-order-mark'
    | 'protocol/duplicate-key'
    | 'protocol/case-colliding-keys'
    | 'protocol/prototype-key';
  readonly message: string;
  readonly path: MessagePath;
}

/** How Go's encoding/json compares keys: simple case folding (the Kelvin sign is `k`, the long s is `s`). */
const fold = (key: string): string => key.toLowerCase().replace(/\u017f/g, 's');

const messages: Readonly<Record<Differential['rule'], string>> = {
  'protocol/bare-carriage-return': 'a carriage return outside a string: readers with universal newlines (the Python SDK) split the message there',
  'protocol/byte-order-mark': 'the message starts with a byte-order mark, which some servers strip and others reject',
  'protocol/duplicate-key': 'an object repeats a key: parsers disagree on which copy wins',
  'protocol/case-colliding-keys': 'an object has keys that differ only in case: case-insensitive decoders (Go encoding/json) read either',
  'protocol/prototype-key': 'a __proto__ or constructor.prototype member, which changes objects in JavaScript servers that merge it',
};

interface Frame {
  readonly object: boolean;
  readonly keys: Set<string> | undefined;
  readonly folded: Set<string> | undefined;
  expectKey: boolean;
  index: number;
  key: string | undefined;
}

/**
 * Scans JSON text once, left to right, for what servers read differently: bare CRs (not followed by LF)
 * outside strings (not counting trailing whitespace), a leading BOM, duplicate keys, keys that collide under case folding, and
 * prototype keys. Expects text that `JSON.parse` accepts (after a BOM); each rule is reported once.
 */
export function findParserDifferentials(text: string): Differential[] {
  const out: Differential[] = [];
  const seen = new Set<Differential['rule']>();
  const path: (string | number)[] = [];
  const report = (rule: Differential['rule'], at: MessagePath = path.slice()): void => {
    if (seen.has(rule)) return;
    seen.add(rule);
    out.push({ rule, message: messages[rule], path: at });
  };
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    report('protocol/byte-order-mark', []);
    start = 1;
  }
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const stack: Frame[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const from = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(from, i + 1)) as string) : text.slice(from + 1, i);
        top.key = key;
        path[stack.length - 1] = key;
        if (top.keys!.has(key)) report('protocol/duplicate-key');
        else {
          const f = fold(key);
          if (top.folded!.has(f)) report('protocol/case-colliding-keys');
          top.keys!.add(key);
          top.folded!.add(f);
        }
        if (key === '__proto__' || (key === 'prototype' && stack[stack.length - 2]?.key === 'constructor')) report('protocol/prototype-key');
      }
      continue;
    }
    switch (c) {
      case 0x7b /* { */:
        stack.push({ object: true, keys: new Set(), folded: new Set(), expectKey: true, index: 0, key: undefined });
        path.length = stack.length;
        break;
      case 0x5b /* [ */:
        stack.push({ object: false, keys: undefined, folded: undefined, expectKey: false, index: 0, key: undefined });
        path.length = stack.length;
        path[stack.length - 1] = 0;
        break;
      case 0x7d /* } */:
      case 0x5d /* ] */:
        stack.pop();
        path.length = stack.length;
        break;
      case 0x3a /* : */:
        if (stack.length) stack[stack.length - 1]!.expectKey = false;
        break;
      case 0x2c /* , */: {
        const top = stack[stack.length - 1];
        if (top?.object) top.expectKey = true;
        else if (top) path[stack.length - 1] = ++top.index;
        break;
      }
      case 0x0d /* \r */:
        // CR-LF is a line end everywhere (pretty-printed JSON over HTTP); a CR alone splits only for
        // universal-newline readers.
        if (text.charCodeAt(i + 1) !== 0x0a) report('protocol/bare-carriage-return');
        break;
      default:
        break;
    }
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const maxDepth = 256;
const maxVisits = 4_000_000;

/**
 * The differentials an already-parsed message can still carry: keys that collide under case folding and
 * prototype keys (duplicates cannot survive parsing). Iterative, one visit per value.
 */
export function findObjectDifferentials(message: unknown): Differential[] {
  const out: Differential[] = [];
  const seen = new Set<Differential['rule']>();
  const stack: [unknown, MessagePath, string | undefined][] = [[message, [], undefined]];
  let budget = maxVisits;
  while (stack.length && seen.size < 2 && budget-- > 0) {
    const [value, at, parentKey] = stack.pop()!;
    // Cycles and absurd depth are the structure check's to report; stop descending here.
    if (at.length > maxDepth) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push([value[i], [...at, i], undefined]);
    } else if (isRecord(value)) {
      const folded = new Set<string>();
      for (const key of Object.keys(value)) {
        const f = fold(key);
        if (folded.has(f) && !seen.has('protocol/case-colliding-keys')) {
          seen.add('protocol/case-colliding-keys');
          out.push({ rule: 'protocol/case-colliding-keys', message: messages['protocol/case-colliding-keys'], path: [...at, key] });
        }
        folded.add(f);
        if ((key === '__proto__' || (key === 'prototype' && parentKey === 'constructor')) && !seen.has('protocol/prototype-key')) {
          seen.add('protocol/prototype-key');
          out.push({ rule: 'protocol/prototype-key', message: messages['protocol/prototype-key'], path: [...at, key] });
        }
        stack.push([value[key], [...at, key], key]);
      }
    }
  }
  return out;
}
