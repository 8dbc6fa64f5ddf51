import type { Exchange, Json } from '../redteam-kit/cases.js';
import { numberedMessages, session } from '../redteam-kit/numbered.js';

// The message shapes set 62 needs beyond the shared builders: the protocol's less-read fields (resource
// templates, resource lists with annotations, embedded resources and links in results, sampling with a
// system prompt or tools, URL elicitation, prompt lists with arguments, log notifications), and sessions
// told as the messages the guard sees in order (redteam-kit/numbered.ts), numbered from 400.

const { answerTo, requestFrom, did, read, blocks, resources, prompts, samplingWith, elicitWith } = numberedMessages(400);
export { did, read, blocks, resources, prompts, samplingWith, elicitWith, session };

/** A `resources/templates/list` answer. */
export const templates = (...resourceTemplates: Json[]): Exchange => answerTo('resources/templates/list', {}, { resourceTemplates });

/** A `resources/read` answer of several contents. */
export const readContents = (uri: string, ...contents: Json[]): Exchange => answerTo('resources/read', { uri }, { contents });

/** A `prompts/get` answer with the prompt's arguments as the client sent them. */
export const promptGot = (name: string, args: Record<string, string>, messages: Json[]): Exchange =>
  answerTo('prompts/get', { name, arguments: args }, { messages });

/** A `prompts/get` request a client sends (its arguments fill the template). */
export const promptGet = (name: string, args: Record<string, string>): Exchange => requestFrom('client', 'prompts/get', { name, arguments: args });

/** A `resources/read` request a client sends. */
export const readRequest = (uri: string): Exchange => requestFrom('client', 'resources/read', { uri });

/** A log notification from the server. */
export const logged = (level: string, data: unknown, logger = 'server'): Exchange => ({
  message: { jsonrpc: '2.0', method: 'notifications/message', params: { level, logger, data } }, from: 'server',
});

/** An `initialize` answer with full server info. */
export const initialized = (serverInfo: Json, instructions: string): Exchange =>
  answerTo('initialize', { protocolVersion: '2025-06-18', capabilities: { sampling: {}, elicitation: {} }, clientInfo: { name: 'editor', version: '3.1.0' } },
    { protocolVersion: '2025-06-18', capabilities: { tools: {}, resources: {}, prompts: {} }, serverInfo, instructions });

