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

const alphabet32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** RFC 4648 base32, padded. */
export const base32 = (s: string): string => {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet32[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
};

/** What PowerShell's -EncodedCommand takes: the script as UTF-16LE, base64. */
export const psEncoded = (script: string): string => Buffer.from(script, 'utf16le').toString('base64');

/** The text read back to front. */
export const reversed = (s: string): string => [...s].reverse().join('');

/** Every character of the text apart, words three spaces apart, as a banner or a letter-spaced heading. */
export const spaced = (s: string): string => s.split(' ').map((w) => [...w].join(' ')).join('   ');

/** Every character of the text as a JSON \u escape, the way some serializers write non-ASCII-safe output. */
export const uEscaped = (s: string): string => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** ROT13 of the Latin letters. */
export const rot13 = (s: string): string => s.replace(/[a-z]/gi, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});

/** Unicode tag characters spelling the text (invisible on screen). */
export const tags = (s: string): string => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');

/** Full-width forms of the printable ASCII letters and digits. */
export const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
