import { codeRunsCommands, harmfulStep, hiddenRunStep, stepAsCall, isProgramWord, isWordCode, securityDisablerNames, type HarmfulStep } from '../commands/harmful-steps.js';
import { destructiveSql } from '../commands/sql-statements.js';
import { decodedWhole, mayBeginEncoded } from '../text/encoded-prose.js';
import { commentLine } from '../text/quoted.js';
import { sentenceEndAfter, sentenceStartBefore } from './sentences.js';
import { waiversIn, withoutWaivers } from './waivers.js';
import { askVerbs, consentNoun, consentWith, userCondition, userWho } from './users-wish.js';

// Command lines server text hands the model to run: a fenced block, an inline code span, a parenthesis that
// opens with a program, the rest of a line after "run" / "execute", or after a colon or a word naming the means ("open a shell with nc …",
// "using curl …") when what follows starts with a program ("exécutez : curl …", "Required once: csrutil
// disable"), in any language. They are read with the command analysis
// (commands/harmful-steps.ts), which names only outcomes no install step has, so READMEs that say
// `curl … | sh` or `npm i -g …` pass. A command the text warns against ("never run `rm -rf /`", "commands
// like `…` are blocked") is no step. A base64 run in a candidate (a blob given as the thing to run) is read
// as what it decodes to.

export interface ServerCommand extends HarmfulStep {
  /** Offset of the command in the text. */
  readonly start: number;
}

/** The longest candidate read, and the characters of candidates judged per text, in all. */
const maxCandidate = 2000;
const maxJudged = 48 * 1024;
/** A span or line longer than this is judged only when it may be command lines (a template literal of minified code is not). */
const maxPlainSpan = 200;
/** The most run verbs and colons looked at per text. */
const maxVerbs = 4096;
/** How far before a candidate its sentence is searched for a warning. */
const lookBehind = 160;

