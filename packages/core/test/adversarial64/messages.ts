import type { Exchange, Json } from '../redteam-kit/cases.js';
import { numberedMessages, session } from '../redteam-kit/numbered.js';

// The message shapes set 64 needs beyond the shared builders: answers to any request (tool lists with the
// 2025-06-18 fields, completions, resource templates, a page asked with a cursor), JSON-RPC errors,
// notifications a server sends (log lines, progress, cancellations, task status), the client's answer to a
// server's roots/list, and sessions whose earlier results supply a value the judged call uses.

const { id, answerTo, did, read, blocks, samplingWith, elicitWith } = numberedMessages(6400);
export { answerTo, did, read, blocks, samplingWith, elicitWith, session };

/** A `tools/list` answer of full tool definitions (title, annotations, outputSchema, `_meta`). */
export const toolList = (...tools: Json[]): Exchange => answerTo('tools/list', {}, { tools });

/** A notification the server sends. */
export const notify = (method: string, params: Json): Exchange => ({ message: { jsonrpc: '2.0', method, params }, from: 'server' });

/** A `completion/complete` answer for one argument of a prompt. */
export const completion = (promptName: string, argument: string, typed: string, values: string[]): Exchange =>
  answerTo('completion/complete', { ref: { type: 'ref/prompt', name: promptName }, argument: { name: argument, value: typed } }, { completion: { values, total: values.length, hasMore: false } });

/** A JSON-RPC error the server answers a request with. */
export const failed = (method: string, params: Json, error: Json): Exchange => {
  const at = id();
  return { before: { jsonrpc: '2.0', id: at, method, params }, message: { jsonrpc: '2.0', id: at, error }, from: 'server' };
};

/** The client's answer to a server's `roots/list`. */
export const rootsAnswer = (roots: Json[]): Exchange => {
  const at = id();
  return { before: { jsonrpc: '2.0', id: at, method: 'roots/list', params: {} }, beforeFrom: 'server', message: { jsonrpc: '2.0', id: at, result: { roots } }, from: 'client' };
};

/** An `initialize` answer with full server info. */
export const initialized = (serverInfo: Json, instructions: string): Exchange =>
  answerTo('initialize', { protocolVersion: '2025-06-18', capabilities: { roots: { listChanged: true }, sampling: {}, elicitation: {} }, clientInfo: { name: 'editor', version: '4.0.1' } },
    { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true }, logging: {}, completions: {} }, serverInfo, instructions });
