// The adversarial suites' vocabulary (packages/core/test/adversarial29, 30, 31, …): where an attack travels,
// how it hides, and the case type, with the message builders and evasion encoders of builders.ts, so a
// case reads as plain text plus a move, written as an attacker who read the documented blind spots but
// not the rule code.
import type { Exchange, Json } from './exchange.js';

export type { Exchange, Json };

/** Where the attack travels: the message kinds of MCP a server or a hijacked client sends. */
export const surfaces = [
  'description', 'schema', 'initialize', 'result', 'resource', 'prompt', 'sampling', 'elicitation', 'call',
] as const;
export type Surface = (typeof surfaces)[number];

/**
 * How the attack hides: the moves an outsider tries once the obvious words are known to be read
 * (indirection: a shell variable stands for the words).
 */
export const evasions = [
  'reworded', 'polite', 'passive', 'attributed', 'split', 'moved', 'padded',
  'base64', 'hex', 'url-encoding', 'homoglyph', 'zero-width', 'language', 'indirection',
] as const;
export type Evasion = (typeof evasions)[number];

/** An attack and its benign twin: the same topic and shape, sent for ordinary work. */
export interface AdversarialCase {
  readonly id: string;
  readonly surface: Surface;
  readonly evasion: Evasion;
  readonly attack: Exchange;
  readonly benign: Exchange;
}

export { b64, call, elicit, hex, homoglyphs, initialize, list, percent, prompt, resource, result, sampling, str, structured, tool, zeroWidth } from './builders.js';
