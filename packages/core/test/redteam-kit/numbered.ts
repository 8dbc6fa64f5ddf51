import type { Exchange, Json, Step } from './exchange.js';

// Messages numbered as one session sends them, for the sets that tell sessions (a secret read, then a call
// that carries it; a list, list_changed, then the list again): each answer carries its request's id, so a
// read's result is known as the answer to that read. Each set numbers from its own first id.

/** The builders of one set, numbering requests from `firstId` on. */
export function numberedMessages(firstId: number) {
  let nextId = firstId;
  const rpc = (method: string, params: Json, id: number): Json => ({ jsonrpc: '2.0', id, method, params });
  /** The next request id. */
  const id = (): number => nextId++;
  /** An answer to `method`, with the request it answers. */
  const answerTo = (method: string, params: Json, result: Json): Exchange => {
    const at = id();
    return { before: rpc(method, params, at), message: { jsonrpc: '2.0', id: at, result }, from: 'server' };
  };
  /** A request sent by `from`. */
  const requestFrom = (from: Exchange['from'], method: string, params: Json): Exchange => ({ message: rpc(method, params, id()), from });
  /** A request and its answer, as earlier steps of a session. */
  const exchanged = (method: string, params: Json, result: Json): Step[] => {
    const at = id();
    return [
      { message: rpc(method, params, at), from: 'client' },
      { message: { jsonrpc: '2.0', id: at, result }, from: 'server' },
    ];
  };
  return {
    id,
    answerTo,
    requestFrom,
    /** A call and the text its tool answered, as earlier steps of a session. */
    did: (name: string, args: Json, ...texts: string[]): Step[] =>
      exchanged('tools/call', { name, arguments: args }, { content: texts.map((text) => ({ type: 'text', text })) }),
    /** A resource read and its text, as earlier steps of a session. */
    read: (uri: string, text: string): Step[] => exchanged('resources/read', { uri }, { contents: [{ uri, mimeType: 'text/plain', text }] }),
    /** A `tools/list` asked and answered, as earlier steps of a session. */
    listed: (...tools: Json[]): Step[] => exchanged('tools/list', {}, { tools }),
    /** A `tools/call` answer of any content blocks, with optional structured content. */
    blocks: (name: string, content: Json[], structuredContent?: Json): Exchange =>
      answerTo('tools/call', { name, arguments: {} }, structuredContent === undefined ? { content } : { content, structuredContent }),
    /** A `resources/list` answer. */
    resources: (...list: Json[]): Exchange => answerTo('resources/list', {}, { resources: list }),
    /** A `prompts/list` answer. */
    prompts: (...list: Json[]): Exchange => answerTo('prompts/list', {}, { prompts: list }),
    /** A `sampling/createMessage` request with any params. */
    samplingWith: (params: Json): Exchange => requestFrom('server', 'sampling/createMessage', { maxTokens: 800, ...params }),
    /** An `elicitation/create` request with any params. */
    elicitWith: (params: Json): Exchange => requestFrom('server', 'elicitation/create', params),
  };
}

/** The server saying its tool list changed. */
export const listChanged: Step[] = [{ message: { jsonrpc: '2.0', method: 'notifications/tools/list_changed' }, from: 'server' }];

/** The last message of a session whose earlier steps were sent first; its verdict is the one judged. */
export const session = (earlier: readonly (readonly Step[])[], last: Exchange): Exchange => ({ ...last, earlier: [...(last.earlier ?? []), ...earlier.flat()] });
