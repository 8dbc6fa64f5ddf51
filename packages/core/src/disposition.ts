import type { JsonRpcErrorResponse } from './jsonrpc.js';
import { isRecord, messageIdOf } from './parse.js';
import type { Action, Disposition, Finding, MessageType, Outcome, Sender } from './types.js';
import { wireError } from './wire.js';

/** The disposition of every message let through as it is: shared, as nothing in it can differ. */
export const forwardDisposition: Disposition = Object.freeze({ kind: 'forward' });
const drop: Disposition = Object.freeze({ kind: 'drop' });
const notJson = new Set(['preflight/parse-error', 'preflight/invalid-utf8']);

export interface DispositionInput {
  /** The parsed message, or undefined when it could not be parsed. */
  readonly message: unknown;
  readonly messageType: MessageType;
  readonly from: Sender;
  readonly action: Action;
  readonly primary: Finding | undefined;
  readonly replacement: unknown;
  readonly blockedCode: number;
}

/** Errors for the members of a blocked batch: requests are answered, responses replaced. */
function batchDisposition(items: readonly unknown[], input: DispositionInput): Disposition {
  const answers: JsonRpcErrorResponse[] = [];
  const replacements: JsonRpcErrorResponse[] = [];
  for (const item of items) {
    const id = messageIdOf(item);
    if (id === undefined || !isRecord(item)) continue;
    (typeof item['method'] === 'string' ? answers : replacements).push(wireError(id, input, input.blockedCode));
  }
  if (answers.length) return { kind: 'respond', response: answers, ...(replacements.length ? { replacement: replacements } : {}) };
  if (replacements.length) return { kind: 'replace', message: replacements };
  return drop;
}

/**
 * What the adapter must do, from the verdict and the message: the one table every adapter carries out.
 * Nothing that is not JSON from the server is ever forwarded (stdio hosts read only protocol on stdout).
 */
export function dispositionFor(input: DispositionInput): Disposition {
  const { message, messageType, from } = input;
  if (from === 'server' && input.message === undefined && input.primary !== undefined && notJson.has(input.primary.rule)) return drop;
  if (input.action !== 'block') return forwardDisposition;
  if (input.replacement !== undefined) return { kind: 'replace', message: input.replacement };
  const id = messageIdOf(message);
  switch (messageType) {
    case 'request':
      return { kind: 'respond', response: wireError(id, input, input.blockedCode) };
    case 'notification':
      return drop;
    case 'response':
    case 'error':
      return id === undefined ? drop : { kind: 'replace', message: wireError(id, input, input.blockedCode) };
    case 'batch':
      return Array.isArray(message) ? batchDisposition(message, input) : drop;
    case 'invalid': {
      if (Array.isArray(message)) return batchDisposition(message, input);
      const looksLikeResponse = isRecord(message) && ('result' in message || 'error' in message) && typeof message['method'] !== 'string';
      if (looksLikeResponse) return id === undefined ? drop : { kind: 'replace', message: wireError(id, input, input.blockedCode) };
      // From the client: whoever sent it waits for an answer (a request) or ignores one (a notification).
      const isNotification = isRecord(message) && typeof message['method'] === 'string' && !('id' in message);
      if (from === 'server' || isNotification) return drop;
      return { kind: 'respond', response: wireError(id, input, input.blockedCode) };
    }
  }
}

export function outcomeOf(disposition: Disposition): Outcome {
  switch (disposition.kind) {
    case 'forward':
      return 'forwarded';
    case 'replace':
      return 'replaced';
    case 'respond':
      return 'answered';
    case 'drop':
      return 'dropped';
  }
}

/** The error a disposition sends, for the audit trail. */
export function errorOf(disposition: Disposition): { code: number; message: string } | null {
  const carried = disposition.kind === 'respond' ? disposition.response : disposition.kind === 'replace' ? disposition.message : undefined;
  const first = Array.isArray(carried) ? (carried[0] as unknown) : carried;
  if (!isRecord(first) || !isRecord(first['error'])) return null;
  const { code, message } = first['error'];
  return typeof code === 'number' && typeof message === 'string' ? { code, message } : null;
}
