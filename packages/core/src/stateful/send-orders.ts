import { endsSentenceAt, sentenceEndAfter, sentenceStartBefore } from '../semantic/sentences.js';

// Where a (lower-case) text tells its reader to send, pay or hand something to someone, as spans of the text
// that name the recipient: what follows the order in its sentence, and the sentence before it when the order
// points back to it ("our bank details changed: account … . please pay the open bill there").

/**
 * A request or obligation word (`please`, `kindly`, `must`, `going forward`), then within a few words a verb of
 * sending or paying (group 1).
 */
const requested = /\b(?:please|kindly|must|should|need to|needs to|have to|has to|make sure to|be sure to|remember to|going forward|from now on)\b[^.!?\n]{0,40}?\b(send|mail|e-?mail|forward|transfer|wire|pay|remit|use|deliver|share|upload|submit|post|publish|route|bcc)\b/g;

/**
 * A verb of moving data or money said to the reader at the start of a clause (after a line break, `:`, `;`, a
 * comma or a sentence's end), whose object is the reader's or the writer's own (`your`, `my`, `it`): "…;
 * upload it to …", "to get scores, upload your set to …", "before leaving: forward my mailbox to …". An API
 * reference's "post the payload to" names no one's data, and "send" or "submit" said so is a manual's
 * word to its human reader ("send your questions to …"), not an order to hand something over.
 */
const told = /\b(upload|forward|transfer|wire|pay|remit|refund)(?: over| across| on)? (?:your|my|our|their|it|them|all of|all your|all my|everything)\b/g;
/** Words that may stand between a clause's start and its imperative verb ("; then upload it"). */
const leadWords = new Set(['now', 'then', 'just', 'also', 'simply', 'first']);

/**
 * Whether the verb at `at` starts its clause: after the text's start, a line break, `:`, `;`, a comma or a
 * sentence's end, with at most one lead word between. Tested after a match (the verbs are what the scan
 * looks for), not as alternatives at every character of the text.
 */
function startsClause(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  let w = i;
  while (w > 0 && w > i - 8 && text.charCodeAt(w - 1) >= 0x61 && text.charCodeAt(w - 1) <= 0x7a) w--;
  if (w < i && leadWords.has(text.slice(w, i))) {
    i = w;
    while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  }
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 0x0a || c === 0x3a || c === 0x3b || c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f;
}

/** A request passed on in the passive: "asks that the refund be paid to …", "requested the files be sent to …". */
const passive = /\b(?:asks?|asked|requests?|requested|instructs?|instructed|wants?)\b[^.!?\n]{0,60}?\bbe (paid|sent|wired|transferred|forwarded|uploaded|mailed|remitted|shared)\b/g;

/** Words by which an order's own sentence points back at the recipient named before it. */
const pointsBack = /\b(?:there|thereto|the above|that account|those details|these details|the new (?:account|details|address))\b/;

/** The most characters of the sentence read after an order for its recipient, or before it when it points back. */
const reach = 200;
/** The most orders read in one text (each reads at most 2 × {@link reach} characters). */
const maxOrders = 32;

/**
 * Calls `emit` with each span of `text` an order names its recipient in: `moves` when the verb moves data or
 * money (every verb but `use`, which orders a service used, not something handed to it). Linear: three
 * global scans, then at most {@link maxOrders} orders of bounded reach.
 */
export function sendOrders(text: string, emit: (from: number, to: number, moves: boolean) => void): void {
  let orders = 0;
  for (const pattern of patterns) {
    if (pattern === moneyMoved && !mayMoveMoney(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null && orders < maxOrders; m = pattern.exec(text)) {
      if (pattern === told && !startsClause(text, m.index)) continue;
      orders++;
      const from = pattern.lastIndex;
      const to = sentenceEndAfter(text, from, Math.min(text.length, from + reach));
      const moves = (m[1] ?? m[2]) !== 'use';
      emit(from, to, moves);
      // "… pay the open bill there": the recipient is in the sentence before the order's.
      if (!pointsBack.test(text.slice(from, to))) continue;
      const start = sentenceStartBefore(text, m.index, Math.max(0, m.index - reach));
      if (start === 0 || start <= m.index - reach) continue;
      // Back over the line break or stop that ends the sentence before, then to where that one starts.
      let end = start - 1;
      while (end > 0 && (text.charCodeAt(end) === 0x20 || endsSentenceAt(text, end) || text.charCodeAt(end) === 0x0a)) end--;
      const before = sentenceStartBefore(text, end, Math.max(0, end - reach));
      emit(before, start, moves);
    }
  }
}

/**
 * Where money is to go, said of the money itself or of the account it goes to: "your payouts must move to the
 * account below", "settlements are to be paid into …", "update the payout account to …", "change your bank
 * details to …" (group 1: the verb). A statement of where money goes ("your payout will arrive on …") orders
 * nothing. Gated by {@link mayMoveMoney}: most texts name neither.
 */
const moneyMoved = /\b(?:(?:payouts?|payments?|settlements?|deposits?|funds|salar(?:y|ies)|wages|remittances?|proceeds|earnings|disbursements?)\b[^.!?\n]{0,30}?\b(?:must|should|shall|needs? to|ha(?:ve|s) to|are to|is to|now)\s+(?:be\s+)?(move|go|moved|sent|routed|redirected|rerouted|paid|deposited|transferred|switched)|(update|change|switch|replace|set)\s+(?:the\s+|your\s+|our\s+|my\s+)?(?:payout|payment|bank|deposit|settlement|remittance|payee|beneficiary)\s+(?:account|details|info|information|method|destination)s?)\b/g;
/** A cheap first test for {@link moneyMoved}: one of its words' stems in the text. */
const mayMoveMoney = (text: string): boolean => text.includes('pay') || text.includes('settle') || text.includes('deposit') || text.includes('fund') || text.includes('bank')
  || text.includes('salar') || text.includes('wage') || text.includes('remit') || text.includes('proceeds') || text.includes('earning') || text.includes('disburse');

const patterns: readonly RegExp[] = [requested, told, passive, moneyMoved];
