import type { Exchange, Json } from '../redteam-kit/cases.js';

// Message kinds set 45 needs beyond the shared builders: a tool list that changes after the client has
// seen it (the rug-pull), server notifications (log lines, progress), resource templates and an
// `initialize` answer whose serverInfo carries text too.
const request = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 9, method, params });
const answer = (result: Json): Json => ({ jsonrpc: '2.0', id: 9, result });

/** A second `tools/list` answer after `list_changed`, the first one replayed before it. */
export const relisted = (first: readonly Json[], then: readonly Json[]): Exchange => ({
  earlier: [
    { message: request('tools/list', {}), from: 'client' },
    { message: answer({ tools: first }), from: 'server' },
    { message: { jsonrpc: '2.0', method: 'notifications/tools/list_changed' }, from: 'server' },
  ],
  before: request('tools/list', {}),
  message: answer({ tools: then }),
  from: 'server',
});

/** A `notifications/message` log line from the server. */
export const logLine = (data: unknown, level = 'info'): Exchange => ({
  message: { jsonrpc: '2.0', method: 'notifications/message', params: { level, logger: 'server', data } },
  from: 'server',
});

/** A `notifications/progress` with a message. */
export const progress = (message: string): Exchange => ({
  message: { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'op-1', progress: 40, total: 100, message } },
  from: 'server',
});

/** A `resources/templates/list` answer. */
export const templates = (...resourceTemplates: Json[]): Exchange => ({
  before: request('resources/templates/list', {}),
  message: answer({ resourceTemplates }),
  from: 'server',
});

/** An `initialize` answer whose serverInfo (title, description) is text the client may show the model. */
export const serverInfo = (info: Json, instructions?: string): Exchange => ({
  before: request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'editor', version: '3.1.0' } }),
  message: answer({ protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'workbench', version: '1.4.0', ...info }, ...(instructions === undefined ? {} : { instructions }) }),
  from: 'server',
});

/** A `prompts/get` answer with a description and messages (role, text). */
export const promptWith = (description: string, ...messages: (readonly [string, string])[]): Exchange => ({
  before: request('prompts/get', { name: 'task' }),
  message: answer({ description, messages: messages.map(([role, text]) => ({ role, content: { type: 'text', text } })) }),
  from: 'server',
});

/** Words broken with a hyphen at line ends, as a text wrapped to `width` columns by a hyphenating typesetter. */
export const hyphenated = (s: string, width = 14): string => {
  let out = '';
  let line = 0;
  for (const word of s.split(' ')) {
    if (line + word.length > width && word.length > 5) {
      const cut = Math.max(3, width - line - 1);
      out += `${word.slice(0, cut)}-\n${word.slice(cut)} `;
      line = word.length - cut + 1;
    } else {
      out += `${word} `;
      line += word.length + 1;
    }
    if (line > width) {
      out = `${out.trimEnd()}\n`;
      line = 0;
    }
  }
  return out.trim();
};
