// Orders hidden in the back-office artifacts an agent reads (an invoice's line item, a bank statement's
// narrative, a claim note, a resume, a contract clause, an HL7 NTE segment, an e-signature envelope's message)
// and addressed to the AI that processes them, the way such artifacts address it: a label ("Note to the recon
// bot:", "Screening model:", "Comment for the automated reviewer:"), a vocative ("Claims assistant, add …"), the
// AI as the one obliged ("any AI system reviewing this Agreement shall …", "automated treasury assistants
// should …", "the assistant can skip …") or as the agent of a duty in the passive ("remittances are to be
// redirected by the payroll assistant …"). The AI is named with what tells it from a clerk: an assistant,
// a bot, a copilot, an LLM, or an agent, model, system, reviewer or handler said to be AI, automated or
// a machine's task ("screening model", "interface engine agent", "HR summarisation agent"). What counts is
// what the order asks (office-acts.ts): change who is paid, let money go, skip a control, dictate a decision
// the control makes, destroy the trail or send records out; in a security artifact (an alert, an intel object, a
// rule's meta) undo a defence (soc-acts.ts). An encoded island (base64, hex, URL-encoding) in
// such an artifact is written for a machine: an order it spells counts with no AI named (not a URL's query
// value: a search a link carries is written for the link's server).
// Linear: a text's first 16 KiB and a longer one's last 4000 characters are read; in each, at most 256 places an AI noun may start and 48 sentences around the nouns, 600 characters
// each; encoded islands of what is read are decoded by encodedProse's own bounds.
import { foldConfusables } from '../text/normalize.js';
import { encodedProse, mayBeginEncoded } from '../text/encoded-prose.js';
import { islandsOutsideQueries } from '../text/url-query-values.js';
import { withoutInvisible } from '../text/invisible.js';
import { lowerCased } from '../text/lower-head.js';
import { breaksOfficeControl, guardedVerb, withoutControl } from './office-acts.js';
import { sentenceEndAfter, sentenceStartBefore } from './sentences.js';
import { opensFieldValue } from '../text/field-quotes.js';
import { mayUndoSecurityControl, undoesSecurityControl } from './soc-acts.js';
import { isLowerWordChar as isLetter } from '../text/char-classes.js';

/**
 * Where an AI noun may start, in the lower-case text: a noun that is one, or a word that makes the role after it
 * a machine's (one search of few literals, rare in prose and code; the noun itself is read at each).
 */
// Grouped by first letter (a quarter fewer instructions a character than the flat list); a word's start is tested
// at each hit.
const pieces = /a(?:ssistant|i\b|uto(?:mat|nom))|bots?\b|c(?:opilot|hatbot)|llm|gpt|robotic|s(?:creening|coring|ummari)|triage|engine/g;

/** What makes an agent, a model or a reviewer a machine: said AI or automated, or named by a machine's task. */
const machine = String.raw`(?:ai|llm|gpt|automated|automatic|autonomous|robotic|screening|scoring|triage|summari[sz](?:ation|ing)|engine|bot)`;
const role = String.raw`(?:agents?|models?|systems?|reviewers?|handlers?|managers?|processors?|engines?|screeners?|evaluators?|approvers?|adjudicators?|triage|bots?|analysts?|enrichment|enrichers?|integrations?|pipelines?|tooling|support)`;
/** The AI named at a piece: a noun that is one, or a role said to be a machine within two words after it. */
const aiNoun = new RegExp(String.raw`(?:${machine}(?:[ -][a-z&/]{2,20}){0,2}?[ -]${role}|(?:assistants?|copilots?|chatbots?|bots?|llms?)|(?:ai|automation(?: notes?| notices?| hints?)?)(?=\s*:))(?![a-z0-9])`, 'y');
/** "The AI", "any AI": the bare acronym after a determiner. */
const determinerBefore = /(?:^|[^a-z])(?:the|an|any|every|all)\s$/;

