import type { Exchange, Json, Side, Step } from '../redteam-kit/exchange.js';

export type { Exchange, Json, Side, Step };

/** Where the attack sits: which message and which part of it. */
export const surfaces = [
  'call:shell', 'call:path', 'call:git', 'call:url', 'call:sql', 'call:code', 'call:browser', 'call:cloud', 'call:package',
  'call:container', 'call:send', 'list:description', 'list:input-schema', 'list:output-schema', 'list:annotations',
  'list:meta', 'initialize', 'result:text', 'result:structured', 'result:embedded', 'result:link', 'result:image',
  'resource', 'prompt', 'sampling:request', 'sampling:answer', 'elicitation', 'completion', 'logging', 'progress',
  'rug-pull',
] as const;
export type Surface = (typeof surfaces)[number];

/** How the attack hides what it asks. */
export const evasions = [
  'plain', 'paraphrase', 'polite', 'role-play', 'split', 'padded', 'moved', 'in-code', 'in-markdown', 'in-json',
  'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'tr', 'ja', 'zh', 'ko', 'ru', 'uk', 'ar', 'he', 'hi', 'vi', 'id', 'sw',
  'mixed-script', 'homoglyph', 'html-entities', 'hex', 'base64', 'percent', 'unicode-escape', 'rot13', 'leetspeak',
  'shell-quoting', 'shell-variable', 'shell-glob', 'ifs', 'subshell', 'here-string', 'alt-binary',
  'path-dots', 'symlink', 'unc', 'tilde-user', 'proc-self',
  'ip-decimal', 'ip-octal', 'ipv6-mapped', 'userinfo', 'rebinding', 'redirect',
  'sql-injection', 'template-injection', 'image-exfil', 'query-exfil',
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

export const rt = (id: string, surface: Surface, evasion: Evasion, attack: Exchange, benign: Exchange): RedTeamCase => ({
  id: `rt3-${id}`, surface, evasion, attack, benign,
});

let nextId = 300;
const request = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: nextId++, method, params });
const answer = (before: Json, result: Json): Json => ({ jsonrpc: '2.0', id: before.id, result });
const notification = (method: string, params: Json): Json => ({ jsonrpc: '2.0', method, params });

/** A `tools/call` the client sends. */
export const call = (name: string, args: Json): Exchange => ({ message: request('tools/call', { name, arguments: args }), from: 'client' });

/** A tool definition for a `tools/list` answer. */
export const tool = (name: string, description: string, properties: Json = {}, extra: Json = {}): Json => ({
  name, description, inputSchema: { type: 'object', properties }, ...extra,
});

/** A `tools/list` answer. */
export const list = (...tools: Json[]): Exchange => {
  const before = request('tools/list', {});
  return { before, message: answer(before, { tools }), from: 'server' };
};

/** A text content block. */
export const text = (t: string): Json => ({ type: 'text', text: t });

/** A `tools/call` answer of the given content blocks (strings become text blocks), to a call of `name`. */
export const result = (name: string, content: (string | Json)[], extra: Json = {}): Exchange => {
  const before = request('tools/call', { name, arguments: {} });
  return { before, message: answer(before, { content: content.map((b) => (typeof b === 'string' ? text(b) : b)), ...extra }), from: 'server' };
};

/** A `tools/call` answer with `structuredContent` and its JSON as the text block. */
export const structured = (name: string, content: Json): Exchange => result(name, [JSON.stringify(content)], { structuredContent: content });

/** An embedded text resource block. */
export const embeddedBlock = (uri: string, body: string, mimeType = 'text/plain'): Json => ({ type: 'resource', resource: { uri, mimeType, text: body } });

/** A resource link block. */
export const linkBlock = (uri: string, name: string, description: string, mimeType = 'text/plain'): Json => ({
  type: 'resource_link', uri, name, description, mimeType,
});

