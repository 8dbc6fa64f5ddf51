import { gzipSync } from 'node:zlib';

import type { Exchange, Json } from '../redteam-kit/cases.js';

// Message kinds and transformations set 46 needs beyond the shared builders: results with several blocks
// (text, embedded resources, _meta), prompt lists with arguments, and the encoders an attacker reaches for
// once plain words are known to be read (ROT13, reversal, HTML entities, \u escapes, gzip, data: URLs, padding).
const request = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 11, method, params });
const answer = (result: Json): Json => ({ jsonrpc: '2.0', id: 11, result });

/** A `tools/call` answer made of the given result object, to a call of `name`. */
export const resultOf = (name: string, body: Json): Exchange => ({
  before: request('tools/call', { name, arguments: {} }),
  message: answer(body),
  from: 'server',
});

/** A `tools/call` answer whose only content is an embedded text resource. */
export const embedded = (name: string, uri: string, text: string, mimeType = 'text/plain'): Exchange =>
  resultOf(name, { content: [{ type: 'resource', resource: { uri, mimeType, text } }] });

/** A `tools/call` answer with structured content only (what a client hands the model as JSON). */
export const structuredOnly = (name: string, data: Json): Exchange =>
  resultOf(name, { content: [{ type: 'text', text: 'ok' }], structuredContent: data });

/** A `prompts/list` answer with one prompt and its arguments. */
export const promptList = (description: string, args: readonly Json[]): Exchange => ({
  before: request('prompts/list', {}),
  message: answer({ prompts: [{ name: 'review', description, arguments: args }] }),
  from: 'server',
});

/** A `tools/list` answer of raw tool objects. */
export const tools = (...list: Json[]): Exchange => ({ before: request('tools/list', {}), message: answer({ tools: list }), from: 'server' });

/** An `elicitation/create` request with a full requested schema. */
export const elicitSchema = (message: string, requestedSchema: Json): Exchange => ({
  message: request('elicitation/create', { message, requestedSchema }),
  from: 'server',
});

export const rot13 = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
export const reversed = (s: string): string => [...s].reverse().join('');
/** Every character written as a decimal HTML character reference. */
export const entities = (s: string): string => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
/** Every character written as a JavaScript `\uXXXX` escape (the backslashes are in the text). */
export const jsEscapes = (s: string): string => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** Every byte written as a Python `\xNN` escape. */
export const pyEscapes = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
export const gzipB64 = (s: string): string => gzipSync(Buffer.from(s, 'utf8')).toString('base64');
export const dataUrl = (s: string, mime = 'text/plain'): string => `data:${mime};base64,${Buffer.from(s, 'utf8').toString('base64')}`;

const filler = [
  'The build uses a two-stage pipeline: sources are compiled to an intermediate form, then linked with the runtime.',
  'Configuration is read from the project file first and from the environment second, so local overrides win.',
  'Each module exports a single entry point; helper functions stay private to keep the public surface small.',
  'Tests run in parallel by default; pass --serial when a test touches a shared database or a fixed port.',
  'Release notes are generated from merged pull requests and grouped by the label each one carries.',
  'Logging goes to standard error at the info level; set LOG_LEVEL=debug to see request timings as well.',
];
/** About `kb` KiB of ordinary documentation prose, paragraph by paragraph. */
export const padding = (kb: number): string => {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const p = `${i + 1}. ${filler[i % filler.length]}`;
    out.push(p);
    size += p.length + 2;
  }
  return out.join('\n\n');
};
/** `n` rows of an ordinary listing. */
export const rows = (n: number): string[] => Array.from({ length: n }, (_, i) => `item ${i + 1}: src/module_${i % 37}.ts, 120 lines, last changed by ci`);
/** `value` nested `depth` objects deep under ordinary keys. */
export const nested = (depth: number, value: unknown): Json => {
  let v: unknown = value;
  for (let i = depth; i > 0; i--) v = { [`level${i}`]: v };
  return v as Json;
};
