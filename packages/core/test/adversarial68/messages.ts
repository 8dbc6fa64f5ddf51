// The raw MCP messages set 68 needs beyond the kit's builders: earlier steps of a session (a call and its
// answer, so a plan can be spread over several calls), a client call made after them, and tool answers
// marked isError, as a failing command or an API error comes back to the agent.
import type { Exchange, Json, Step } from '../redteam-kit/exchange.js';

const request = (method: string, params: Json, id = 7): Json => ({ jsonrpc: '2.0', id, method, params });
const answer = (result: Json, id = 7): Json => ({ jsonrpc: '2.0', id, result });

/** Earlier steps of a session: a client call (id n) and the server's text answer. */
export const called = (id: number, name: string, args: Json, reply: string): Step[] => [
  { message: request('tools/call', { name, arguments: args }, id), from: 'client' },
  { message: answer({ content: [{ type: 'text', text: reply }] }, id), from: 'server' },
];

/** A client tools/call made after `earlier` steps of the same session. */
export const callAfter = (earlier: Step[], name: string, args: Json): Exchange => ({
  earlier,
  message: request('tools/call', { name, arguments: args }),
  from: 'client',
});

/** A tools/call answer marked isError, to a call of `name` with `args`. */
export const failed = (name: string, args: Json, text: string): Exchange => ({
  before: request('tools/call', { name, arguments: args }),
  message: answer({ content: [{ type: 'text', text }], isError: true }),
  from: 'server',
});

/** A tools/call answer of text, to a call of `name` with `args` (the kit's `result` sends no arguments). */
export const answered = (name: string, args: Json, text: string): Exchange => ({
  before: request('tools/call', { name, arguments: args }),
  message: answer({ content: [{ type: 'text', text }] }),
  from: 'server',
});

/** A shell command run through a coding agent's terminal tool. */
export const sh = (command: string): Exchange => ({ message: request('tools/call', { name: 'run_terminal_cmd', arguments: { command, is_background: false } }), from: 'client' });

/** A file the agent writes. */
export const write = (path: string, content: string): Exchange => ({ message: request('tools/call', { name: 'write_file', arguments: { path, content } }), from: 'client' });

/** An edit the agent makes to a file (old text replaced by new). */
export const edit = (path: string, oldText: string, newText: string): Exchange => ({
  message: request('tools/call', { name: 'edit_file', arguments: { path, edits: [{ oldText, newText }] } }), from: 'client',
});
