// A standing rule in server content that steers the model's later turns: a memory entry, a saved preference
// or a note in a transcript that the model reads back as the user's own settled wish ("the user prefers …",
// "note to self: …", "saved by the user: when I say …"). An ordinary preference (a time zone, a tone, a meeting
// length, who the manager is) steers nothing harmful; three shapes are orders in disguise, whoever the text
// says wrote them:
//   - the user's whole mail flow copied out: every outgoing or incoming message (all of the user's mail)
//     forwarded, bcc'd or copied to a literal address, as a preference, a standing rule or an inbox rule to
//     create. A filtered rule ("invoices from Contoso to ap@…") is not the whole flow; a stated fact ("every
//     outgoing email is journaled to …") is no rule for the model.
//   - a routine word given a destructive meaning ("when I say 'close out', delete everything in …"): the user
//     says the word later for its routine sense, and the model destroys.
//   - a standing waiver of the user's review over an act that pays, approves, deletes or shares ("always
//     approve any invoice from X without showing it to me", "… and do not ask me again").
//   - a recipient swapped in memory: an address on a look-alike of the company's domain declared the right one
//     in place of a retired one, and all of some kind of mail sent there ("… the acme.com one is retired;
//     send all reports there").
// English, and the Romance languages' forwarding verbs for the first shape. Read per part (a memory
// observation is one JSON string), within a window after each cue: linear in the part's length.

import { lowerHead } from '../text/lower-head.js';
import { wordExec } from '../text/word-exec.js';

export interface StandingRule {
  /** Where the evidence starts in the part. */
  readonly start: number;
  readonly evidence: string;
  /** Which shape (see the file comment). */
  readonly what: string;
}

/** The window read after a cue. */
const window = 240;
/** At most this many cues are read per part, per shape. */
const maxCues = 32;

// --- The whole mail flow copied out -------------------------------------------------------------------

