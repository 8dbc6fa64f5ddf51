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
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** The fork bomb `text` (a shell line or code) sets off, as evidence; undefined when there is none. */
export function forkBomb(text: string): string | undefined {
  if (text.includes('fork')) {
    const m = interpreterBomb.exec(text);
    if (m !== null) return m[0];
  }
  if (!text.includes('{') || !text.includes('&')) return undefined;
  definition.lastIndex = 0;
  for (let m = definition.exec(text); m !== null; m = definition.exec(text)) {
    const name = m[1] ?? m[2]!;
    const open = m.index + m[0].length - 1;
    const end = bodyEnd(text, open);
    if (end < 0) return undefined;
    definition.lastIndex = end;
    const body = text.slice(open + 1, end);
    if (!body.includes('&') || baseCase.test(body)) continue;
    const call = new RegExp(`(?:^|[\\s;&|({])${escape(name)}(?=$|[\\s;&|)}])`, 'g');
    const calls = body.match(call)?.length ?? 0;
    if (calls < 2 && !(calls === 1 && endlessLoop.test(body))) continue;
    // Set off: called after it is defined.
    call.lastIndex = 0;
    if (call.test(text.slice(end + 1))) return text.slice(m.index, Math.min(text.length, end + 1 + 40)).trim().slice(0, 120);
  }
  return undefined;
}
