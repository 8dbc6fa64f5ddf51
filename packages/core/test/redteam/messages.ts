// Builders for the red-team set: one exchange is the message under test plus, for answers, the request the
// client sent first (so correlation knows what the answer answers). Encoders for the evasion cases.

export type Side = 'client' | 'server';
export type Json = Record<string, unknown>;

/** One message as the guard sees it, with the request it answers when it is an answer. */
export interface Exchange {
  readonly before?: Json;
  readonly message: Json;
  readonly from: Side;
}

export const surfaces = [
  'call:path', 'call:shell', 'call:url', 'call:sql', 'call:code', 'call:send',
  'list:description', 'list:schema', 'result', 'resource', 'prompt', 'sampling', 'elicitation', 'initialize',
] as const;
export type Surface = (typeof surfaces)[number];

export const evasions = [
  'plain', 'reworded', 'polite', 'split', 'moved', 'padded', 'de', 'fr', 'es', 'zh', 'ja', 'ru', 'pt',
  'homoglyph', 'zero-width', 'base64', 'hex', 'url-encoding', 'rot13', 'comment', 'json-string',
] as const;
export type Evasion = (typeof evasions)[number];

/** An attack and its benign twin: the same words or shape, sent for ordinary work. */
export interface RedTeamCase {
  readonly id: string;
  readonly surface: Surface;
  readonly evasion: Evasion;
  readonly attack: Exchange;
  readonly benign: Exchange;
}

const request = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 1, method, params });
const answer = (result: Json): Json => ({ jsonrpc: '2.0', id: 1, result });

/** A `tools/call` the client sends. */
export const call = (name: string, args: Json): Exchange => ({ message: request('tools/call', { name, arguments: args }), from: 'client' });

/** A tool definition for a `tools/list` answer. */
export const tool = (name: string, description: string, properties: Json = {}, extra: Json = {}): Json => ({
  name, description, inputSchema: { type: 'object', properties }, ...extra,
});

/** A `tools/list` answer. */
export const list = (...tools: Json[]): Exchange => ({ before: request('tools/list', {}), message: answer({ tools }), from: 'server' });

/** A `tools/call` answer of text blocks, to a call of `name`. */
export const result = (name: string, ...texts: string[]): Exchange => ({
  before: request('tools/call', { name, arguments: {} }),
  message: answer({ content: texts.map((text) => ({ type: 'text', text })) }),
  from: 'server',
});

/** A `resources/read` answer. */
export const resource = (uri: string, text: string, mimeType = 'text/plain'): Exchange => ({
  before: request('resources/read', { uri }),
  message: answer({ contents: [{ uri, mimeType, text }] }),
  from: 'server',
});

/** A `prompts/get` answer of user messages (or `[role, text]` pairs). */
export const prompt = (...messages: (string | readonly [string, string])[]): Exchange => ({
  before: request('prompts/get', { name: 'review' }),
  message: answer({
    messages: messages.map((m) => (typeof m === 'string' ? ['user', m] : m)).map(([role, text]) => ({ role, content: { type: 'text', text } })),
  }),
  from: 'server',
});

/** A `sampling/createMessage` request from the server. */
export const sampling = (text: string, extra: Json = {}): Exchange => ({
  message: request('sampling/createMessage', { messages: [{ role: 'user', content: { type: 'text', text } }], maxTokens: 400, ...extra }),
  from: 'server',
});

/** An `elicitation/create` request from the server. */
export const elicit = (message: string, properties: Json): Exchange => ({
  message: request('elicitation/create', { message, requestedSchema: { type: 'object', properties } }),
  from: 'server',
});

/** An `initialize` answer. */
export const initialize = (instructions: string | undefined, serverInfo: Json = { name: 'helper', version: '1.0.0' }): Exchange => ({
  before: request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'host', version: '1.0.0' } }),
  message: answer({ protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo, ...(instructions === undefined ? {} : { instructions }) }),
  from: 'server',
});

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
export const utf16b64 = (s: string): string => Buffer.from(s, 'utf16le').toString('base64');
export const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });

const lookalikes: Record<string, string> = {
  a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', i: '\u0456', y: '\u0443', s: '\u0455',
  A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', I: '\u0406', S: '\u0405', T: '\u0422', H: '\u041d',
};
/** Latin letters swapped for Cyrillic look-alikes (URLs and paths left alone, as an attacker would). */
export const homoglyphs = (s: string): string =>
  s.split(/(\S*[/~.]\S*)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[aeopcxiysAEOPCISTH]/g, (c) => lookalikes[c] ?? c))).join('');

/** A zero-width space after every second letter of each word longer than three letters. */
export const zeroWidth = (s: string): string =>
  s.replace(/[A-Za-z]{4,}/g, (w) => w.replace(/([A-Za-z]{2})(?=[A-Za-z])/g, '$1\u200b'));
