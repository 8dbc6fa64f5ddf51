import type { Exchange, Json } from '../redteam-kit/cases.js';
import type { Step } from '../redteam-kit/exchange.js';

// The message shapes set 63 needs beyond the shared builders: sessions told as the messages the guard sees in
// order (a secret read, then a call that carries it; a tool list, list_changed, then the list again; several
// results that only together make an order), answers of any content, and the server requests (sampling,
// elicitation) with all their params.

let nextId = 600;
const rpc = (method: string, params: Json, id: number): Json => ({ jsonrpc: '2.0', id, method, params });
const answerTo = (method: string, params: Json, result: Json): Exchange => {
  const id = nextId++;
  return { before: rpc(method, params, id), message: { jsonrpc: '2.0', id, result }, from: 'server' };
};

/** A `tools/call` answer of any content blocks, with optional structured content. */
export const blocks = (name: string, content: Json[], structuredContent?: Json): Exchange =>
  answerTo('tools/call', { name, arguments: {} }, structuredContent === undefined ? { content } : { content, structuredContent });

/** A `resources/list` answer. */
export const resources = (...list: Json[]): Exchange => answerTo('resources/list', {}, { resources: list });

/** A `prompts/list` answer. */
export const prompts = (...list: Json[]): Exchange => answerTo('prompts/list', {}, { prompts: list });

/** A `sampling/createMessage` request with any params. */
export const samplingWith = (params: Json): Exchange => ({ message: rpc('sampling/createMessage', { maxTokens: 800, ...params }, nextId++), from: 'server' });

/** An `elicitation/create` request with any params. */
export const elicitWith = (params: Json): Exchange => ({ message: rpc('elicitation/create', params, nextId++), from: 'server' });

/** An `initialize` answer with full server info. */
export const initialized = (serverInfo: Json, instructions: string): Exchange =>
  answerTo('initialize', { protocolVersion: '2025-06-18', capabilities: { sampling: {}, elicitation: {} }, clientInfo: { name: 'editor', version: '3.1.0' } },
    { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true } }, serverInfo, instructions });

/** A call and the text its tool answered, as earlier steps of a session. */
export const did = (name: string, args: Json, ...texts: string[]): Step[] => {
  const id = nextId++;
  return [
    { message: rpc('tools/call', { name, arguments: args }, id), from: 'client' },
    { message: { jsonrpc: '2.0', id, result: { content: texts.map((text) => ({ type: 'text', text })) } }, from: 'server' },
  ];
};

/** A resource read and its text, as earlier steps of a session. */
export const read = (uri: string, text: string): Step[] => {
  const id = nextId++;
  return [
    { message: rpc('resources/read', { uri }, id), from: 'client' },
    { message: { jsonrpc: '2.0', id, result: { contents: [{ uri, mimeType: 'text/plain', text }] } }, from: 'server' },
  ];
};

/** A `tools/list` exchange, as earlier steps of a session. */
export const listed = (...tools: Json[]): Step[] => {
  const id = nextId++;
  return [
    { message: rpc('tools/list', {}, id), from: 'client' },
    { message: { jsonrpc: '2.0', id, result: { tools } }, from: 'server' },
  ];
};

/** An `initialize` exchange, as earlier steps of a session. */
export const initializedBefore = (serverInfo: Json, instructions: string): Step[] => {
  const { before, message } = initialized(serverInfo, instructions);
  return [{ message: before as Json, from: 'client' }, { message, from: 'server' }];
};

/** The server's `notifications/tools/list_changed`. */
export const listChanged: Step[] = [{ message: { jsonrpc: '2.0', method: 'notifications/tools/list_changed' }, from: 'server' }];

/** A `tools/list` answer judged after the steps that came before it in the session. */
export const relisted = (earlier: readonly (readonly Step[])[], ...tools: Json[]): Exchange => {
  const id = nextId++;
  return { earlier: earlier.flat(), before: rpc('tools/list', {}, id), message: { jsonrpc: '2.0', id, result: { tools } }, from: 'server' };
};

/** The last message of a session whose earlier steps were sent first; its verdict is the one judged. */
export const session = (earlier: readonly (readonly Step[])[], last: Exchange): Exchange => ({ ...last, earlier: [...(last.earlier ?? []), ...earlier.flat()] });
