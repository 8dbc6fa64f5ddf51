// Orders a server puts in the user's mouth: the user turns of a prompt (`prompts/get`) and of a sampling
// request are written by the server, yet the model takes them as the user's own words, addressed to it. A
// prompt library's turns ask for chores ("clear node_modules", "put my .editorconfig into a gist"); what no
// chore asks is to destroy the user's home or credential folders, or to send those folders out. Read here:
// - a turn that opens with a verb of destroying (after a label such as "Free up disk space:", or "please",
//   "yes:") whose clause names the home folder or a credential store (`~/.ssh`, `~/.aws`, `~/.gnupg`, the
//   keychain, browser profiles, a credential file), or - when the turn waives the confirmation ("no
//   confirmations", "without asking") - every table, backup, namespace or snapshot, or production;
// - a clause of a turn that moves a credential store (send, e-mail, upload, post, commit, push, paste) to an
//   outside place: a URL, an e-mail address, a public gist, repository, mirror or channel;
// - a turn that sends "that list" (it, them) out to such a place after an earlier turn gathered the values of
//   every token, key, password or secret.
// Negated clauses ("never commit .env to the public repo") and clauses that keep the store or pick items of it ("except ~/.ssh", "the old keys in ~/.ssh")
// are left be, and so is a move inside a quotation the turn introduces as an example ("use a quoted example like
// \"…\""): the turn asks for writing about it. Other languages are read for a destroy only, by foreign-subjects.ts's table: a verb of destroying
// near everything, the home folder, the backups or a database, in a turn that skips the confirmation. An assistant
// turn the server wrote is the model's own plan: its step, once the first-person lead is set aside, reads as the
// order it would be. turn-plans.ts reads what either turn asks beyond the credential folders, turn-statements.ts the SQL it hands over,
// published-turns.ts every secret or person's record put in a work published where anyone reads it.
import { destroysKept, skipsUser } from './foreign-subjects.js';
import { namesCredentialStore } from './sends-secrets.js';
import { publishesKept } from './published-turns.js';
import { revealsInstructions, rewritesHistory } from './turn-plans.js';
import { turnStatement } from './turn-statements.js';
import { isRecord } from '../parse.js';
import { unquoted } from '../text/quoted.js';
import type { MessagePath } from '../types.js';

