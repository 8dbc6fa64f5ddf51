import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { forkBomb } from '../src/commands/fork-bombs.js';
import { createGuard } from '../src/index.js';

// Whether a function that starts itself is called after its body (commands/fork-bombs.ts) is asked once for all
// such functions, in one pass over the text's words: asked per function over the text after it (a regex built
// per name), a run value of many such functions cost the square of its length through the guard (446 KB: 76 s).

/** The reading before the change (the oracle): a regex per name, the text after each body read again. */
const definition = /(?:^|[\s;&|(){}])(?:function\s+([^\s(){};&|]+)\s*(?:\(\s*\))?|([^\s(){};&|]+)\s*\(\s*\))\s*\{/g;
const baseCase = /\b(?:if|case|return|exit|test|until)\b|\[|&&|\|\|/;
const endlessLoop = /\bwhile\s+(?:true|:|\[\s*1\s*\])\s*;?\s*do\b|\bfor\s*\(\(\s*;\s*;\s*\)\)/;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function bodyEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i;
  }
  return -1;
}
function oldBomb(text: string): string | undefined {
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
    call.lastIndex = 0;
    if (call.test(text.slice(end + 1))) return text.slice(m.index, Math.min(text.length, end + 1 + 40)).trim().slice(0, 120);
  }
  return undefined;
}

const names = ['f', 'g', ':', 'x.y', 'fx'];
const glue = [' ', '\n', '\t', '&', '|', ';', '(', ')', '{', '}', '()', 'echo ', '$f', ...names];
/** A body's words: `SELF` is the function's own name (bombs need it twice, or once in an endless loop). */
const inBody = [' ', ' & ', '&', ' | ', ';', 'SELF', 'SELF', 'SELF', ' SELF ', 'while true; do ', ' done', 'if ', '&&', '{', '}', 'f', 'g'];
/** A script of definitions (named, `function` or not, bodies of calls and operators) with words between them. */
const scripts = fc
  .array(
    fc.oneof(
      fc.constantFrom(...glue),
      fc.tuple(fc.constantFrom(...names), fc.constantFrom('(){', '() {', ' ( ) {', '{'), fc.boolean(), fc.array(fc.constantFrom(...inBody), { maxLength: 8 }), fc.constantFrom('}', '', '};', '} ')).map(
        ([name, open, keyword, body, close]) => `${keyword || open === '{' ? `function ${name} ` : name}${open}${body.join('').replaceAll('SELF', name)}${close}`,
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('fork bombs called after their body', () => {
  it('reads every text as the old per-name reading did', () => {
    let bombs = 0;
    fc.assert(
      fc.property(scripts, (text) => {
        const found = forkBomb(text);
        expect(found).toBe(oldBomb(text));
        if (found !== undefined) bombs++;
      }),
      { numRuns: 20000, seed: 73 },
    );
    // The scripts hold bombs called and not called, not only the plain case.
    expect(bombs).toBeGreaterThan(200);
  });

  it('finds a bomb called right after its body, after others, or at the end of a long script', () => {
    expect(forkBomb('w(){ w|w& }w')).toBeDefined();
    expect(forkBomb('a(){ a & a; }; b(){ b | b & }; echo start; b')).toMatch(/^b\(\)/);
    expect(forkBomb(`${'step(){ echo "$1"; }\n'.repeat(2000)}tick(){ tick & tick; }\n${'step ok\n'.repeat(2000)}tick`)).toMatch(/^tick/);
  });

  it('passes many recursive helpers with a base case, and bombs never called', () => {
    expect(forkBomb('walk(){ [ -d "$1" ] && for d in "$1"/*; do walk "$d" & done; wait; }; walk .')).toBeUndefined();
    expect(forkBomb('f(){ f & f; }; echo fx f2 f.x')).toBeUndefined();
    expect(forkBomb('h(){ h & h; } # h is only a demo')).toBeDefined();
  });

  it('reads a MiB of functions that start themselves, never called, in linear time', async () => {
    let text = '';
    for (let i = 0; text.length < 1 << 20; i++) text += `f${i}(){ f${i} & f${i}; }; `;
    let started = performance.now();
    expect(forkBomb(text)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(3000);
    const guard = createGuard({ profile: 'balanced' });
    started = performance.now();
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'run_shell', arguments: { command: text } } }, { from: 'client' });
    expect(performance.now() - started).toBeLessThan(15000);
  });
});