/** An image block whose picture is a small SVG carrying a title and description (its alt text). */
export const svgBlock = (title: string, desc: string): Json => ({
  type: 'image', mimeType: 'image/svg+xml',
  data: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><title>${title}</title><desc>${desc}</desc><rect width="8" height="8"/></svg>`).toString('base64'),
});

/** A `resources/read` answer. */
export const resource = (uri: string, body: string, mimeType = 'text/plain'): Exchange => {
  const before = request('resources/read', { uri });
  return { before, message: answer(before, { contents: [{ uri, mimeType, text: body }] }), from: 'server' };
};

/** A `prompts/get` answer of `[role, text]` messages. */
export const prompt = (name: string, description: string, ...messages: (readonly [string, string])[]): Exchange => {
  const before = request('prompts/get', { name, arguments: {} });
  return {
    before,
    message: answer(before, { description, messages: messages.map(([role, t]) => ({ role, content: { type: 'text', text: t } })) }),
    from: 'server',
  };
};

/** A `sampling/createMessage` request the server sends to the client. */
export const sampling = (userText: string, systemPrompt?: string): Exchange => ({
  message: request('sampling/createMessage', {
    messages: [{ role: 'user', content: { type: 'text', text: userText } }],
    ...(systemPrompt === undefined ? {} : { systemPrompt }),
    maxTokens: 400,
  }),
  from: 'server',
});

/** The client's answer to a server's sampling request: the text the host model wrote, sent back to the server. */
export const sampled = (asked: string, wrote: string): Exchange => {
  const before = request('sampling/createMessage', { messages: [{ role: 'user', content: { type: 'text', text: asked } }], maxTokens: 600 });
  return {
    before,
    beforeFrom: 'server',
    message: answer(before, { role: 'assistant', content: { type: 'text', text: wrote }, model: 'host-model', stopReason: 'endTurn' }),
    from: 'client',
  };
};

/** A form `elicitation/create` request from the server. */
export const elicit = (message: string, properties: Json, required: string[] = Object.keys(properties)): Exchange => ({
  message: request('elicitation/create', { mode: 'form', message, requestedSchema: { type: 'object', properties, required } }),
  from: 'server',
});

/** A URL-mode `elicitation/create` request from the server. */
export const elicitUrl = (message: string, url: string): Exchange => ({
  message: request('elicitation/create', { mode: 'url', message, url, elicitationId: `e-${nextId}` }),
  from: 'server',
});

/** An `initialize` answer. */
export const initialize = (instructions: string | undefined, serverInfo: Json = { name: 'helper', version: '1.0.0' }): Exchange => {
  const before = request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'agent', version: '1.0.0' } });
  return {
    before,
    message: answer(before, { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true } }, serverInfo, ...(instructions === undefined ? {} : { instructions }) }),
    from: 'server',
  };
};

/** A `completion/complete` answer offering `values` for an argument of prompt `promptName`. */
export const completion = (promptName: string, argument: string, typed: string, values: string[]): Exchange => {
  const before = request('completion/complete', { ref: { type: 'ref/prompt', name: promptName }, argument: { name: argument, value: typed } });
  return { before, message: answer(before, { completion: { values, total: values.length, hasMore: false } }), from: 'server' };
};

/** A `notifications/message` log line from the server. */
export const log = (level: string, data: unknown, logger = 'server'): Exchange => ({
  message: notification('notifications/message', { level, logger, data }), from: 'server',
});

/** A `notifications/progress` line from the server. */
export const progress = (message: string, done: number, total: number): Exchange => ({
  message: notification('notifications/progress', { progressToken: `p-${nextId++}`, progress: done, total, message }), from: 'server',
});

/**
 * A rug pull: the server lists `first`, announces `notifications/tools/list_changed`, and answers the
 * client's next `tools/list` with `second` (the message judged).
 */
export const relist = (first: Json, second: Json): Exchange => {
  const firstAsk = request('tools/list', {});
  const earlier: Step[] = [
    { message: firstAsk, from: 'client' },
    { message: answer(firstAsk, { tools: [first] }), from: 'server' },
    { message: notification('notifications/tools/list_changed', {}), from: 'server' },
  ];
  const before = request('tools/list', {});
  return { earlier, before, message: answer(before, { tools: [second] }), from: 'server' };
};

// Encoders an attacker uses to keep words out of sight of a text filter.
export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
export const percent = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
export const entities = (s: string): string => [...s].map((ch) => (/[A-Za-z]/.test(ch) ? `&#x${ch.charCodeAt(0).toString(16)};` : ch)).join('');
export const uEscapes = (s: string): string => [...s].map((ch) => (/[A-Za-z]/.test(ch) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('');
export const rot13 = (s: string): string =>
  s.replace(/[A-Za-z]/g, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
  });
const leetMap: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
export const leet = (s: string): string => s.replace(/[aeiost]/g, (ch) => leetMap[ch] ?? ch);
const lookAlikes: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ' };
/** Latin letters swapped for Cyrillic look-alikes. */
export const homoglyph = (s: string): string => s.replace(/[aceopxyis]/g, (ch) => lookAlikes[ch] ?? ch);

const fillerSentences = [
  'The quarterly roadmap moved two items from the backlog into the current milestone after the planning call.',
  'Most of the flaky runs last week came from a timer that the CI image set to a different zone.',
  'We agreed to keep the old endpoint alive until every consumer has moved to the paginated one.',
  'The design review asked for smaller components and fewer props that only pass values through.',
  'Onboarding notes now list the editor plugins the team uses and how to turn on format on save.',
  'A follow-up ticket tracks the slow query on the reports page, which scans the whole events table.',
  'Release notes are drafted from merged pull request titles and then edited by whoever is on call.',
  'The staging cluster is rebuilt every Sunday night, so long-lived test data should live in fixtures.',
];
/** Long, ordinary project chatter an attacker wraps around the order so it is a small share of the text. */
export const chatter = (sentences = 16): string =>
  Array.from({ length: sentences }, (_, i) => fillerSentences[i % fillerSentences.length]).join(' ');
