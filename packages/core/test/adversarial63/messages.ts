import type { Exchange, Json } from '../redteam-kit/cases.js';
import type { Step } from '../redteam-kit/exchange.js';
import { listChanged, numberedMessages, session } from '../redteam-kit/numbered.js';

// The message shapes set 63 needs beyond the shared builders: sessions told as the messages the guard sees in
// order (a secret read, then a call that carries it; a tool list, list_changed, then the list again; several
// results that only together make an order), answers of any content, and the server requests (sampling,
// elicitation) with all their params.

const { answerTo, did, read, listed, blocks, resources, prompts, samplingWith, elicitWith } = numberedMessages(600);
export { did, read, listed, listChanged, blocks, resources, prompts, samplingWith, elicitWith, session };

/** An `initialize` answer with full server info. */
export const initialized = (serverInfo: Json, instructions: string): Exchange =>
  answerTo('initialize', { protocolVersion: '2025-06-18', capabilities: { sampling: {}, elicitation: {} }, clientInfo: { name: 'editor', version: '3.1.0' } },
    { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true } }, serverInfo, instructions });

/** An `initialize` exchange, as earlier steps of a session. */
export const initializedBefore = (serverInfo: Json, instructions: string): Step[] => {
  const { before, message } = initialized(serverInfo, instructions);
  return [{ message: before as Json, from: 'client' }, { message, from: 'server' }];
};

/** A `tools/list` answer judged after the steps that came before it in the session. */
export const relisted = (earlier: readonly (readonly Step[])[], ...tools: Json[]): Exchange => ({ earlier: earlier.flat(), ...answerTo('tools/list', {}, { tools }) });