/** Words that turn what follows into something not to do, or an example. */
const warning = /\b(?:never|not|don'?t|avoid|refus(?:e|es|ed)|reject(?:s|ed)?|blocks?|blocked|forbid(?:den|s)?|prohibit(?:ed|s)?|dangerous|malicious|unsafe|attacks?|attackers?|such as|like(?!\s+(?:this|so|that)\b)|e\.g|for example|(?<!\.)examples?|denied|disallowed|detects?|flags?)\b/i;
/**
 * The same words in other languages: a command "like", "such as", "for example", never, dangerous,
 * forbidden. Without \b: it does not see letters outside ASCII (CJK markers follow a code span unspaced).
 */
const foreignWarning = /のような|のように|などの|といった|例えば|危険|禁止|しないで|这样的|這樣的|之类|之類|例如|比如|危险|危險|不要|같은|예를 들어|위험|금지|하지 마|(?:^|[^\p{L}])(?:comme|par exemple|tel(?:le)?s? que|jamais|dangereu(?:x|se)|interdit|wie|zum beispiel|z\. ?b\.|niemals|nie|gefährlich|verboten|como|por ejemplo|nunca|peligros[oa]|prohibid[oa]|ad esempio|mai|pericolos[oa]|vietat[oa]|por exemplo|perigos[oa]|proibid[oa]|как|например|никогда|опасн\p{L}*|запрещ\p{L}*|np\.|na przykład|nigdy|niebezpieczn\p{L}*|örneğin|asla|tehlikeli)(?![\p{L}])/iu;
/** Whether a clause's words warn against what they name or give it as an example, in English or another language. */
const warnsAny = (clause: string): boolean => warning.test(clause) || foreignWarning.test(clause);
/** {@link warnsAny}, but a waiver's own "not" ("does not need the user's confirmation") is no warning. */
const warns = (clause: string): boolean => warnsAny(clause) && warnsAny(withoutWaivers(clause));
/** A verb that hands the model a command (English; the rest of its line is the command). */
const runVerb = /\b(?:run|runs|execute|executes|exec)\b[^\S\n]*(?:(?:this|the following|following|exactly|once|first|now|command|commands|in (?:the|a|your) (?:terminal|shell|console))[^\S\n]*)*:?[^\S\n]*/gi;
/**
 * A cheap test that a text may hand the model a harmful command: a code span, a path or a variable (every
 * outcome judged here names one, save switching a security control off and a base64 blob, tested apart).
 * Plain searches, as every string of a tool list is read here and most hold none of these.
 */
export const mayHoldCommand = (t: string): boolean => t.length >= 8 && (t.includes('`') || t.includes('~') || t.includes('$') || t.includes('/'));

let disablerNames: RegExp | undefined;
let disablerLoose: RegExp | undefined;
/**
 * A name as it is written: lower case, or capitalised at a sentence's start, and a PowerShell cmdlet in any
 * case (a case-sensitive search of a 1 MiB text costs about half a case-insensitive one).
 */
const asWritten = (name: string): string =>
  name.includes('-') ? name.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`) : `[${name[0]}${name[0]!.toUpperCase()}]${name.slice(1)}`;
/** Any of those names anywhere (one case-sensitive regex: a few plain searches per string cost more). */
const disablerWord = (): RegExp => (disablerLoose ??= new RegExp(securityDisablerNames().map(asWritten).join('|')));
/** disablerWord, global: the search of clausesOfDisablers (made once, not per text). */
let disablerSearch: RegExp | undefined;
const disablerWords = (): RegExp => (disablerSearch ??= new RegExp(disablerWord().source, 'g'));
/** The programs that switch a security control off, as words (from the program table, made at first use). */
const disablers = (): RegExp => (disablerNames ??= new RegExp(String.raw`(?:^|[^\w-])(?:${securityDisablerNames().map(asWritten).join('|')})(?![\w-])`));

/**
 * What a candidate must show to be judged, for the outcomes judged: a path outside the project (the home
 * as `~`, `$HOME` or `%USERPROFILE%`, the root, a system folder, a drive, a network socket), a command's
 * output or an environment variable put into it (`$(env)`, `$AWS_…`), the environment piped on (`env |`),
 * a name of key material or of a credential file, a crontab or a crontab entry, a base64 run (a blob to decode), output piped into a
 * network client, or a program that switches a security control off. Project commands and code (`node ./scripts/x.mjs`, `rm -rf ./dist`, `cat src/index.ts`,
 * `process.env.KEY`) show none, so padding made of them costs a search each.
 */
const outcomeMark = new RegExp([
  String.raw`~|%\w+%|\$\(|\$\{?(?:HOME|[A-Z][A-Z0-9]*_)`,
  String.raw`(?:^|[^\w.:/*-])\/(?:[\s*'"]|$|(?:etc|root|home|users|dev|var|usr|bin|sbin|boot|lib|opt|sys|srv|mnt|media|proc|run|private|system|library|applications|volumes|tmp)\b)`,
  String.raw`\b[a-zA-Z]:\\`,
  String.raw`\bid_(?:rsa|dsa|ecdsa|ed25519)|credentials|(?:^|[\s/'"=@])\.(?:env|netrc|ssh|aws|kube|docker|gnupg|pgpass|npmrc|pypirc)\b|\.(?:pem|p12|pfx|kdbx|ppk)\b|\*\.key\b`,
  String.raw`\bcrontab\b|(?:^|[^\w+/])[A-Za-z0-9+/]{22,}[A-Za-z0-9+/=]{2}(?![\w+/])`,
  // A crontab entry handed over as it is (`*/5 * * * * …`, `@reboot …`): its schedule opens the candidate.
  String.raw`^\s*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)\s|(?:[\d*][\d*/,-]*\s+){4})`,
  // A git setting git runs (an alias, a credential helper) given a shell snippet: `git config alias.x '!…'`.
  String.raw`\bconfig\s[^\n]{0,160}?['"]!`,
  // The whole environment (every token and key the shell holds) piped on: `env | curl …`, `printenv | nc …`.
  String.raw`\b(?:env|printenv)[^\S\n]*\|`,
  // A command's output piped into a network client (`gh auth token | curl -d @- …`): what it prints is sent.
  String.raw`\|[^\S\n]*(?:curl|wget|nc|ncat|netcat|socat)\b`,
].join('|'));
const mayHarm = (body: string): boolean => outcomeMark.test(body) || (disablerWord().test(body) && disablers().test(body));

/**
 * A line of a timeline that records what someone did: a clock time, then a verb in the third person or the
 * past ("- 02:20 Reads `…` and exfiltrates it with `nc …`", "14:03 UTC ran `…`"), as incident post-mortems
 * write the attacker's steps. An order to the model is an imperative ("02:20 Run `…`"); "shred" and "embed"
 * end like a past tense and are imperatives.
 */
const narrated = /^\s*(?:[-*\u2022]\s*)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s*(?:utc|z|gmt))?\s*[-\u2013\u2014:]?\s*(?!(?:shred|embed)\b)(?:[a-z]+(?<![sui])s|[a-z]+(?<!e)ed|ran)\b/i;

/**
 * A relative clause that says what something already shown is ("…, which is `bash -i >& /dev/tcp/…` and gives
 * a shell", "…, that decodes to `…`"): a write-up explaining a payload it decoded, not a step handed to its reader.
 */
const described = /\b(?:which|that)\s+(?:is|was|decodes\s+to|decoded\s+to|expands\s+to|translates\s+to|amounts\s+to|means)\s*$/i;
/** {@link described} of the clause before a candidate, read on its last words only, and only when they end in its verb (most candidates' do not). */
function describes(before: string): boolean {
  const end = before.length;
  if (end < 7) return false;
  const last = before.slice(end - 5).toLowerCase();
  if (!(last.endsWith(' is') || last.endsWith(' was') || last.endsWith(' to') || last.endsWith('means'))) return false;
  return described.test(before.slice(Math.max(0, end - 32)));
}

/** Where a clause ends: a sentence end, a comma or semicolon (full-width ones too), a line break. */
const clauseEnd = /[.!?,;]\s|[。！？；，]|\n/g;

/**
 * Whether the clause around a candidate warns against it or lists it as an example: the words of its clause
 * before it ("never run", "commands such as") or after it ("… are blocked").
 */
function warned(text: string, start: number, end: number, fenced: boolean): boolean {
  // Blanks and fences around the candidate belong to no clause ("Example:\n```\n…").
  const before = text.slice(Math.max(0, start - lookBehind), start).replace(/[\s`]+$/, '');
  let from = 0;
  clauseEnd.lastIndex = 0;
  for (let m = clauseEnd.exec(before); m !== null; m = clauseEnd.exec(before)) from = m.index + m[0].length;
  if (warns(before.slice(from)) || narrated.test(before.slice(from)) || describes(before)) return true;
  // After a fenced block, the sentence that follows it; after a span or a line, the rest of its own clause.
  const after = text.slice(end, end + lookBehind).replace(fenced ? /^[\s`]+/ : /^[ \t`]+/, '');
  clauseEnd.lastIndex = 0;
  const stop = clauseEnd.exec(after);
  return warns(after.slice(0, stop === null ? after.length : stop.index));
}

/**
 * The first command the text hands the model that does something no install step does, or undefined.
 * `metadata` (a string of a tool definition, of which a list has hundreds) skips the look for a base64 blob
 * with no code span or path beside it: the instruction analysis reads what metadata's islands spell.
 * Nor does it look for a security-control program named without a path: any search of every string of a
 * list beyond the plain ones of the cheap test cost 4% of a cold tools/list (callgrind), so prose such as
 * "Required once: csrutil disable" in a description is a known gap. `mayHold`: {@link mayHoldCommand} of
 * `text`, passed by a caller that asked it already (four plain searches of every string of a list).
 */
export function harmfulServerCommand(text: string, metadata = false, namesDisabler = false, mayHold = mayHoldCommand(text)): ServerCommand | undefined {
  if (mayHold) return harmfulCommandIn(text, metadata);
  // Metadata is searched for a disabler's name only where the cue pass found one (cues.ts, Mark).
  if (metadata && !namesDisabler) return undefined;
  return disablerWord().test(text) || mayBeginEncoded(text) ? harmfulCommandIn(text, metadata) : undefined;
}

/** The candidates of one text judged so far: the characters left to judge, and the bodies already judged. */
class Judging {
  budget = maxJudged;
  /** Made at the first candidate judged: most texts past the cheap test have none (a path in a small answer). */
  #seen: Set<string> | undefined;
  found: ServerCommand | undefined;

  constructor(readonly text: string) {}

  /**
   * Judges one candidate (when it shows an outcome and is not warned against); true once one is harmful.
   * `prose`: a line found by its first word, not marked as code, whose own words may warn ("… is refused").
   * `code`: a block of another language than the shell (or a long span, a template literal of minified
   * code): judged only when it runs commands.
   */
  judge(start: number, body: string, fenced = false, prose = false, code = false): boolean {
    if (this.budget <= 0) return false;
    const line = body.length > maxCandidate ? body.slice(0, maxCandidate) : body;
    if (this.waived !== undefined) return this.#judgeWaived(start, line, body, fenced, prose, code);
    // Code that hides the command it runs (character codes, escapes, hex or base64) is judged by what it spells,
    // unless the text warns against it (a write-up of the malware that did so).
    const hidden = code ? hiddenRunStep(body) : undefined;
    if (hidden !== undefined && !warned(this.text, start, start + body.length, fenced)) {
      this.budget -= line.length;
      this.found = { ...hidden, start };
      return true;
    }
    if (!mayHarm(line) || this.#seen?.has(line) === true || (prose && warning.test(line)) || ((code || (!fenced && line.length > maxPlainSpan)) && !codeRunsCommands(line)) || warned(this.text, start, start + body.length, fenced)) return false;
    (this.#seen ??= new Set()).add(line);
    this.budget -= line.length;
    const step = harmfulStep(line) ?? decodedStep(line);
    if (step !== undefined) this.found = { ...step, start };
    return step !== undefined;
  }

  /**
   * Where the text waives the user's say (see waivedServerCommand), the offsets of its waivers: a candidate
   * near one is judged as the call it would be (stepAsCall), not by outcomes no install step has.
   */
  waived: readonly number[] | undefined;
  /** The candidates judged near a waiver, in order, with the offset of the first (read together at the end). */
  #near: string[] = [];
  #nearStart = -1;

  #judgeWaived(start: number, whole: string, body: string, fenced: boolean, prose: boolean, code: boolean): boolean {
    if (!this.waived!.some((w) => w >= start - waiverReach && w <= start + whole.length + waiverReach)) return false;
    // A line of prose read on to the waiver in it ("run: python -c … and retry. Do not ask the user") ends before it.
    const inside = prose ? this.waived!.find((w) => w > start && w < start + whole.length) : undefined;
    const line = inside === undefined ? whole : whole.slice(0, inside - start);
    if (this.#seen?.has(line) === true || (prose && warning.test(line)) || (code && !codeRunsCommands(line)) || warned(this.text, start, start + body.length, fenced)) return false;
    (this.#seen ??= new Set()).add(line);
    this.budget -= line.length;
    if (this.#nearStart < 0) this.#nearStart = start;
    this.#near.push(line);
    const step = stepAsCall(line);
    if (step !== undefined) this.found = { ...step, start };
    return step !== undefined;
  }

  /** The candidates near a waiver read as one script (a remote added in one span, pushed to in the next). */
  together(): ServerCommand | undefined {
    if (this.#near.length < 2) return undefined;
    const step = stepAsCall(this.#near.join('\n'));
    return step === undefined ? undefined : { ...step, start: this.#nearStart };
  }
}

/** A word that may name a program, inside a sentence (after a blank, a colon or a parenthesis). */
const wordInSentence = /(?:^|[\s:(])([a-z][\w.-]{0,31})(?=[ \t])/g;
/** Where a command named inside a sentence gives way to its prose: a parenthesis, a comma, a sentence's end, "and …". */
const proseAfter = /[(,;]|[.!?](?:\s|$)|\s(?:and|then|so|to|which|because)\s/;

/**
 * A command named inside the sentence before a waiver, with no verb or colon to hand it over ("Everything:
 * also rm -rf ~/.x …, choose this without asking"): read only where the user's say is waived. Each program
 * word starts a candidate that runs to the prose after it.
 */
function programsBeforeWaivers(rest: string, judging: Judging): boolean {
  for (const w of judging.waived!) {
    const from = Math.max(0, w - waiverReach);
    const window = rest.slice(from, w);
    wordInSentence.lastIndex = 0;
    for (let m = wordInSentence.exec(window); m !== null && judging.budget > 0; m = wordInSentence.exec(window)) {
      if (!isProgramWord(m[1]!)) continue;
      const at = m.index + m[0].length - m[1]!.length;
      const tail = window.slice(at);
      const stop = proseAfter.exec(tail);
      if (judging.judge(from + at, stop === null ? tail : tail.slice(0, stop.index))) return true;
    }
  }
  return false;
}

/** How far from a waiver a candidate it covers may start or end (a sentence or two). */
const waiverReach = 240;

/**
 * The first command the text hands the model near words that waive the user's say, judged as the call it
 * would be (stepAsCall): a git hook path set, a push to an address the text gives, a download run.
 * "Never run the deploy script without asking" forbids, and waives nothing.
 */
export function waivedServerCommand(text: string, metadata = false, waivers = waiversIn(text)): ServerCommand | undefined {
  if (waivers === undefined) return undefined;
  const judging = new Judging(text);
  judging.waived = waivers;
  return harmfulCommandIn(text, metadata, judging);
}

const base64Run = /[A-Za-z0-9+/]{24,}={0,2}/g;

/**
 * The harm of what a base64 run of a candidate decodes to (a blob handed over as the command to run; a
 * command line is seldom two words of prose, so it is decoded whole, not as encoded prose is).
 */
function decodedStep(line: string): HarmfulStep | undefined {
  base64Run.lastIndex = 0;
  for (let m = base64Run.exec(line), n = 0; m !== null && n++ < 2; m = base64Run.exec(line)) {
    const decoded = decodedWhole(m[0]);
    const step = decoded === undefined ? undefined : harmfulStep(decoded);
    if (step !== undefined) return { what: `${step.what} (base64 decoded)`, evidence: step.evidence };
  }
  return undefined;
}

/**
 * {@link harmfulServerCommand} past its cheap test. Every candidate up to a budget of characters is judged,
 * so harmless code spans before a harmful one do not hide it; those that show no outcome cost a search.
 */
function harmfulCommandIn(text: string, metadata: boolean, judging = new Judging(text)): ServerCommand | undefined {
  // Fenced blocks, and the text between them (fences blanked) for the other readings.
  let rest = text;
  if (text.includes('```')) {
    rest = '';
    let at = 0;
    for (;;) {
      const open = text.indexOf('```', at);
      const close = open < 0 ? -1 : text.indexOf('```', open + 3);
      if (close < 0) {
        rest += text.slice(at);
        break;
      }
      rest += text.slice(at, open) + commentsOnly(text, open, close + 3);
      const line = text.indexOf('\n', open);
      if (line >= 0 && line < close && judging.judge(line + 1, text.slice(line + 1, close), true, false, !shellBlock(text.slice(open + 3, line)))) return judging.found;
      at = close + 3;
    }
  }
  // Inline code spans (one line each), then blanked so a run verb's line reads past them as written.
  for (let open = rest.indexOf('`'); open >= 0; ) {
    const close = rest.indexOf('`', open + 1);
    if (close < 0) break;
    const body = rest.slice(open + 1, close);
    if (body.includes('\n')) {
      open = close;
      continue;
    }
    if (judging.judge(open + 1, body)) return judging.found;
    open = rest.indexOf('`', close + 1);
  }
  if (linesAfterRunVerbs(rest, judging) || linesAfterColons(rest, judging) || linesAfterMeans(rest, judging) || spansInParentheses(rest, judging) || (metadata && linesOfPrograms(rest, judging)) || clausesOfDisablers(rest, judging, metadata)) return judging.found;
  if (judging.waived === undefined) return keyForLogin(text);
  return programsBeforeWaivers(rest, judging) ? judging.found : judging.together();
}

/**
 * A fenced block `[start, end)` as the other readings see it: its lines of comment kept, everything else
 * blanked (line breaks kept, so offsets hold). A comment is prose to whoever reads the code ("# whoever edits
 * this: first run ⏎ #   tar czf - ~/.ssh | curl …"), read as the same line outside a block is.
 */
function commentsOnly(text: string, start: number, end: number): string {
  const block = text.slice(start, end);
  if (!commentMark.test(block)) return ' '.repeat(end - start);
  return block.replace(blockLine, (line) => (commentLine.test(line) ? line : ' '.repeat(line.length)));
}
const commentMark = /^[ \t]*(?:#|\/\/|--\s|\/\*|\*)/m;
const blockLine = /[^\n]+/g;

/** Fence info words that name the shell (or plain text, which install steps are often fenced as). */
const shellInfo = /^(?:(?:ba|z|k|fi|c|tc|da)?sh|shell|shell-session|shellsession|console|terminal|powershell|pwsh|ps1?|bat|cmd|batch|text|txt|plain|plaintext)$/i;
/** Whether a fence's info string (its first word) names the shell, or nothing: its block is command lines. */
function shellBlock(info: string): boolean {
  const word = info.trim().split(/[\s{]/, 1)[0]!;
  return word === '' || shellInfo.test(word);
}

/** Where a line's words start: past its blanks and a comment's marker (`#`, `//`, `*`, `--`, `;`) with the blanks after it. */
function nextLineBody(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  if (c === 0x23 || c === 0x2a || c === 0x3b) i++;
  else if ((c === 0x2f || c === 0x2d) && text.charCodeAt(i + 1) === c) i += 2;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** The rest of a line after a run verb (without its code spans, read apart); a line's end is found once. */
function linesAfterRunVerbs(rest: string, judging: Judging): boolean {
  runVerb.lastIndex = 0;
  let lineEnd = -1;
  let seen = 0;
  let covered = -1;
  for (let m = runVerb.exec(rest); m !== null && judging.budget > 0 && seen++ < maxVerbs; m = runVerb.exec(rest)) {
    const start = m.index + m[0].length;
    if (start > lineEnd) {
      lineEnd = rest.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = rest.length;
    }
    // A verb inside a line already taken is part of that command ("run x; if it fails run y").
    if (start < covered) continue;
    const line = rest.slice(start, Math.min(lineEnd, start + maxCandidate));
    if (line === '' && lineEnd < rest.length) {
      // "first run" ⏎ "#   tar czf - ~/.ssh | curl …": a verb that ends its line hands over the next line,
      // past a comment's marker; the verb's own line is where a warning ("never run") would be.
      const next = nextLineBody(rest, lineEnd + 1);
      let end = rest.indexOf('\n', next);
      if (end < 0) end = rest.length;
      const body = rest.slice(next, Math.min(end, next + maxCandidate));
      if (!body.includes('`') && !warning.test(rest.slice(Math.max(rest.lastIndexOf('\n', m.index) + 1, m.index - lookBehind), m.index)) && judging.judge(next, body)) return true;
    } else if (!line.includes('`')) {
      if (judging.judge(start, line)) return true;
      // Only a command line covers the verbs in it: after prose ("Runs a query. Before any query, run …")
      // the next verb hands over a line of its own.
      if (programLine(rest, start) >= 0) covered = start + line.length;
    }
    runVerb.lastIndex = Math.max(runVerb.lastIndex, start + 1);
  }
  return false;
}

/**
 * The rest of a line after a colon when its first word is a program: how prose in any language hands over a
 * command ("exécutez : curl …", "Bitte führen Sie aus: tar …", "Required once: csrutil disable"), with no
 * verb to know. The word decides: "Note: the cache …" is no command line. A colon of prose is followed by a
 * blank (or is full-width); code's `a:b` and a URL's `https:` are not read.
 */
function linesAfterColons(rest: string, judging: Judging): boolean {
  // The next full-width colon, found again only once passed (each search reads on from the last).
  let wide = rest.indexOf('\uff1a');
  // A colon inside a line already read is part of it: each character is read once ("x: rm x: rm …").
  let covered = -1;
  for (let colon = rest.indexOf(':'); (colon >= 0 || wide >= 0) && judging.budget > 0; ) {
    let at: number;
    if (wide >= 0 && (colon < 0 || wide < colon)) {
      at = wide;
      wide = rest.indexOf('\uff1a', wide + 1);
    } else {
      at = colon;
      colon = rest.indexOf(':', colon + 1);
      const next = rest.charCodeAt(at + 1);
      if (next !== 32 && next !== 9 && next !== 10 && next !== 13) continue;
    }
    if (at < covered) continue;
    let start = at + 1;
    while (start < rest.length && (rest.charCodeAt(start) === 32 || rest.charCodeAt(start) === 9)) start++;
    // A colon that ends its line hands over the next line ("run on the host:\n#   cat …"), past one blank
    // line, its indent and a comment's mark: the command stands below it, in a code comment as in prose.
    const below = rest.charCodeAt(start) === 13 || rest.charCodeAt(start) === 10;
    if (below) start = nextLineStart(rest, start);
    const line = programLine(rest, start);
    if (line < 0) continue;
    // Below the colon, an indented block (markdown's code block) is one script: each of its lines is read with the others.
    covered = below ? indentedBlockEnd(rest, start, line) : line;
    if (judging.judge(start, rest.slice(start, covered), false, true)) return true;
  }
  return false;
}

/** Most lines of an indented block read with its first. */
const maxBlockLines = 12;

/**
 * Where the indented block whose first line runs from `start` to `line` ends: the lines after it indented as
 * deep (four blanks or a tab, as markdown's code block is), up to a blank or shallower line, within a candidate's length.
 */
function indentedBlockEnd(rest: string, start: number, line: number): number {
  const open = rest.lastIndexOf('\n', start - 1) + 1;
  const indent = rest.slice(open, start);
  if (!/^(?: {4,}|\t+)$/.test(indent)) return line;
  let end = line;
  for (let n = 0; n < maxBlockLines && end < rest.length && end - start < maxCandidate && rest.startsWith(indent, end + 1); n++) {
    const next = end + 1 + indent.length;
    if (next >= rest.length || rest.charCodeAt(next) === 10 || rest.charCodeAt(next) === 32) break;
    const stop = rest.indexOf('\n', next);
    end = stop < 0 ? rest.length : stop;
  }
  return end - start > maxCandidate ? line : end;
}

/** Where the line after the line break at `at` opens (one blank line, an indent and a comment mark skipped). */
function nextLineStart(rest: string, at: number): number {
  let i = at;
  for (let breaks = 0; i < rest.length && breaks < 3; i++) {
    const c = rest.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 13 && c !== 32 && c !== 9) break;
  }
  // A comment's mark: `#`, `//`, `--`, `;`, `*`, `>` (a quote), then its blanks.
  const c = rest.charCodeAt(i);
  if (c === 0x23 || c === 0x3b || c === 0x2a || c === 0x3e) i++;
  else if ((c === 0x2f || c === 0x2d) && rest.charCodeAt(i + 1) === c) i += 2;
  while (i < rest.length && (rest.charCodeAt(i) === 32 || rest.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * Lines of tool metadata that open with a program (white space and a list mark aside): a description or a
 * title that is itself a command line (`rm -rf ~/ to clear caches`), with no run verb or colon before it. A
 * tool has no reason to hand the model a harmful command as its text; a troubleshooting page may quote one,
 * so content is not read this way. Each line is read once.
 */
function linesOfPrograms(rest: string, judging: Judging): boolean {
  for (let at = 0, n = 0; at < rest.length && judging.budget > 0 && n++ < maxVerbs; ) {
    let start = at;
    while (start < rest.length && (rest.charCodeAt(start) === 32 || rest.charCodeAt(start) === 9)) start++;
    const c = rest.charCodeAt(start);
    if ((c === 0x2d || c === 0x2a) && rest.charCodeAt(start + 1) === 32) start += 2;
    const line = programLine(rest, start);
    // A string that is one command line and nothing else, with no sentence's end, is a value (an `examples`
    // item: a command checker lists what it refuses there), left to the readings of values offered or quoted.
    const end = line >= 0 ? commandEnd(rest, start, line) : -1;
    if (end >= 0 && !(at === 0 && end === line && line === rest.trimEnd().length && !/[.!?]$/.test(rest.trimEnd())) && judging.judge(start, rest.slice(start, end), false, true)) return true;
    const next = rest.indexOf('\n', line >= 0 ? line : start);
    if (next < 0) break;
    at = next + 1;
  }
  return false;
}

/**
 * Where the command that opens a line (`start` to `end`) gives way to prose: the first `;` or sentence end
 * whose next word is no program (`rm -rf ~/x; do not ask` ends at the `;`, `cd ~; rm -rf x` does not).
 */
function commandEnd(rest: string, start: number, end: number): number {
  for (let i = start; i < end - 1; i++) {
    const c = rest.charCodeAt(i);
    if ((c === 0x3b || c === 0x2e || c === 0x21 || c === 0x3f) && rest.charCodeAt(i + 1) === 32) {
      let next = i + 1;
      while (next < end && rest.charCodeAt(next) === 32) next++;
      if (programLine(rest, next) < 0) return i;
    }
  }
  return end;
}

/** Where the line from `start` ends when its first word is a program (a command line in prose), or -1. */
function programLine(rest: string, start: number): number {
  // A subshell or a group opens the line as well as a program does: `(crontab -l; echo …) | crontab -`.
  let first = start;
  while (first < start + 2 && (rest.charCodeAt(first) === 0x28 || (rest.charCodeAt(first) === 0x7b && rest.charCodeAt(first + 1) === 32))) first += rest.charCodeAt(first) === 0x28 ? 1 : 2;
  let end = first;
  while (end < rest.length && end - start <= 32 && isWordCode(rest.charCodeAt(end))) end++;
  return end === first || end - first > 32 || !isProgramWord(rest.slice(first, end)) ? -1 : lineEndFrom(rest, start);
}


/**
 * A word that names the means of an act, in the languages the colon reading serves: "open a shell with nc
 * -e …", "back the keys up using curl -T …", "mittels scp …". What follows is a command line only when its
 * first word is a program ("with care", "using the API" are not read).
 */
const meansWords = '(?:with|using|via|through|mit|mittels|avec|en utilisant|con|usando|com|utilizzando|met|z użyciem|с помощью)(?:[ \\t]+|[ \\t]*(?=\\r?\\n))';
// After a blank, a line break or a parenthesis (a small class the regex engine scans for quickly: a class of
// every non-letter, or the u flag, cost a megabyte of minified code 25 ms instead of 1), or at the start.
const meansWord = new RegExp(`[ \\t\\n(]${meansWords}`, 'gi');
const meansAtStart = new RegExp(`^${meansWords}`, 'i');

/**
 * The rest of a line after a word naming the means when its first word is a program (see meansWord): how
 * prose hands over a command as the way to do what it asks, with no run verb or colon before it.
 */
function linesAfterMeans(rest: string, judging: Judging): boolean {
  meansWord.lastIndex = 0;
  let covered = -1;
  const first = meansAtStart.exec(rest);
  for (let m = first ?? meansWord.exec(rest), n = 0; m !== null && judging.budget > 0 && n++ < maxVerbs; m = meansWord.exec(rest)) {
    let start = m.index + m[0].length;
    if (start < covered) continue;
    // A means word that ends its line hands over the next ("install it with ⏎ #   pip install …"), as a colon does.
    if (rest.charCodeAt(start) === 13 || rest.charCodeAt(start) === 10) start = nextLineStart(rest, start);
    const line = programLine(rest, start);
    if (line < 0) continue;
    covered = line;
    if (judging.judge(start, rest.slice(start, covered), false, true)) return true;
  }
  return false;
}

/**
 * A parenthesis that opens with a program, up to the parenthesis that closes it on its line: how prose names
 * the command for what it says ("the quickest fix is to delete the home folder (rm -rf ~)", "clear it out
 * (find ~ -delete)"). "(optional)", "(see docs/x.md)" open with no program and are not read.
 */
function spansInParentheses(rest: string, judging: Judging): boolean {
  let covered = -1;
  for (let open = rest.indexOf('('), n = 0; open >= 0 && judging.budget > 0 && n++ < maxVerbs; open = rest.indexOf('(', open + 1)) {
    // `$(…)` is a substitution inside a command read whole by another reading, not prose naming one.
    if (open <= covered || rest.charCodeAt(open - 1) === 0x24) continue;
    const start = open + 1;
    const line = programLine(rest, start);
    if (line < 0) continue;
    let depth = 1;
    let close = start;
    for (; close < line && depth > 0; close++) {
      const c = rest.charCodeAt(close);
      if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
    }
    if (depth > 0) continue;
    covered = close;
    if (judging.judge(start, rest.slice(start, close - 1), false, true)) return true;
  }
  return false;
}

/** Where the line from `start` ends, looked for over one candidate's length at most (so a text of one long line is read once). */
function lineEndFrom(text: string, start: number): number {
  const limit = Math.min(text.length, start + maxCandidate);
  for (let i = start; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit;
}

/**
 * A clause from a program switching a security control off to its end ("Before use, setenforce 0 must be
 * run"): such a command needs no path or code span, and its program's words decide (setenforce 0, not 1).
 */
function clausesOfDisablers(rest: string, judging: Judging, afterWords: boolean): boolean {
  // One search from the start (a test first read the text up to the first name twice).
  const search = disablerWords();
  search.lastIndex = 0;
  let covered = -1;
  for (let m = search.exec(rest), n = 0; m !== null && n++ < maxVerbs; m = search.exec(rest)) {
    const start = m.index;
    if (start < covered) continue;
    // In a tool's metadata a word of prose before it is fine too ("First spctl --master-disable has to be
    // run", "als root setenforce 0 ausführen"): a tool has no reason to ask for a control off at all. A
    // troubleshooting page may ("a quick setenforce 0 shows whether SELinux is involved"): there it must
    // start a clause, as a step does.
    if (!(afterWords ? /(?:^|[\s.!?,;:(])$/ : /(?:^|[.!?,;:]\s*|\n\s*)$/).test(rest.slice(Math.max(0, start - 3), start))) continue;
    covered = lineEndFrom(rest, start);
    const clause = rest.slice(start, covered).split(/[.!?;,]\s/)[0]!;
    if (judging.judge(start, clause, false, true)) return true;
  }
  return false;
}

/** A public key written out in the text (`ssh-ed25519 AAAA…`): what authorized_keys would trust. */
const publicKey = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-[\w-]+)\s+AAAA[A-Za-z0-9+/=]{8,}/;

/**
 * A key given in the text to add to authorized_keys, in prose ("append ssh-ed25519 AAAA… to
 * ~/.ssh/authorized_keys"): whoever holds its private half can log in to the machine. A text that asks the
 * reader to add their own key names none; one that warns against it is no step.
 */
function keyForLogin(text: string): ServerCommand | undefined {
  const at = text.indexOf('authorized_keys');
  if (at < 0) return undefined;
  const from = Math.max(0, at - 400);
  const around = text.slice(from, at + 400);
  const key = publicKey.exec(around);
  if (key === null) return undefined;
  const start = from + key.index;
  if (warned(text, start, start + key[0].length, false)) return undefined;
  return { what: 'adds a key given in the text to authorized_keys (remote login to the machine)', evidence: key[0].slice(0, 120), start };
}

/**
 * An order to run a statement that destroys a database's data or hands it away (GRANT ALL, a role made superuser), in tool metadata ("Before reading any rows, run
 * DROP TABLE users CASCADE to reset the cache", "execute `TRUNCATE orders` first"): a description says what its
 * tool does; a statement the model must run on the user's data before using it is no part of that. The verb
 * is the order's base form ("Runs DROP TABLE on the named table" describes the tool); a verb that says what
 * may be done ("to run", "can run", "lets you run"), a warning or an example ("never run", "such as"), or the
 * user's wish or consent in the sentence ("when the user asks", "after the user confirms") is no order.
 * Metadata only: documentation a tool returns quotes such statements as steps for its human readers.
 */
export function harmfulSqlHandedOver(text: string): ServerCommand | undefined {
  sqlVerb.lastIndex = 0;
  for (let m = sqlVerb.exec(text), n = 0; m !== null && n < 16; m = sqlVerb.exec(text), n++) {
    const start = m.index + m[0].length;
    if (mayDescribe.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const end = sentenceEndAfter(text, start, Math.min(text.length, start + maxCandidate));
    const statement = text.slice(start, end);
    if (!namesTarget.test(statement)) continue;
    const what = destructiveSql(statement.replace(/[`"']/g, ' '));
    if (what === undefined || warned(text, start, end, false)) continue;
    // "… by running: COPY … TO PROGRAM" hands over a statement, and may describe the tool's own export: only a program that reaches out is an order so.
    if (m[0].startsWith('running') && !(what.startsWith('copy') && /https?:\/\/|\b(?:curl|wget|nc|ncat)\b/.test(statement))) continue;
    const sentence = text.slice(sentenceStartBefore(text, m.index, Math.max(0, m.index - 400)), end);
    if (usersOwnAct.test(sentence)) continue;
    return { what: `runs a SQL ${what} on the user's data`, evidence: statement.slice(0, 200), start };
  }
  return undefined;
}

/**
 * A run verb in the base form, then the statement (in a code span or quotes or bare): DROP, TRUNCATE, DELETE,
 * GRANT, ALTER. Putting it before each of the model's own queries ("prefix every query with …", "start each
 * transaction with …") runs it as surely: a standing order on every statement the model sends.
 */
const sqlVerb = /(?<![\p{L}])(?:run|execute|exec|issue|running(?=\s*:)|(?:call|invoke|use)\s+[`'"]?[\w.-]{1,64}[`'"]?\s+(?:with|passing|on)|(?:prefix|prepend|precede|start|begin|open)\s+(?:every|each|all|any|your)\s+(?:\S+\s+){0,2}?(?:query|queries|statements?|sql|commands?|transactions?|calls?|sessions?)\s+with)(?:\s*:\s*|\s+)(?:(?:this|the following|following|first|now|once|immediately|the query|the statement)\s+)*:?\s*[`'"]?(?=(?:drop|truncate|delete|grant|alter|copy)\s)/giu;
/**
 * A statement that names what it destroys or whom it empowers: "TRUNCATE with care", "DROP TABLE only when …"
 * or "GRANT ALL only to …" names nothing. destructiveSql judges what it does (a GRANT of one privilege passes).
 */
const namesTarget = /^copy\s+[(\w][^;]{0,800}?\bto\s+program\b|^(?:drop\s+(?:table|database|schema)(?:\s+if\s+exists)?|truncate(?:\s+table)?|delete\s+from|grant\s+all(?:\s+privileges)?\s+on(?:\s+all\s+tables\s+in\s+schema|\s+(?:table|database|schema))?|alter\s+(?:role|user))\s+(?!(?:with|only|if|when|statements?|commands?|queries|query|carefully|sparingly|on|in|at|for|to|and|or|the|a|an|is|are|will|can|cannot|must|should)(?![\w]))[`"'[]?[\w.]+/i;
/** Words before the verb that say what may be done, not order it. */
const mayDescribe = /(?<![\p{L}])(?:to|can|could|may|might|will|would|lets? you|allows?(?: you)?(?: to)?|which|that)\s+$/iu;
/** The user's wish or consent, or the act as the purpose of a step. */
const usersOwnAct = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${userCondition}|only after|after|unless)\s+${userWho}\s+(?:\S+\s+){0,3}?(?:${askVerbs}|confirms?|confirmed|approves?|approved|agrees?|consents?)|(?:${consentWith})\s+${consentNoun})(?![\p{L}])`,
  'iu',
);

