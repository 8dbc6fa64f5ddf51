// The message builders and evasion encoders the adversarial suites of stop 29 and stop 30 share: each
// case is one message as the guard sees it (with the request it answers, when it is an answer), and each
// evasion move a plain function of the text, so a case reads as plain text plus a move. (bench/redteam.mjs
// transpiles this folder beside the set it runs, so a set may import it.)
import type { Exchange, Json } from './exchange.js';

const request = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 7, method, params });
const answer = (result: Json): Json => ({ jsonrpc: '2.0', id: 7, result });

/** A `tools/call` a (possibly hijacked) client sends. */
export const call = (name: string, args: Json): Exchange => ({ message: request('tools/call', { name, arguments: args }), from: 'client' });

/** One tool definition. */
export const tool = (name: string, description: string, properties: Json = {}): Json => ({
  name, description, inputSchema: { type: 'object', properties },
});

/** A `tools/list` answer. */
export const list = (...tools: Json[]): Exchange => ({ before: request('tools/list', {}), message: answer({ tools }), from: 'server' });

/** A `tools/call` answer of text blocks, to a call of `name`. */
export const result = (name: string, ...texts: string[]): Exchange => ({
  before: request('tools/call', { name, arguments: {} }),
  message: answer({ content: texts.map((text) => ({ type: 'text', text })) }),
  from: 'server',
});

/** A `tools/call` answer with structured content beside its text. */
export const structured = (name: string, data: Json): Exchange => ({
  before: request('tools/call', { name, arguments: {} }),
  message: answer({ content: [{ type: 'text', text: JSON.stringify(data) }], structuredContent: data }),
  from: 'server',
});

/** A `resources/read` answer. */
export const resource = (uri: string, text: string, mimeType = 'text/plain'): Exchange => ({
  before: request('resources/read', { uri }),
  message: answer({ contents: [{ uri, mimeType, text }] }),
  from: 'server',
});

/** A `prompts/get` answer of messages (a string is a user message). */
export const prompt = (...messages: (string | readonly [string, string])[]): Exchange => ({
  before: request('prompts/get', { name: 'task' }),
  message: answer({
    messages: messages.map((m) => (typeof m === 'string' ? ['user', m] : m)).map(([role, text]) => ({ role, content: { type: 'text', text } })),
  }),
  from: 'server',
});

/** A `sampling/createMessage` request from the server. */
export const sampling = (text: string, extra: Json = {}): Exchange => ({
  message: request('sampling/createMessage', { messages: [{ role: 'user', content: { type: 'text', text } }], maxTokens: 600, ...extra }),
  from: 'server',
});

/** An `elicitation/create` request from the server. */
export const elicit = (message: string, properties: Json): Exchange => ({
  message: request('elicitation/create', { message, requestedSchema: { type: 'object', properties } }),
  from: 'server',
});

/** An `initialize` answer with server instructions. */
export const initialize = (instructions: string): Exchange => ({
  before: request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'editor', version: '3.1.0' } }),
  message: answer({ protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'workbench', version: '0.9.2' }, instructions }),
  from: 'server',
});

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
/** Every byte percent-escaped, as a URL encoder in "encode all" mode writes it. */
export const percent = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

const lookalikes: Record<string, string> = {
  a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', i: '\u0456', y: '\u0443', s: '\u0455', j: '\u0458',
};
/** Lower-case Latin letters swapped for Cyrillic look-alikes in every other word (addresses and paths left alone). */
export const homoglyphs = (s: string): string =>
  s.split(/(\s+)/).map((w, i) => (i % 4 === 0 && !/[/~.@:]/.test(w) ? w.replace(/[aeopcxiysj]/g, (c) => lookalikes[c] ?? c) : w)).join('');

/** A zero-width joiner inside every word of five letters or more, after its second letter. */
export const zeroWidth = (s: string): string => s.replace(/\b([A-Za-z]{2})([A-Za-z]{3,})/g, '$1\u200d$2');

const str = (description: string, extra: Json = {}): Json => ({ type: 'string', description, ...extra });
export { str };
