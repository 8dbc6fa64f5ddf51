import type { Exchange, Json } from '../redteam-kit/cases.js';
import type { Step } from '../redteam-kit/exchange.js';

// The message shapes set 62 needs beyond the shared builders: the protocol's less-read fields (resource
// templates, resource lists with annotations, embedded resources and links in results, sampling with a
// system prompt or tools, URL elicitation, prompt lists with arguments, log notifications), and sessions
// told as the messages the guard sees in order.

let nextId = 400;
const rpc = (method: string, params: Json, id: number): Json => ({ jsonrpc: '2.0', id, method, params });
const answerTo = (method: string, params: Json, result: Json): Exchange => {
  const id = nextId++;
  return { before: rpc(method, params, id), message: { jsonrpc: '2.0', id, result }, from: 'server' };
};

/** A `resources/templates/list` answer. */
export const templates = (...resourceTemplates: Json[]): Exchange => answerTo('resources/templates/list', {}, { resourceTemplates });

/** A `resources/list` answer. */
export const resources = (...list: Json[]): Exchange => answerTo('resources/list', {}, { resources: list });

/** A `prompts/list` answer. */
export const prompts = (...list: Json[]): Exchange => answerTo('prompts/list', {}, { prompts: list });

/** A `resources/read` answer of several contents. */
export const readContents = (uri: string, ...contents: Json[]): Exchange => answerTo('resources/read', { uri }, { contents });

/** A `tools/call` answer of any content blocks, with optional structured content. */
export const blocks = (name: string, content: Json[], structuredContent?: Json): Exchange =>
  answerTo('tools/call', { name, arguments: {} }, structuredContent === undefined ? { content } : { content, structuredContent });

/** A `prompts/get` answer with the prompt's arguments as the client sent them. */
export const promptGot = (name: string, args: Record<string, string>, messages: Json[]): Exchange =>
  answerTo('prompts/get', { name, arguments: args }, { messages });

/** A `prompts/get` request a client sends (its arguments fill the template). */
export const promptGet = (name: string, args: Record<string, string>): Exchange => ({ message: rpc('prompts/get', { name, arguments: args }, nextId++), from: 'client' });

/** A `resources/read` request a client sends. */
export const readRequest = (uri: string): Exchange => ({ message: rpc('resources/read', { uri }, nextId++), from: 'client' });

/** A `sampling/createMessage` request with any params. */
export const samplingWith = (params: Json): Exchange => ({ message: rpc('sampling/createMessage', { maxTokens: 800, ...params }, nextId++), from: 'server' });

/** An `elicitation/create` request with any params. */
export const elicitWith = (params: Json): Exchange => ({ message: rpc('elicitation/create', params, nextId++), from: 'server' });

/** A log notification from the server. */
export const logged = (level: string, data: unknown, logger = 'server'): Exchange => ({
  message: { jsonrpc: '2.0', method: 'notifications/message', params: { level, logger, data } }, from: 'server',
});

/** An `initialize` answer with full server info. */
export const initialized = (serverInfo: Json, instructions: string): Exchange =>
  answerTo('initialize', { protocolVersion: '2025-06-18', capabilities: { sampling: {}, elicitation: {} }, clientInfo: { name: 'editor', version: '3.1.0' } },
    { protocolVersion: '2025-06-18', capabilities: { tools: {}, resources: {}, prompts: {} }, serverInfo, instructions });

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

/** The last message of a session whose earlier steps were sent first; its verdict is the one judged. */
export const session = (earlier: readonly (readonly Step[])[], last: Exchange): Exchange => ({ ...last, earlier: [...(last.earlier ?? []), ...earlier.flat()] });
