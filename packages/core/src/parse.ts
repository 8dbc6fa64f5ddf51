import type { Limits } from './limits.js';
import { engineFinding, utf8Length } from './preflight.js';
import { isRecord } from './records.js';
import type { Finding, MessageType } from './types.js';

export interface Parsed {
  readonly message: unknown;
  readonly finding?: Finding;
  /** Whether the size limit was already checked on the raw text or bytes (then no estimate is needed). */
  readonly sized?: boolean;
  /**
   * The JSON text a message was parsed from, for its parser differentials (duplicate keys, bare CRs, a
   * BOM ...): see messageDifferentials, which reads it after the structure check has counted the keys.
   */
  readonly text?: string;
}

export { isRecord };

// One decoder for every message: decoding without `stream` keeps no state between calls. The BOM is
// kept, so the parser-differential scan sees it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const tooLarge = (limits: Limits): Parsed => ({
  message: undefined,
  finding: engineFinding('preflight/max-message-bytes', `message is larger than ${limits.maxMessageBytes} bytes`),
});

/** Parses raw input (JSON text or UTF-8 bytes); an object is taken as already parsed. */
export function parseInput(input: unknown, limits: Limits): Parsed {
  let text: string;
  if (input instanceof Uint8Array) {
    if (input.byteLength > limits.maxMessageBytes) return tooLarge(limits);
    try {
      text = utf8.decode(input);
    } catch {
      return { message: undefined, finding: engineFinding('preflight/invalid-utf8', 'message is not valid UTF-8') };
    }
  } else if (typeof input === 'string') {
    text = input;
    // A UTF-16 code unit is at least one UTF-8 byte: only a string that may be too large is measured.
    if (text.length > limits.maxMessageBytes) return tooLarge(limits);
    if (text.length * 3 > limits.maxMessageBytes && utf8Length(text) > limits.maxMessageBytes) return tooLarge(limits);
  } else {
    return { message: input };
  }
  try {
    const message = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    return { message, sized: true, text };
  } catch (error) {
    if (error instanceof RangeError) {
      return { message: undefined, finding: engineFinding('preflight/max-depth', 'message nests too deep to parse') };
    }
    return { message: undefined, finding: engineFinding('preflight/parse-error', `message is not valid JSON: ${(error as Error).message.slice(0, 120)}`) };
  }
}

export function messageIdOf(message: unknown): string | number | undefined {
  if (!isRecord(message)) return undefined;
  const id = message['id'];
  return typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id)) ? id : undefined;
}

/** The type of a message that passed the JSON-RPC schema. */
export function typeOf(message: Record<string, unknown>): MessageType {
  if (typeof message['method'] === 'string') return 'id' in message ? 'request' : 'notification';
  if ('result' in message) return 'response';
  return 'error';
}
