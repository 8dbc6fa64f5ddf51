import { harmfulStep, type HarmfulStep } from '../commands/harmful-steps.js';

// Command lines server text hands the model to run: a fenced block, an inline code span, or the rest of a
// line after "run" / "execute" (a tool description's "before the first call, run: …", a result's "Fix: run
// `…`", a README's install block). They are read with the command analysis (commands/harmful-steps.ts),
// which names only outcomes no install step has, so READMEs that say `curl … | sh` or `npm i -g …` pass.
// A command the text warns against ("never run `rm -rf /`", "commands like `…` are blocked") is no step.

export interface ServerCommand extends HarmfulStep {
  /** Offset of the command in the text. */
  readonly start: number;
}

/** The most candidates read per text, and the longest one. */
const maxCandidates = 24;
const maxCandidate = 2000;
/** The most run verbs looked at per text. */
const maxVerbs = 256;
/** How far before a candidate its sentence is searched for a warning. */
const lookBehind = 160;

/** Words that turn what follows into something not to do, or an example. */
const warning = /\b(?:never|not|don'?t|avoid|refuses?|rejects?|blocks?|blocked|forbid(?:den|s)?|prohibit(?:ed|s)?|dangerous|malicious|unsafe|attacks?|attackers?|such as|like(?!\s+(?:this|so|that)\b)|e\.g|for example|examples?|denied|disallowed|detects?|flags?)\b/i;
/** A verb that hands the model a command (English; the rest of its line is the command). */
const runVerb = /\b(?:run|execute|exec)\b[^\S\n]*(?:(?:this|the following|following|exactly|once|first|now|command|commands|in (?:the|a|your) (?:terminal|shell|console))[^\S\n]*)*:?[^\S\n]*/gi;
/**
 * A cheap test that a text may hand the model a harmful command: a code span, or a path or variable (every
 * outcome judged here names one, save switching a security control off). Plain searches, as every string of
 * a tool list is read here and most hold none of these.
 */
const mayHold = (t: string): boolean => t.length >= 8 && (t.includes('`') || t.includes('~') || t.includes('$') || t.includes('/'));
/** Programs that switch a security control off with no path (read in server content, not in every metadata string). */
const disabler = /\b(?:setenforce|csrutil|spctl|ufw|auditctl|systemctl)\b|mppreference/i;

/**
 * What every harmful outcome's command line shows: a path, a variable, an escape, or one of the programs
 * that switch a security control off (which need no path). Prose after "run" ("run a query") shows none.
 */
const mayHarm = /[~/$\\%]|\b(?:setenforce|csrutil|spctl|ufw|auditctl|systemctl)\b|mppreference/i;

/** Where a clause ends: a sentence end, a comma or semicolon, a line break. */
const clauseEnd = /[.!?,;]\s|\n/g;

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
  if (warning.test(before.slice(from))) return true;
  // After a fenced block, the sentence that follows it; after a span or a line, the rest of its own clause.
  const after = text.slice(end, end + lookBehind).replace(fenced ? /^[\s`]+/ : /^[ \t`]+/, '');
  clauseEnd.lastIndex = 0;
  const stop = clauseEnd.exec(after);
  return warning.test(after.slice(0, stop === null ? after.length : stop.index));
}

/**
 * The first command the text hands the model that does something no install step does, or undefined.
 * `metadata` (a string of a tool definition) skips the look for security controls named without a path.
 */
export function harmfulServerCommand(text: string, metadata = false): ServerCommand | undefined {
  if (!mayHold(text) && (metadata || !disabler.test(text))) return undefined;
  return harmfulCommandIn(text);
}

/**
 * {@link harmfulServerCommand} past its cheap test. Apart from it: the candidates' closure makes this
 * function's variables a context object at every call, and most texts (every string of a tool list) stop
 * at the test.
 */
function harmfulCommandIn(text: string): ServerCommand | undefined {
  const candidates: { start: number; text: string }[] = [];
  const add = (start: number, body: string, fenced = false): void => {
    if (candidates.length < maxCandidates && mayHarm.test(body) && !warned(text, start, start + body.length, fenced)) candidates.push({ start, text: body.slice(0, maxCandidate) });
  };
  // Fenced blocks, and the text between them for the other two readings.
  let rest = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('```', at);
    const close = open < 0 ? -1 : text.indexOf('```', open + 3);
    if (close < 0) {
      rest += text.slice(at);
      break;
    }
    rest += text.slice(at, open) + ' '.repeat(close + 3 - open);
    const line = text.indexOf('\n', open);
    if (line >= 0 && line < close) add(line + 1, text.slice(line + 1, close), true);
    at = close + 3;
  }
  // Inline code spans (one line each), then blanked so a run verb's line reads past them as written.
  for (let open = rest.indexOf('`'); open >= 0 && candidates.length < maxCandidates; ) {
    const close = rest.indexOf('`', open + 1);
    if (close < 0) break;
    const body = rest.slice(open + 1, close);
    if (body.includes('\n')) {
      open = close;
      continue;
    }
    add(open + 1, body);
    open = rest.indexOf('`', close + 1);
  }
  // The rest of a line after a run verb (without its code spans, read above); a line's end is found once.
  runVerb.lastIndex = 0;
  let lineEnd = -1;
  let seen = 0;
  let covered = -1;
  for (let m = runVerb.exec(rest); m !== null && candidates.length < maxCandidates && seen++ < maxVerbs; m = runVerb.exec(rest)) {
    const start = m.index + m[0].length;
    if (start > lineEnd) {
      lineEnd = rest.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = rest.length;
    }
    // A verb inside a line already taken is part of that command ("run x; if it fails run y").
    if (start < covered) continue;
    const line = rest.slice(start, Math.min(lineEnd, start + maxCandidate));
    const before = candidates.length;
    if (!line.includes('`')) add(start, line);
    if (candidates.length > before) covered = start + line.length;
    runVerb.lastIndex = Math.max(runVerb.lastIndex, start + 1);
  }
  for (const c of candidates) {
    const step = harmfulStep(c.text);
    if (step !== undefined) return { ...step, start: c.start };
  }
  return undefined;
}