/** A label or a vocative: the noun (and a few words on it) before a colon or a comma. */
const labelAfter = /^[^:,.;\n]{0,60}?[:,]\s*/u;
/** The AI obliged: a few words on it (a participle's phrase), then a modal. */
const obligedAfter = /^(?:\s+[^\s.,;:]+){0,9}?\s+(?:should|must|shall|is to|are to|has to|have to|needs? to|can|may|will|is expected to|are expected to|(?:is|are) (?:asked|instructed|requested|required|authori[sz]ed|permitted|allowed|free) to)\s+/u;
/** The AI as the agent of a passive duty: "… are to be redirected by the payroll assistant …". */
const byBefore = /\bby\s+(?:the\s+|any\s+|an?\s+|each\s+|every\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const passiveDuty = /\b(?:is|are)\s+(?:not\s+)?to\s+be\s+([\p{L}-]+)|\b(?:should|must|shall|will)\s+be\s+([\p{L}-]+)/gu;

/** The steps of an order: after a comma, a semicolon, a sentence's end, "and" or "then" (a modal said again set aside). */
const stepSeam = /(?:[,;]|\.(?=\s))\s*(?:and\s+|then\s+)?|\s+(?:and|then|and then)\s+/gu;
const stepLead = /^(?:(?:and|then|also|shall|should|must|will|can|may|please|kindly|now|first|just|simply|immediately|quietly|silently|securely|permanently|completely|fully|automatically|straight|directly|to)\s+)+/u;
const negated = /^(?:not|never|no|don't|do not)\b/u;
/** A step left to a condition or someone's consent: "release it once the approver signs". */
const conditioned = /\b(?:if|once|after|when|unless|until|only|provided|subject to|pending|under|below|up to|less than)\b/u;
const maxSteps = 8;
/**
 * A security step left to someone's say ("lift containment once the IR lead confirms"); a trigger of the order
 * ("when loading this file, …", "after ingesting, …") is no such condition.
 */
const someonesSay = /\b(?:if|once|after|unless|until|only|provided|subject to|pending)\b[^.;]{0,60}?\b(?:approv|confirm|sign|authori[sz]|verif|review|ticket|change request|agree|consent|false positive)/u;

/**
 * Whether the order `rest` (lower case, after the AI named) breaks a back-office control in one of its steps;
 * with `security`, also whether a step undoes a security control (semantic/soc-acts.ts), which is read only where
 * the AI is named: "delete old backups" is an order only when given to the AI, never in a search query.
 */
export function ordersOfficeAct(rest: string, security = true): boolean {
  const skipped = withoutControl.test(rest);
  const undoes = security && mayUndoSecurityControl(rest);
  let from = 0;
  stepSeam.lastIndex = 0;
  for (let n = 0; n < maxSteps; n++) {
    const seam = stepSeam.exec(rest);
    const raw = rest.slice(from, seam === null ? rest.length : seam.index).trim();
    const step = raw.replace(stepLead, '');
    const own = seam === null ? rest.slice(from) : rest.slice(from, seam.index);
    if (negated.test(step) ? breaksOfficeControl(step) : (breaksOfficeControl(step) && (!conditioned.test(own) || withoutControl.test(own))) || (skipped && guardedVerb.test(step) && !conditioned.test(own))) return true;
    if (undoes && !negated.test(step) && !someonesSay.test(own) && undoesSecurityControl(step)) return true;
    if (seam === null) return false;
    from = seam.index + seam[0].length;
  }
  return false;
}

/** The base forms a participle may have: "redirected" redirect, "re-routed" re-route, "deleted" delete, "copied" copy. */
function baseForms(participle: string): readonly string[] {
  if (participle.endsWith('ied')) return [`${participle.slice(0, -3)}y`];
  if (participle.endsWith('ed')) return [participle.slice(0, -2), participle.slice(0, -1)];
  return [participle];
}

/** Whether a passive duty of `sentence` (lower case), read in the active, breaks a back-office control. */
function passiveOrder(sentence: string): boolean {
  passiveDuty.lastIndex = 0;
  for (let m = passiveDuty.exec(sentence), n = 0; m !== null && n < 4; m = passiveDuty.exec(sentence), n++) {
    const subject = sentence.slice(0, m.index).split(/[,;:]/).pop()!.trim();
    const negative = m[0].includes(' not ') ? 'do not ' : '';
    const rest = sentence.slice(m.index + m[0].length);
    for (const verb of baseForms(m[1] ?? m[2]!)) if (ordersOfficeAct(`${negative}${verb} ${subject}${rest}`)) return true;
  }
  return false;
}

export interface OfficeOrder {
  /** Where the sentence starts in the text. */
  readonly start: number;
  readonly evidence: string;
}

const maxSentences = 48;
/** Most pieces looked at (most are no AI noun: "engine", "scoring"). */
const maxPieces = 256;
const before = 240;
const after = 360;

/** The order `sentence` (lower case) gives the AI named at `at` in it, if it breaks a back-office control. */
function orderAt(sentence: string, at: number, end: number, line: string): boolean {
  // An order quoted as an example ("a message the bot refuses: \"Bot, delete …\"") is data, not an order.
  if (quotedBefore(sentence, at)) return false;
  const tail = sentence.slice(end);
  const label = labelAfter.exec(tail);
  // A label's orders go on to the end of its line ("Screening model: this candidate … Score them 10/10, …").
  if (label !== null && ordersOfficeAct(line.slice(end + label[0].length))) return true;
  const obliged = obligedAfter.exec(tail);
  if (obliged !== null && ordersOfficeAct(tail.slice(obliged[0].length))) return true;
  return byBefore.test(sentence.slice(0, at)) && passiveOrder(sentence);
}

/**
 * Whether a quotation mark opened before `at` in `sentence` is still open there. A serialized field's value
 * (`"shopperNote": "…"`, field-quotes.ts) is what the record holds, no quotation: within it only an escaped
 * quote (`\"…\"`) quotes, and its unescaped quote closes it.
 */
function quotedBefore(sentence: string, at: number): boolean {
  let open = false;
  let field = false;
  for (let i = 0; i < at; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x22) {
      const escaped = i > 0 && sentence.charCodeAt(i - 1) === 0x5c;
      if (field && !escaped) field = open = false;
      else if (!field && !open && opensFieldValue(sentence, i)) field = true;
      else open = !open;
    } else if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
  }
  return open;
}

const invisible = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
const greekOrCyrillic = /[\u0370-\u04ff]/;
/** A Latin letter beside a Greek or Cyrillic one: a word spelled with lookalikes. */
const mixedScript = /[a-z][\u0370-\u04ff]|[\u0370-\u04ff][a-z]/i;

/** `text` in lower case, its invisible characters removed and lookalike letters folded to Latin when it has any. */
function plainLower(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII only: nothing to remove or fold
  if (/^[\x00-\x7f]*$/.test(text)) return lowerCased(text);
  const hidden = invisible.test(text);
  const lookalikes = greekOrCyrillic.test(text) && mixedScript.test(text);
  if (!hidden && !lookalikes) return lowerCased(text);
  const visible = hidden ? withoutInvisible(text).text : text;
  return (lookalikes ? foldConfusables(visible).text : visible).toLowerCase();
}

/**
 * How far a text is read: its first 16 KiB at windows around each AI noun, so a note padded to anywhere in them is
 * found, and of a longer text (a README, a bundle) its last 4000 characters too, where padding pushes a note. Read
 * to 64 KiB (as far as the instruction analysis reads), the 1 MiB README result paid ~9M instructions an inspection
 * (3.5%: lowering, the invisible and lookalike tests and the nouns' scan of a two-byte head); encoded islands, which
 * name no AI, are read in a text up to 16 KiB whole and at a longer one's first and last 4000 characters.
 */
const headRead = 16 * 1024;
const edge = 4000;

/**
 * The first order in `part` (a tool result's or a resource's string) that names the AI processing it and asks
 * it to break a back-office control (see the file comment), or one an encoded island of it spells.
 */
export function officeOrder(part: string): OfficeOrder | undefined {
  if (part.length <= headRead) return orderIn(part, 0) ?? encodedOfficeOrder(part);
  const from = Math.max(headRead, part.length - edge);
  const tail = part.slice(from);
  return orderIn(part.slice(0, headRead), 0) ?? orderIn(tail, from) ?? encodedOfficeOrder(part.slice(0, edge)) ?? encodedOfficeOrder(part.slice(part.length - edge));
}

/** The first order of {@link officeOrder} in `part`, which starts at `offset` of the text. */
function orderIn(part: string, offset: number): OfficeOrder | undefined {
  const text = plainLower(part);
  pieces.lastIndex = 0;
  let read = 0;
  let tried = 0;
  for (let m = pieces.exec(text); m !== null && read < maxSentences && tried < maxPieces; m = pieces.exec(text), tried++) {
    const at = m.index;
    const end = aiNamedAt(text, at, m[0]);
    if (end < 0) continue;
    read++;
    const start = sentenceStartBefore(text, at, Math.max(0, at - before));
    const stop = sentenceEndAfter(text, end, Math.min(text.length, end + after));
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0 || lineEnd > end + after) lineEnd = Math.min(text.length, end + after);
    const sentence = text.slice(start, stop + 1);
    const line = text.slice(start, Math.max(stop + 1, lineEnd));
    if (orderAt(sentence, at - start, end - start, line)) return { start: offset + start, evidence: sentence.trim().slice(0, 200) };
  }
  return undefined;
}

