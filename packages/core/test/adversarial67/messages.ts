// The raw MCP messages set 67 needs beyond the kit's builders: resources/read with blob and text contents,
// resource templates, prompts/get messages with embedded resources, tool answers with isError, images,
// audio, structuredContent and _meta, server notifications (logging, progress), a paginated tool list, a
// full elicitation schema, a roots answer, and earlier steps of a session for multi-step plans.
import type { Exchange, Json, Step } from '../redteam-kit/exchange.js';

const request = (method: string, params: Json, id = 7): Json => ({ jsonrpc: '2.0', id, method, params });
const answer = (result: Json, id = 7): Json => ({ jsonrpc: '2.0', id, result });

/** A 1x1 PNG, as image content and blob contents carry real images. */
export const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** The first bytes of a WAV file, base64, standing for audio content. */
export const wav = 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=';

/** A `resources/read` answer of any contents (text or blob, with whatever mimeType the server claims). */
export const readContents = (uri: string, ...contents: Json[]): Exchange => ({
  before: request('resources/read', { uri }),
  message: answer({ contents: contents.map((c) => ({ uri, ...c })) }),
  from: 'server',
});

/** A `resources/templates/list` answer. */
export const templates = (...resourceTemplates: Json[]): Exchange => ({
  before: request('resources/templates/list', {}),
  message: answer({ resourceTemplates }),
  from: 'server',
});

/** A `prompts/get` answer of raw messages ({ role, content }), so content may be an embedded resource or an image. */
export const promptMessages = (description: string, ...messages: Json[]): Exchange => ({
  before: request('prompts/get', { name: 'task', arguments: {} }),
  message: answer({ description, messages }),
  from: 'server',
});

/** A `tools/call` answer of any result object, to a call of `name` with `args`. */
export const answerTo = (name: string, args: Json, result: Json): Exchange => ({
  before: request('tools/call', { name, arguments: args }),
  message: answer(result),
  from: 'server',
});

/** A text block. */
export const text = (t: string): Json => ({ type: 'text', text: t });

/** A notification the server sends on its own (logging, progress). */
export const notification = (method: string, params: Json): Exchange => ({
  message: { jsonrpc: '2.0', method, params },
  from: 'server',
});

/** A `tools/list` answer of full tool objects (annotations, _meta, outputSchema as a server writes them). */
export const toolList = (...tools: Json[]): Exchange => ({
  before: request('tools/list', {}),
  message: answer({ tools }),
  from: 'server',
});

/** The second page of a tool list: page one (with its cursor) came earlier in the session. */
export const secondPage = (firstPage: Json[], tools: Json[]): Exchange => ({
  earlier: [
    { message: request('tools/list', {}, 1), from: 'client' },
    { message: answer({ tools: firstPage, nextCursor: 'eyJvZmZzZXQiOjJ9' }, 1), from: 'server' },
  ],
  before: request('tools/list', { cursor: 'eyJvZmZzZXQiOjJ9' }),
  message: answer({ tools }),
  from: 'server',
});

/** A tool list answer with a next-page cursor. */
export const pagedList = (nextCursor: string, ...tools: Json[]): Exchange => ({
  before: request('tools/list', {}),
  message: answer({ tools, nextCursor }),
  from: 'server',
});

/** An `elicitation/create` request with a whole requestedSchema (required, enums, defaults). */
export const elicitSchema = (message: string, requestedSchema: Json): Exchange => ({
  message: request('elicitation/create', { message, requestedSchema }),
  from: 'server',
});

/** A `sampling/createMessage` request of raw messages and fields. */
export const samplingRaw = (params: Json): Exchange => ({
  message: request('sampling/createMessage', { maxTokens: 800, ...params }),
  from: 'server',
});

/** Earlier steps of a session: a client call (id n) and the server's text answer. */
export const called = (id: number, name: string, args: Json, reply: string): Step[] => [
  { message: request('tools/call', { name, arguments: args }, id), from: 'client' },
  { message: answer({ content: [{ type: 'text', text: reply }] }, id), from: 'server' },
];

/** The client's answer to the server's roots/list. */
export const rootsAnswer = (id: number, roots: Json[]): Step[] => [
  { message: request('roots/list', {}, id), from: 'server' },
  { message: answer({ roots }, id), from: 'client' },
];

/** A client tools/call made after `earlier` steps of the same session. */
export const callAfter = (earlier: Step[], name: string, args: Json): Exchange => ({
  earlier,
  message: request('tools/call', { name, arguments: args }),
  from: 'client',
});
