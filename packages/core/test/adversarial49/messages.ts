import type { Exchange, Json } from '../redteam-kit/cases.js';

// Message kinds set 49 needs beyond the shared builders: a prompt with a description, a log line and a
// resource read of a named file (the file format is the point), and tools with a title beside the description.
const request = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 11, method, params });
const answer = (result: Json): Json => ({ jsonrpc: '2.0', id: 11, result });

/** A `prompts/get` answer with a description and messages (role, text). */
export const promptWith = (description: string, ...messages: (readonly [string, string])[]): Exchange => ({
  before: request('prompts/get', { name: 'task' }),
  message: answer({ description, messages: messages.map(([role, text]) => ({ role, content: { type: 'text', text } })) }),
  from: 'server',
});

/** A `notifications/message` log line from the server. */
export const logLine = (data: unknown, level = 'info'): Exchange => ({
  message: { jsonrpc: '2.0', method: 'notifications/message', params: { level, logger: 'server', data } },
  from: 'server',
});

/** A file a coding agent opens, as a `resources/read` answer of a `file://` URI under the repository. */
export const file = (path: string, text: string, mimeType = 'text/plain'): Exchange => ({
  before: request('resources/read', { uri: `file:///repo/${path}` }),
  message: answer({ contents: [{ uri: `file:///repo/${path}`, mimeType, text }] }),
  from: 'server',
});

/** A file's text returned by a `read_file` tool call. */
export const readFile = (path: string, text: string): Exchange => ({
  before: request('tools/call', { name: 'read_file', arguments: { path } }),
  message: answer({ content: [{ type: 'text', text }] }),
  from: 'server',
});

/** A tool with a title beside its description. */
export const titled = (name: string, title: string, description: string, properties: Json = {}): Json => ({
  name, title, description, inputSchema: { type: 'object', properties },
});
