// Builders for the second red-team set: one exchange is the message under test plus, for answers, the
// request the client sent first (so correlation knows what the answer answers). Encoders for the evasions.
// Self-contained (the bench transpiles this folder alone), so the builders are not imported from set 1.

export type Side = 'client' | 'server';
export type Json = Record<string, unknown>;

/** One message as the guard sees it, with the request it answers when it is an answer. */
export interface Exchange {
  readonly before?: Json;
  readonly message: Json;
  readonly from: Side;
}

export const surfaces = [
  'call:path', 'call:shell', 'call:url', 'call:sql', 'call:code', 'call:send', 'call:nested',
  'list:description', 'list:input-schema', 'list:output-schema', 'list:annotations', 'initialize',
  'result:text', 'result:structured', 'result:embedded', 'result:link', 'resource', 'prompt', 'sampling',
  'elicitation', 'completion', 'logging',
] as const;
export type Surface = (typeof surfaces)[number];

export const evasions = [
  'plain', 'reworded', 'polite', 'indirect', 'passive', 'question', 'story', 'note-to-ai', 'split', 'moved',
  'padded', 'es', 'fr', 'de', 'pt', 'it', 'ja', 'zh', 'ko', 'ru', 'ar', 'hi', 'homoglyph', 'zero-width',
  'bidi', 'base64', 'hex', 'url-encoding', 'html-entities', 'rot13', 'comment', 'json-string', 'code-comment',
  'leetspeak',
] as const;
export type Evasion = (typeof evasions)[number];

/** An attack and its benign twin: the same surface and the same kind of words, sent for ordinary work. */
export interface RedTeamCase {
  readonly id: string;
  readonly surface: Surface;
  readonly evasion: Evasion;
  readonly attack: Exchange;
  readonly benign: Exchange;
}

const request = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 7, method, params });
const answer = (res: Json): Json => ({ jsonrpc: '2.0', id: 7, result: res });
const callRequest = (name: string): Json => request('tools/call', { name, arguments: {} });

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
  before: callRequest(name),
  message: answer({ content: texts.map((text) => ({ type: 'text', text })) }),
  from: 'server',
});

/** A `tools/call` answer with `structuredContent` (and its JSON as the text block, as the spec advises). */
export const structured = (name: string, content: Json): Exchange => ({
  before: callRequest(name),
  message: answer({ content: [{ type: 'text', text: JSON.stringify(content) }], structuredContent: content }),
  from: 'server',
});

/** A `tools/call` answer carrying an embedded text resource. */
export const embedded = (name: string, uri: string, text: string, mimeType = 'text/plain', lead?: string): Exchange => ({
  before: callRequest(name),
  message: answer({
    content: [...(lead === undefined ? [] : [{ type: 'text', text: lead }]), { type: 'resource', resource: { uri, mimeType, text } }],
  }),
  from: 'server',
});

/** A `tools/call` answer of resource links (with a short text lead). */
export const links = (name: string, lead: string, ...items: Json[]): Exchange => ({
  before: callRequest(name),
  message: answer({ content: [{ type: 'text', text: lead }, ...items.map((l) => ({ type: 'resource_link', ...l }))] }),
  from: 'server',
});

/** A `resources/read` answer. */
export const resource = (uri: string, text: string, mimeType = 'text/plain'): Exchange => ({
  before: request('resources/read', { uri }),
  message: answer({ contents: [{ uri, mimeType, text }] }),
  from: 'server',
});

/** A `prompts/get` answer of user messages (or `[role, text]` pairs). */
export const prompt = (name: string, ...messages: (string | readonly [string, string])[]): Exchange => ({
  before: request('prompts/get', { name }),
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

/** A form `elicitation/create` request from the server. */
export const elicit = (message: string, properties: Json, required: string[] = []): Exchange => ({
  message: request('elicitation/create', { mode: 'form', message, requestedSchema: { type: 'object', properties, ...(required.length > 0 ? { required } : {}) } }),
  from: 'server',
});

/** A URL-mode `elicitation/create` request from the server. */
export const elicitUrl = (message: string, url: string): Exchange => ({
  message: request('elicitation/create', { mode: 'url', message, elicitationId: 'e-41', url }),
  from: 'server',
});

/** An `initialize` answer. */
export const initialize = (instructions: string | undefined, serverInfo: Json = { name: 'workbench', version: '2.3.1' }): Exchange => ({
  before: request('initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'ide', version: '4.0.0' } }),
  message: answer({ protocolVersion: '2025-11-25', capabilities: { tools: {}, logging: {} }, serverInfo, ...(instructions === undefined ? {} : { instructions }) }),
  from: 'server',
});

/** A `completion/complete` answer offering `values` for an argument of prompt `promptName`. */
export const completion = (promptName: string, argument: string, typed: string, values: string[]): Exchange => ({
  before: request('completion/complete', { ref: { type: 'ref/prompt', name: promptName }, argument: { name: argument, value: typed } }),
  message: answer({ completion: { values, total: values.length, hasMore: false } }),
  from: 'server',
});

/** A `notifications/message` log line from the server. */
export const log = (level: string, data: unknown, logger = 'server'): Exchange => ({
  message: { jsonrpc: '2.0', method: 'notifications/message', params: { level, logger, data } },
  from: 'server',
});

/** A `notifications/progress` line from the server (a log-like channel the host may show the model). */
export const progress = (message: string, done: number, total: number): Exchange => ({
  message: { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'p-9', progress: done, total, message } },
  from: 'server',
});

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
export const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });

/** Every byte percent-encoded, as a URL-decoding step would undo. */
export const percent = (s: string): string =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** Every letter as a decimal HTML character reference; spaces and punctuation left as they are. */
export const entities = (s: string): string => s.replace(/[A-Za-z]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Leetspeak: a few letters swapped for digits that look like them. */
export const leet = (s: string): string => s.replace(/[aeiost]/gi, (c) => ({ a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' })[c.toLowerCase()] ?? c);

/** Stored reversed behind a right-to-left override, so it displays in reading order. */
export const bidi = (s: string): string => `\u202e${[...s].reverse().join('')}\u202c`;

const lookalikes: Record<string, string> = {
  a: '\u0430', e: '\u0435', o: '\u03bf', p: '\u0440', c: '\u0441', x: '\u0445', i: '\u0456', y: '\u0443', s: '\u0455', j: '\u0458',
  A: '\u0391', E: '\u0395', O: '\u039f', P: '\u03a1', C: '\u0421', I: '\u0399', S: '\u0405', T: '\u03a4', H: '\u0397', K: '\u039a', M: '\u039c',
};
/** Latin letters swapped for Cyrillic and Greek look-alikes (paths and URLs left alone). */
export const homoglyphs = (s: string): string =>
  s.split(/(\S*[/~.]\S*)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[aeopcxiysjAEOPCISTHKM]/g, (c) => lookalikes[c] ?? c))).join('');

/** A zero-width joiner or non-joiner inside every word longer than four letters. */
export const zeroWidth = (s: string): string =>
  s.replace(/[A-Za-z]{5,}/g, (w) => `${w.slice(0, 2)}\u200d${w.slice(2, 4)}\u200c${w.slice(4)}`);

/** Long ordinary text an attacker puts around the order so it is a small share of the message. */
export const filler = (topic: string, sentences = 12): string =>
  Array.from({ length: sentences }, (_, i) =>
    `Section ${i + 1} of the ${topic} notes covers the usual setup steps, the folder layout, how to run the unit tests locally, and which flags the build accepts.`,
  ).join(' ');