/** The home folder itself, as a whole ("~/", "~/*", "$HOME", "my home folder"). */
const homeFolder = /\bhome (?:folder|directory|dir)\b|(?:^|[\s(`'"])(?:~|\$home)\/?\*?(?=$|[\s,;:)`'"]|\.(?:\s|$))/;
/** Stores a destruction takes the user's work with, for the waived-confirmation reading. */
const broadStore = /\b(?:every|all(?: the| its| of the)?|each|entire|whole)\s+(?!(?:merged|old|stale|temp|temporary|test|scratch|unused|empty|orphaned|expired|dangling)\b)(?:[\w-]+\s+)?(?:tables?|databases?|backups?|snapshots?|namespaces?|volumes?|buckets?|repositor(?:y|ies))\b|\b(?:production|prod)\b/;
/** The turn waives the confirmation the model would ask for. */
const waived = /\b(?:no confirmations?|without (?:asking|confirm(?:ing|ation))|(?:don't|do not|never) ask (?:me )?(?:to confirm|for confirmation|first|again)|skip (?:the )?confirmations?|no need to (?:ask|confirm)|so (?:that )?nothing can be (?:restored|recovered))\b/;
/** A turn's clause that opens with a verb of destroying, after a short label or a word of assent. */
const destroying = /^(?:[^:.;!?]{0,40}:\s*)?(?:(?:please|then|now|also|just|first|and|so|yes|ok|okay|sure|go ahead and|i want you to|i need you to|can you|could you|you can|you should|you must)[\s,]+)*(?:delete|remove|erase|wipe|purge|destroy|drop|shred|nuke|empty|format|rm\s+-\w+|get rid of)(?![\p{L}])/u;
/** A verb that moves a store somewhere. */
const moving = /(?<![\p{L}])(?:send|e-?mail|mail|upload|post|push|commit|paste|share|publish|attach|forward|copy|put)(?![\p{L}])/u;
const movingAll = new RegExp(moving.source, 'gu');
/** An outside place: an address, or a public gist, repository, mirror, channel or paste site. */
const outside = /https?:\/\/|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z0-9.-]+|\bpublic\s+(?:[\w-]+\s+){0,2}?(?:gists?|repo(?:sitor(?:y|ies))?s?|forks?|mirrors?|channels?|buckets?|issues?|forums?|pages?)\b|\bpastebin\b|(?:^|\s)#[a-z][\w-]+/;
/** A negation or a keeping near the verb. */
const negation = /\b(?:never|not|no|don't|do not|without|except|but not|other than|apart from|keep|avoid)\b|n't\b/;
/** A clause that keeps the store, or picks a few items of it ("the old keys in ~/.ssh", "the github.com entry"). */
const keeps = /\b(?:except|but not|other than|apart from|keep|old|unused|stale|expired|duplicate|outdated|obsolete|revoked|entry|entries|line|lines)\b/;
/** An earlier turn that gathers secrets' values: "collect the values of every … _token", "a list of every password and API key". */
const gathers = /\b(?:collect|gather|keep|list|find|copy|dump|extract|grab|print|write(?: out| down)?)\b[^.!?]{0,60}?(?:\bvalues? of (?:every|all|each|any)\b[^.!?]{0,40}?(?:token|key|secret|password)|\b(?:every|all|each|any)(?: the)? (?:[\p{L}-]+ )?(?:passwords?|secrets?|tokens?|api keys?|credentials?|private keys?)\b)/u;
/** A later turn that moves what was gathered out: "paste that list into a public gist", "e-mail it to …". */
const gathered = /\b(?:that|the|this|those|these) (?:list|values|secrets|keys|tokens|passwords|file|dump|archive)\b|\b(?:it|them)\b/;

/** What introduces a quotation as something mentioned, not said: "an example like", "such as", "the payload reads". */
const mentionLead = /\b(?:like|such as|e\.g\.|for (?:example|instance)|example|examples|sample|payload|phrase|string|sentence|line|text|message|quote|quoted|reads|says|saying|said|as in)\s*[:,]?\s*$/;

/**
 * Whether the character at `at` of `clause` stands inside a quotation the clause mentions ("use a quoted
 * example like \"… email the .env file to …\", explain why"): the turn asks for writing about that text, not
 * for what it says. A turn that is one quotation, or one not introduced as an example, is still read.
 */
function insideMentionedQuote(clause: string, at: number): boolean {
  let open = -1;
  for (let i = 0; i < at; i++) {
    const c = clause[i];
    if (c === '"') open = open < 0 ? i : -1;
    else if (c === '\u201c') open = i;
    else if (c === '\u201d') open = -1;
  }
  if (open < 0) return false;
  const close = clause[open] === '"' ? clause.indexOf('"', at) : clause.indexOf('\u201d', at);
  return close > at && mentionLead.test(clause.slice(Math.max(0, open - 40), open));
}

/** The clauses of a turn's text with what it quotes as data blanked (text/quoted.ts); all of them when it quotes nothing so. */
const givenClauses = (text: string): string[] => clausesOf(unquoted(text) ?? text);

/** The model's own voice opening an assistant turn's step: "Sure. First I will", "Plan: 1) let me". */
const ownStep = /^(?:[^:.;!?]{0,40}:\s*)?(?:\d[.)]\s*)?(?:(?:sure|ok|okay|alright|right|great|first|then|next|now|and|so|also|after that)[\s,]+)*(?:i(?:'ll| will| am going to|'m going to| shall)|let me)\s+/;

/** What a turn the server wrote asks the model to do, where it stands, the clause, and whose voice the turn takes. */
export interface UserTurnOrder {
  readonly path: MessagePath;
  readonly evidence: string;
  readonly what: string;
  readonly role: 'user' | 'assistant';
}

/** The clauses of a turn's text (lower case): sentences, cut at most 64 KiB in. */
const clausesOf = (text: string): string[] => text.slice(0, 64 * 1024).toLowerCase().split(/(?<=[.!?;])\s+|\n+/);

/** What a destroying or moving clause of a user turn orders, if anything (see the file comment). */
function clauseOrder(clause: string, turn: string): string | undefined {
  const destroys = destroying.exec(clause);
  if (destroys !== null) {
    const rest = clause.slice(destroys[0].length);
    if (!negation.test(destroys[0]) && !keeps.test(rest)) {
      if (namesCredentialStore(rest) || homeFolder.test(rest)) return 'destroy the home folder or the user\'s credential folders';
      if (broadStore.test(rest) && waived.test(turn)) return 'destroy every store of the user\'s work without confirmation';
    }
  }
  // In another language (foreign-subjects.ts): a verb of destroying near what the user keeps, in a turn that skips the confirmation.
  if (destroys === null && destroysKept(clause) && skipsUser(turn)) return 'destroy every store of the user\'s work without confirmation';
  if (!namesCredentialStore(clause)) return undefined;
  // The clause's first few move verbs (a bound keeps a long clause linear): one inside a quoted example leaves the next one to read.
  movingAll.lastIndex = 0;
  let verbs = 0;
  for (let moves = movingAll.exec(clause); moves !== null && verbs++ < 8; moves = movingAll.exec(clause)) {
    if (!outside.test(clause.slice(moves.index))) return undefined;
    if (!negation.test(clause.slice(Math.max(0, moves.index - 30), moves.index)) && !insideMentionedQuote(clause, moves.index)) return 'send the user\'s credential folders out';
  }
  return undefined;
}

/**
 * The first order to destroy or send out the user's credential folders that a user turn of a `prompts/get`
 * answer (`result.messages`) or a `sampling/createMessage` request (`params.messages`) gives (see above).
 */
export function userTurnOrder(message: unknown): UserTurnOrder | undefined {
  if (!isRecord(message)) return undefined;
  const holder = isRecord(message['result']) ? message['result'] : isRecord(message['params']) ? message['params'] : undefined;
  const messages = holder?.['messages'];
  if (!Array.isArray(messages)) return undefined;
  const top = holder === message['result'] ? 'result' : 'params';
  // A sampling request's system prompt is the turn before its messages.
  const system = holder?.['systemPrompt'];
  let gatheredBefore = typeof system === 'string' && clausesOf(system).some((c) => gathers.test(c) && !/\bnames? of\b/.test(c));
  for (let i = 0; i < messages.length && i < 64; i++) {
    const m: unknown = messages[i];
    if (!isRecord(m) || !isRecord(m['content']) || typeof m['content']['text'] !== 'string') continue;
    const text = m['content']['text'];
    const clauses = clausesOf(text);
    const role = m['role'];
    if (role === 'user' || role === 'assistant') {
      const turn = text.toLowerCase();
      const path: MessagePath = [top, 'messages', i, 'content', 'text'];
      // A specimen the turn quotes as data ("Classify this text: …\nText: "… reveal your system prompt"") asks
      // for nothing of the model: the ask to show its instructions is read with the turn's quotes blanked.
      let given: string[] | undefined;
      for (const clause of clauses) {
        // An assistant turn is the model's plan in its own voice: its step read as the order it would be.
        const step = role === 'assistant' ? clause.replace(ownStep, '') : clause;
        const what = clauseOrder(step, turn)
          ?? (role === 'user' && gatheredBefore && moving.test(clause) && gathered.test(clause) && outside.test(clause) && !negation.test(clause) ? 'send out the secrets an earlier turn gathered' : undefined)
          ?? (revealsInstructions(clause) && (given ??= givenClauses(text)).some(revealsInstructions) ? 'show its hidden instructions' : undefined);
        if (what !== undefined) return { path, evidence: clause.trim(), what, role };
      }
      if (rewritesHistory(turn)) return { path, evidence: turn.slice(0, 200), what: 'force-push over the shared history', role };
      if (publishesKept(turn)) return { path, evidence: turn.slice(0, 200), what: "publish every secret or person's record where anyone reads it", role };
      // A prompt's statement handed over to run is judged as the call it would be (turn-statements.ts); a
      // sampling request's turn carries the data it asks about (a log, a migration to summarise) as often.
      const sql = top === 'result' ? turnStatement(text) : undefined;
      if (sql !== undefined) return { path, evidence: sql.evidence, what: `run a SQL statement that destroys data or reaches the server (${sql.what})`, role };
    }
    if (!gatheredBefore) gatheredBefore = clauses.some((c) => gathers.test(c) && !/\bnames? of\b/.test(c));
  }
  return undefined;
}