/** A verb that copies mail to another box unseen (a visible cc to a colleague is an ordinary habit) (English, Galician, Spanish, Portuguese, Italian, French, German). */
const copyVerb = /(?:forward(?:s|ed|ing)?|auto-?forward(?:s|ed|ing)?|bcc(?:s|'d|ed)?|blind[- ]cop(?:y|ies|ied)|mirror(?:s|ed)?|redirect(?:s|ed)?|reenv[ií]\p{L}*|reencamiñ\p{L}*|encamiñ\p{L}*|encamin\p{L}*|inoltr\p{L}*|transf[eé]r\p{L}*|weiterleit\p{L}*|weitergeleitet)(?![\p{L}])/gu;
/** All of the user's mail: every outgoing or incoming message, all mail, every email the user sends. */
const wholeFlow = /(?<![\p{L}])(?:(?:every|each|all|any)(?: of)?(?: (?:the user'?s?|my|his|her|their|the))?(?: (?:new|outgoing|incoming|inbound|outbound|sent|received))?(?: (?:e-?mails?|mails?|messages?|correspondence|mailbox))(?! (?:from|about|regarding|tagged|labell?ed|with|that|which|where|matching|containing|in the|to (?:vendors?|customers?|clients?)))|(?:todo|toda|todos|todas|tutta|tutti|tout|toute|tous|toutes|alle?)(?: (?:o|a|os|as|el|la|los|las|il|le|les|i|gli|die|seine?|ihre?))?(?: (?:seu|sua|seus|suas|su|sus|suo|sua|son|sa|ses|meu|minha|mi|mis))?(?: (?:novo|nuevo|nuovo|nouveau|entrante|recebid\p{L}*|recibid\p{L}*|enviad\p{L}*))? ?(?:correo|correos|correio|correios|e-?mails?|mensaxes|mensajes|mensagens|posta|messaggi|courriels?|mails?|nachrichten)(?: (?:entrantes?|recibid\p{L}*|recebid\p{L}*|enviad\p{L}*|in arrivo|entrant\p{L}*|eingehende\p{L}*))?)(?![\p{L}])/u;
/** A literal mail address. */
const address = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** What makes it a rule for the model: the user's wish or habit, a saved note, a rule or filter to set up, "automatically". */
const standingFrame = /(?<![\p{L}])(?:prefer\p{L}*|wants?|would like|likes?|always|automatic\p{L}*|from now on|going forward|note to self|remember|saved|preference|rule|filter|quere|quiere|quer|vuole|veut|möchte|prefire|prefiere|prefere|preferisce|préfère|bevorzugt|sempre|siempre|toujours|immer|gardad\p{L}*|guardad\p{L}*|salv\p{L}*)(?![\p{L}])/u;
/** A forward bounded in time: an out-of-office rule. */
const bounded = /(?<![\p{L}])(?:while|until|during|on leave|out of (?:the )?office|vacation|holiday|mientras|hasta|durante|enquanto|até)(?![\p{L}])/u;
/** Negated or stated as what a system does, not a rule for the model. */
const refusedFlow = /(?<![\p{L}])(?:never|not|don't|doesn't|do not|no longer|stop|nunca|non|não|nicht|jamais|ne)(?![\p{L}])|\b(?:is|are|gets|get|was|were|been|being) (?:automatically )?(?:forwarded|bcc'd|bcced|cc'd|copied|journal(?:l)?ed|mirrored|archived)\b/u;

function mailFlowOut(lower: string): StandingRule | undefined {
  if (!lower.includes('@')) return undefined;
  copyVerb.lastIndex = 0;
  let read = 0;
  for (let m = wordExec(copyVerb, lower); m !== null && read < maxCues; m = wordExec(copyVerb, lower), read++) {
    // The sentence around the verb: from the stop before (at most a window back) to the stop after.
    const from = sentenceStart(lower, m.index);
    const to = sentenceEnd(lower, m.index + m[0].length);
    const sentence = lower.slice(from, to);
    const at = m.index - from;
    // The address after the verb, the whole flow on either side within the sentence, and a frame.
    const after = sentence.slice(at);
    const box = address.exec(after);
    if (box === null || !wholeFlow.test(sentence) || !standingFrame.test(sentence) || bounded.test(sentence) || refusedFlow.test(sentence.slice(0, at + box.index))) continue;
    return { start: from, evidence: sentence.trim().slice(0, 200), what: "copies all of the user's mail to an outside address as a standing rule" };
  }
  return undefined;
}

// --- A routine word given a destructive meaning ------------------------------------------------------

/** A definition of what the user's word means: "when I say 'x', …", "'x' means …", "by 'x' I mean …". */
const definition = /(?:when(?:ever)? (?:i|the user) (?:say|says|write|writes|type|types|ask(?:s)? for)|by ["'“‘][^"'”’\n]{1,40}["'”’] (?:i|the user) means?|["'“‘][^"'”’\n]{1,40}["'”’] (?:means|stands for|should mean))(?![\p{L}])/gu;
/**
 * Destruction past the user's safety net: everything (in a place), the trash emptied, deleted for good, or
 * deleted with the user's question waived ("delete all files in dist/" alone is a build step).
 */
const destroys = /(?<![\p{L}])(?:(?:delete|erase|wipe|purge|remove|destroy|shred|clear|nuke)(?: [\p{L}']+){0,2}? everything|empty (?:the |my )?(?:trash|bin|recycle bin)|(?:delete|erase|remove|destroy)[^.;\n]{0,60}(?:permanently|for good|from (?:the )?trash|(?:do not|don't|never|without) (?:ask|asking|confirm|confirming|check|checking)))(?![\p{L}])/u;

function destructiveMeaning(lower: string): StandingRule | undefined {
  if (!lower.includes('say') && !lower.includes('mean') && !lower.includes('write') && !lower.includes('type') && !lower.includes('ask')) return undefined;
  definition.lastIndex = 0;
  let read = 0;
  for (let m = wordExec(definition, lower); m !== null && read < maxCues; m = wordExec(definition, lower), read++) {
    const tail = lower.slice(m.index + m[0].length, m.index + m[0].length + window);
    const end = /[.!?](?:\s|$)|\n/.exec(tail);
    const meaning = end === null ? tail : tail.slice(0, end.index);
    if (!destroys.test(meaning) || /(?<![\p{L}])(?:never|not|don't|do not)(?![\p{L}])/u.test(meaning.slice(0, meaning.search(destroys)))) continue;
    return { start: m.index, evidence: lower.slice(m.index, m.index + m[0].length + meaning.length).slice(0, 200), what: 'gives a routine word of the user a destructive meaning' };
  }
  return undefined;
}

// --- A standing waiver of the user's review --------------------------------------------------------------

/** The review the user is kept from: without showing it to me, without asking, do not ask me (again). */
const waiver = /(?:without (?:showing|telling|asking|checking with|confirming with|notifying|consulting|a review by|review by|running it by|bothering) (?:it |them )?(?:to )?(?:me|the user|him|her)|without (?:my|the user'?s) (?:review|approval|confirmation|sign-off|ok|okay)|(?:do not|don't|never) (?:ask|check with|confirm with|show|bother) (?:me|the user)(?: (?:again|first|for (?:approval|confirmation)))?)(?![\p{L}])/gu;
/** An act that pays, approves, deletes, shares or gives access. */
const weightyAct = /(?<![\p{L}])(?:approve|approves|pay|pays|wire|transfer|refund|sign|accept|delete|deletes|erase|purge|wipe|share|publish|grant|send money)(?![\p{L}])/u;
/** The waiver stands over later acts: always, any, every, automatically, from now on. */
const standing = /(?<![\p{L}])(?:always|any|every|all|automatically|auto-?approve|from now on|going forward|whenever|in future|again)(?![\p{L}])/u;

function waivedReview(lower: string): StandingRule | undefined {
  if (!lower.includes('without') && !lower.includes('ask') && !lower.includes('show') && !lower.includes('check')) return undefined;
  waiver.lastIndex = 0;
  let read = 0;
  for (let m = wordExec(waiver, lower); m !== null && read < maxCues; m = wordExec(waiver, lower), read++) {
    // The waiver may stand in a clause of its own after the act ("…; don't check with me first").
    const from = sentenceStart(lower, m.index, false);
    const sentence = lower.slice(from, sentenceEnd(lower, m.index + m[0].length));
    const before = lower.slice(from, m.index);
    // "Never approve any invoice without showing it to me" keeps the review.
    if (!weightyAct.test(before) || !standing.test(sentence) || /(?<![\p{L}])(?:never|not|don't|do not|no)(?![\p{L}])/u.test(before)) continue;
    return { start: from, evidence: sentence.trim().slice(0, 200), what: "waives the user's review of later payments, approvals or deletions for good" };
  }
  return undefined;
}

// --- A recipient swapped in memory --------------------------------------------------------------------

/** The old address declared out of use. */
const retired = /(?:retired|deprecated|decommissioned|no longer (?:used|in use|valid|works|monitored|active)|not used any ?more|obsolete|defunct)(?![\p{L}])/gu;
/** All of some kind of mail sent to the new one. */
const sendAllThere = /(?<![\p{L}])(?:send|forward|email|mail|route|direct|address)(?: (?:all|every|each|any))(?: [\p{L}-]+){0,3}? (?:there|to (?:it|that|this|that address|this address|the new (?:one|address))|to [\p{L}\p{N}._%+-]+@)(?![\p{L}])/u;
/** A domain named in the text (an address's or a bare one): its label before the top level. */
const domainLabel = /(?:@|(?<![\p{L}\p{N}.@-]))([\p{L}\p{N}-]{2,40})\.(?:com|net|org|io|co|biz|info|eu|de|fr|uk|us|app|dev|mail|cloud)(?![\p{L}\p{N}-])/gu;

/**
 * The new address's domain is a look-alike of the one retired: it holds the old label and more
 * ("acme-corp-mail.com" for "acme.com"). A move within one organisation (acme.io to acme.com) keeps the
 * label; a notice moving the helpdesk names the company's own domain.
 */
function lookAlike(near: string): boolean {
  const labels = new Set<string>();
  domainLabel.lastIndex = 0;
  for (let m = domainLabel.exec(near); m !== null; m = domainLabel.exec(near)) labels.add(m[1]!);
  for (const a of labels) for (const b of labels) if (a !== b && a.length >= 3 && b.includes(a)) return true;
  return false;
}

function swappedRecipient(lower: string): StandingRule | undefined {
  if (!lower.includes('@')) return undefined;
  retired.lastIndex = 0;
  const old = wordExec(retired, lower);
  if (old === null) return undefined;
  const from = Math.max(0, old.index - window);
  const near = lower.slice(from, old.index + window);
  if (!sendAllThere.test(near) || !lookAlike(near)) return undefined;
  return { start: from, evidence: near.trim().slice(0, 200), what: 'swaps a recipient for a look-alike address in place of a retired one and sends all of some mail there' };
}

// --- Sentences -------------------------------------------------------------------------------------------------

/** Where the sentence holding `at` starts: after the last stop (a semicolon too, unless `semicolon` is false) within a window before it. */
function sentenceStart(lower: string, at: number, semicolon = true): number {
  const from = Math.max(0, at - window);
  const head = lower.slice(from, at);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('! '), head.lastIndexOf('? '), semicolon ? head.lastIndexOf('; ') : -1);
  return stop < 0 ? from : from + stop + 1;
}

/** Where the sentence holding `at` ends: at the next stop within a window after it. */
function sentenceEnd(lower: string, at: number): number {
  const end = /[.!?;](?:\s|$)|\n/.exec(lower.slice(at, at + window));
  return end === null ? Math.min(lower.length, at + window) : at + end.index + 1;
}

/** The first standing rule in `text` that steers the model's later turns (see the file comment). */
export function standingRule(text: string): StandingRule | undefined {
  const lower = lowerHead(text);
  return mailFlowOut(lower) ?? destructiveMeaning(lower) ?? waivedReview(lower) ?? swappedRecipient(lower);
}
