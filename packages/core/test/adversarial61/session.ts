import type { Exchange, Json } from '../redteam-kit/cases.js';
import type { Step } from '../redteam-kit/exchange.js';

// A session told as the messages the guard sees in order: the agent's calls and the answers they get, each
// answer carrying its request's id, so a read's result is known as the answer to that read.

let nextId = 100;
const rpc = (method: string, params: Json, id: number): Json => ({ jsonrpc: '2.0', id, method, params });

/** A call and the text its tool answered. */
export const did = (name: string, args: Json, ...texts: string[]): Step[] => {
  const id = nextId++;
  return [
    { message: rpc('tools/call', { name, arguments: args }, id), from: 'client' },
    { message: { jsonrpc: '2.0', id, result: { content: texts.map((text) => ({ type: 'text', text })) } }, from: 'server' },
  ];
};

/** A `tools/list` asked and answered. */
export const listed = (...tools: Json[]): Step[] => {
  const id = nextId++;
  return [
    { message: rpc('tools/list', {}, id), from: 'client' },
    { message: { jsonrpc: '2.0', id, result: { tools } }, from: 'server' },
  ];
};

/** The server saying its tool list changed. */
export const changed: Step[] = [{ message: { jsonrpc: '2.0', method: 'notifications/tools/list_changed' }, from: 'server' }];

/** The last message of a session whose earlier steps were sent first; its verdict is the one judged. */
export const session = (earlier: readonly (readonly Step[])[], last: Exchange): Exchange => ({ ...last, earlier: earlier.flat() });
