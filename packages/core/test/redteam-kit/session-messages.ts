// The raw MCP messages the adversarial sets of stop 69 on need beyond builders.ts: earlier steps of a
// session (a call and its answer, a tool list the server sent before), answers with structured content,
// links and embedded resources, notifications (log lines, progress), completion answers, server requests,
// full tool definitions and a shell line run through a coding agent's terminal tool, so every message kind
// of the protocol can carry a case and each reads as an agent's real traffic.
import type { Exchange, Json, Step } from './exchange.js';

export const request = (method: string, params: Json, id = 7): Json => ({ jsonrpc: '2.0', id, method, params });
export const answer = (result: Json, id = 7): Json => ({ jsonrpc: '2.0', id, result });
export const notice = (method: string, params: Json): Json => ({ jsonrpc: '2.0', method, params });

/** Earlier steps of a session: a client call (id n) and the server's text answer. */
export const called = (id: number, name: string, args: Json, reply: string): Step[] => [
  { message: request('tools/call', { name, arguments: args }, id), from: 'client' },
  { message: answer({ content: [{ type: 'text', text: reply }] }, id), from: 'server' },
];

/** An earlier tools/list the server answered (id n). */
export const listed = (id: number, tools: Json[]): Step[] => [
  { message: request('tools/list', {}, id), from: 'client' },
  { message: answer({ tools }, id), from: 'server' },
];

/** A client tools/call made after `earlier` steps of the same session. */
export const callAfter = (earlier: Step[], name: string, args: Json): Exchange => ({
  earlier, message: request('tools/call', { name, arguments: args }), from: 'client',
});

/** A tools/call answer with any content, to a call of `name` with `args`, after `earlier` steps. */
export const reply = (name: string, args: Json, result: Json, earlier: Step[] = []): Exchange => ({
  earlier, before: request('tools/call', { name, arguments: args }), message: answer(result), from: 'server',
});

/** A tools/call answer of one text, to a call of `name` with `args`, after `earlier` steps. */
export const answered = (name: string, args: Json, text: string, earlier: Step[] = []): Exchange =>
  reply(name, args, { content: [{ type: 'text', text }] }, earlier);

/** A tools/list answer of full tool definitions, after `earlier` steps (a rug pull lists twice). */
export const tools = (defs: Json[], earlier: Step[] = []): Exchange => ({
  earlier, before: request('tools/list', {}), message: answer({ tools: defs }), from: 'server',
});

/** A notification the server sends (logging/message, notifications/progress). */
export const notify = (method: string, params: Json, earlier: Step[] = []): Exchange => ({ earlier, message: notice(method, params), from: 'server' });

/** An answer to a request of `method`, with `result`. */
export const answers = (method: string, params: Json, result: Json): Exchange => ({ before: request(method, params), message: answer(result), from: 'server' });

/** A server request (sampling/createMessage, elicitation/create) with full params. */
export const asks = (method: string, params: Json): Exchange => ({ message: request(method, params), from: 'server' });

/** A shell command run through a coding agent's terminal tool, after `earlier` steps. */
export const sh = (command: string, earlier: Step[] = []): Exchange => callAfter(earlier, 'run_terminal_cmd', { command, is_background: false });

/** An object schema of string properties described by `props`. */
export const obj = (props: Record<string, string>, required: string[] = []): Json => ({
  type: 'object', properties: Object.fromEntries(Object.entries(props).map(([k, d]) => [k, { type: 'string', description: d }])), required,
});
