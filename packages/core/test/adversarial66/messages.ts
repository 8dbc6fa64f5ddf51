import type { Exchange, Json } from '../redteam-kit/cases.js';
import { numberedMessages } from '../redteam-kit/numbered.js';

// The message shapes set 66 needs beyond the shared builders: a shell command, a file written or a cell run
// under any tool name, full tool definitions (annotations, outputSchema, enum/default/examples values), answers
// with structured content, sampling and elicitation requests with any params, and the encoders the set's
// hiding moves use (base32, PowerShell's UTF-16 base64, reversed and letter-spaced text, JSON \u escapes).

const { answerTo, blocks, samplingWith, elicitWith } = numberedMessages(6600);
export { answerTo, blocks, samplingWith, elicitWith };

const rpc = (method: string, params: Json): Json => ({ jsonrpc: '2.0', id: 6599, method, params });

/** A `tools/call` a (possibly hijacked) client sends. */
export const call = (name: string, args: Json): Exchange => ({ message: rpc('tools/call', { name, arguments: args }), from: 'client' });

/** A shell command sent to a terminal tool. */
export const sh = (command: string, name = 'run_command'): Exchange => call(name, { command });

/** A file written by the editor tool. */
export const write = (path: string, content: string, name = 'write_file'): Exchange => call(name, { path, content });

/** A `tools/list` answer of full tool definitions. */
export const toolList = (...tools: Json[]): Exchange => answerTo('tools/list', {}, { tools });

/** A `resources/read` answer of any text and mime type. */
export const readAnswer = (uri: string, text: string, mimeType = 'text/plain'): Exchange =>
  answerTo('resources/read', { uri }, { contents: [{ uri, mimeType, text }] });

/** The text answer of a named tool to the arguments it was called with. */
export const answered = (name: string, args: Json, text: string): Exchange =>
  answerTo('tools/call', { name, arguments: args }, { content: [{ type: 'text', text }] });

export { base32, fullWidth, psEncoded, reversed, rot13, spaced, tags, uEscaped } from '../redteam-kit/encoders.js';
