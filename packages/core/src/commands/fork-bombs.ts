// A fork bomb: a shell function that starts itself twice (`:(){ :|:& };:`, any name), or once in the
// background inside an endless loop, with no test that ever stops it, then called; and an interpreter's
// `fork while fork` or a fork in an endless loop. Each copy starts two more until the process table is full
// and the machine stops answering. A recursive function with a base case (an `if`, a test, `&&`, `||`, a
// `return`) is ordinary; so is a function that calls other programs.

const definition = /(?:^|[\s;&|(){}])(?:function\s+([^\s(){};&|]+)\s*(?:\(\s*\))?|([^\s(){};&|]+)\s*\(\s*\))\s*\{/g;
/** What a body that stops itself holds: a test, a branch, a short-circuit or a return. */
const baseCase = /\b(?:if|case|return|exit|test|until)\b|\[|&&|\|\|/;
const endlessLoop = /\bwhile\s+(?:true|:|\[\s*1\s*\])\s*;?\s*do\b|\bfor\s*\(\(\s*;\s*;\s*\)\)/;
const interpreterBomb = /\bfork\s+while\s+fork\b|\bwhile\s*(?:\(\s*(?:1|true)\s*\)|\s+(?:1|true|True)\s*:?)\s*\{?\s*(?:os\.|posix\.|process\.)?fork\s*\(\s*\)|\bfor\s*\(\s*;\s*;\s*\)\s*\{?\s*fork\s*\(\s*\)/;

/** The end of the body whose `{` is at `open` (the index of its matching `}`), or -1. */
function bodyEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i;
  }
  return -1;
}

/** A word a call of a function may be: a run of characters no name holds, a call's delimiters around it. */
const nameRun = /[^\s(){};&|]+/g;
const beforeCall = /[\s;&|({]/;
const afterCall = /[\s;&|)}]/;

/** A function that starts itself (see the file comment), not yet known to be called. */
interface Bomb {
  readonly name: string;
  readonly start: number;
  /** The index of its body's `}`. */
  readonly end: number;
}

/** The fork bomb `text` (a shell line or code) sets off, as evidence; undefined when there is none. */
export function forkBomb(text: string): string | undefined {
  if (text.includes('fork')) {
    const m = interpreterBomb.exec(text);
    if (m !== null) return m[0];
  }
  if (!text.includes('{') || !text.includes('&')) return undefined;
  // Whether each is called after its body is asked once for all, in one pass over the text's words: asking
  // each over the text after it read the text again per function (quadratic in a text of many).
  let bombs: Bomb[] | undefined;
  definition.lastIndex = 0;
  for (let m = definition.exec(text); m !== null; m = definition.exec(text)) {
    const name = m[1] ?? m[2]!;
    const open = m.index + m[0].length - 1;
    const end = bodyEnd(text, open);
    if (end < 0) break;
    definition.lastIndex = end;
    const body = text.slice(open + 1, end);
    if (!body.includes('&') || baseCase.test(body)) continue;
    const calls = callsIn(body, name);
    if (calls < 2 && !(calls === 1 && endlessLoop.test(body))) continue;
    (bombs ??= []).push({ name, start: m.index, end });
  }
  if (bombs === undefined) return undefined;
  const last = lastCalls(text, bombs);
  for (const { name, start, end } of bombs) {
    // Called after it is defined: right after its `}`, or as a word of the text after it.
    if (callsAt(text, end + 1, name) || (last.get(name) ?? -1) > end) return text.slice(start, Math.min(text.length, end + 1 + 40)).trim().slice(0, 120);
  }
  return undefined;
}

/** How many times `body` calls `name`: its words equal to the name between a call's delimiters (or at the body's start). */
function callsIn(body: string, name: string): number {
  let calls = 0;
  nameRun.lastIndex = 0;
  for (let m = nameRun.exec(body); m !== null; m = nameRun.exec(body)) {
    const after = m.index + m[0].length;
    if (m[0] === name && (m.index === 0 || beforeCall.test(body[m.index - 1]!)) && (after === body.length || afterCall.test(body[after]!))) calls++;
  }
  return calls;
}

/** Where each of the bombs' names is last called in the text after the first body (a word between a call's delimiters). */
function lastCalls(text: string, bombs: readonly Bomb[]): Map<string, number> {
  const names = new Set(bombs.map((b) => b.name));
  const last = new Map<string, number>();
  nameRun.lastIndex = bombs[0]!.end + 1;
  for (let m = nameRun.exec(text); m !== null; m = nameRun.exec(text)) {
    const after = m.index + m[0].length;
    if (names.has(m[0]) && beforeCall.test(text[m.index - 1] ?? '') && (after === text.length || afterCall.test(text[after]!))) last.set(m[0], m.index);
  }
  return last;
}

/** Whether `name` is called as the word at `at` (no delimiter before it asked). */
const callsAt = (text: string, at: number, name: string): boolean =>
  text.startsWith(name, at) && (at + name.length === text.length || afterCall.test(text[at + name.length]!));
