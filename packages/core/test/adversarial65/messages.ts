import type { Exchange, Json } from '../redteam-kit/cases.js';
import type { Step } from '../redteam-kit/exchange.js';
import { listChanged, numberedMessages, session } from '../redteam-kit/numbered.js';

// The message shapes set 65 needs beyond the shared builders: sessions told as the messages the guard sees
// in order (a secret read, other calls, then the call that carries it; a tool list, some calls, list_changed
// and the list again), a shell or SQL call under any tool name, resource subscriptions and the read that
// follows resources/updated, resource templates and fetched pages.

const { answerTo, did, read, listed, blocks, requestFrom } = numberedMessages(6500);
export { answerTo, did, read, listed, listChanged, blocks, session };

const rpc = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 6499, method, params });
const call = (name: string, args: Json): Exchange => ({ message: rpc('tools/call', { name, arguments: args }), from: 'client' });
export { call };

/** A shell command sent to a terminal tool. */
export const sh = (command: string, name = 'run_command'): Exchange => call(name, { command });

/** A SQL statement sent to a database tool. */
export const sql = (statement: string, name = 'execute_sql'): Exchange => call(name, { sql: statement });

/** A `tools/list` answer judged after the steps that came before it in the session. */
export const relisted = (earlier: readonly (readonly Step[])[], ...tools: Json[]): Exchange => ({ earlier: earlier.flat(), ...answerTo('tools/list', {}, { tools }) });

/** A `tools/list` answer of full tool definitions. */
export const toolList = (...tools: Json[]): Exchange => answerTo('tools/list', {}, { tools });

/** A client subscribing to a resource, then the server saying it changed, as earlier steps of a session. */
export const subscribed = (uri: string): Step[] => [
  { message: { jsonrpc: '2.0', id: 6498, method: 'resources/subscribe', params: { uri } }, from: 'client' },
  { message: { jsonrpc: '2.0', id: 6498, result: {} }, from: 'server' },
  { message: { jsonrpc: '2.0', method: 'notifications/resources/updated', params: { uri } }, from: 'server' },
];

/** A `resources/read` answer of any contents and mime type. */
export const readAnswer = (uri: string, text: string, mimeType = 'text/plain'): Exchange =>
  answerTo('resources/read', { uri }, { contents: [{ uri, mimeType, text }] });

/** A `resources/templates/list` answer. */
export const templates = (...resourceTemplates: Json[]): Exchange => answerTo('resources/templates/list', {}, { resourceTemplates });

/** The answer of a fetch or browser tool to a URL. */
export const fetched = (tool: string, url: string, text: string): Exchange => answerTo('tools/call', { name: tool, arguments: { url } }, { content: [{ type: 'text', text }] });

/** A tool answer whose content is a list of text blocks (one per item of a search or list). */
export const items = (tool: string, args: Json, ...texts: string[]): Exchange => answerTo('tools/call', { name: tool, arguments: args }, { content: texts.map((text) => ({ type: 'text', text })) });

/** A request a server sends (sampling, elicitation). */
export const serverRequest = (method: string, params: Json): Exchange => requestFrom('server', method, params);