/**
 * Where the AI named at `piece` (a hit of {@link pieces} at `at` of the lower-case text) ends, or -1: a word's
 * start only ("robotic", not "autorobotic"), then the noun read there, or "the AI" after a determiner.
 */
function aiNamedAt(text: string, at: number, piece: string): number {
  if (at > 0 && isLetter(text.charCodeAt(at - 1))) return -1;
  aiNoun.lastIndex = at;
  const noun = aiNoun.exec(text);
  if (noun !== null) return at + noun[0].length;
  return piece === 'ai' && determinerBefore.test(text.slice(Math.max(0, at - 8), at)) ? at + 2 : -1;
}

/** Whether a short text (a label, lower case) names the AI. */
function namesAi(text: string): boolean {
  pieces.lastIndex = 0;
  for (let m = pieces.exec(text); m !== null; m = pieces.exec(text)) if (aiNamedAt(text, m.index, m[0]) >= 0) return true;
  return false;
}

/** An order an encoded island of `part` spells, whether or not it names the AI (a cheap test first: most parts hold none). */
function encodedOfficeOrder(part: string): OfficeOrder | undefined {
  if (!part.includes('%') && !mayBeginEncoded(part)) return undefined;
  const islands = encodedProse(part);
  if (islands.length === 0) return undefined;
  // A URL's query value (a search sent to a docs site: `?q=purge%20audit%20logs%20older%20than%20a%20year`) is a
  // value the link carries, written for its server: it orders only where a label names the AI.
  const outside = islandsOutsideQueries(part);
  for (const island of islands) {
    const lower = island.toLowerCase();
    const label = labelAfter.exec(lower);
    const named = label !== null && namesAi(label[0]);
    const free = outside === undefined || outside.has(island);
    // An island need not name the AI (see above), so its security steps are read only after a label that names
    // it: a percent-encoded search for "delete old backups" in a URL is no order.
    if ((free && ordersOfficeAct(lower, false)) || (label !== null && (free || named) && ordersOfficeAct(lower.slice(label[0].length), named))) return { start: 0, evidence: lower.slice(0, 200) };
  }
  return undefined;
}
