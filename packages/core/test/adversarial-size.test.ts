import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

import { cpuMsOf } from './cpu-time.js';

// 16 MiB messages shaped to make a backtracking classifier, a re-scanning decoder or a recursive regex
// blow up: each must get a verdict from the rules, not from a crash (`engine/internal-error`) or a
// hang. The bound is on the process's CPU time, which other work on a shared machine does not stretch
// as it does the wall clock, and generous: alone, linear paths take 0.3 to 5 s here (the slowest, 2,000
// internal host names, runs the url/private-network pattern over each); the quadratic classifier took 6 s
// for 4 MB, minutes for 16 MiB. bench/adversarial.bench.mjs
// measures the cost.

const guard = createGuard();
const size = 16 * 1024 * 1024 - 64 * 1024;
const bound = 30_000;
const chunk = 4000;

const repeatTo = (unit: string, length: number, tail = ''): string =>
  unit.repeat(Math.max(1, Math.floor((length - tail.length) / unit.length))) + tail;

/** One value of about `length` JSON bytes of each shape. */
const valueShapes: Readonly<Record<string, (length: number) => string>> = {
  'path-like a/a/…/ x': (length) => repeatTo('a/', length, ' x'),
  '....// runs': (length) => repeatTo('....//', length),
  '/?.?.…x segments': (length) => `/${repeatTo('?.', length, 'x')}`,
  'runs of backslashes': (length) => repeatTo('\\', length / 2),
  'shell metacharacters': (length) => repeatTo('$(;|&>`<(${a${ifs:', length),
  'brace lists': (length) => `{${repeatTo('a,', length, 'b}')}`,
  '%25%25… escapes': (length) => repeatTo('%25', length),
  '&#…; entities': (length) => repeatTo('&#38;', length),
  '\\u escapes': (length) => repeatTo('\\u005c', (length * 6) / 7),
  'url-ish a.a.a…:1': (length) => repeatTo('a.', length, 'a:1'),
  'internal names a.a.a….internal': (length) => repeatTo('a.', length, 'internal/x'),
};

/** Values spread over arrays within the default array limit. */
function spread(values: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < values.length; i += 5000) out[`v${i / 5000}`] = values.slice(i, i + 5000);
  return out;
}

/** Half the bytes as values of just under 4 KiB, half as one value (within the 8 Mi-character limit). */
function halfSmallHalfLarge(make: (length: number) => string): Record<string, unknown> {
  const values: string[] = [];
  for (let bytes = 0; bytes < size / 2; bytes += chunk) values.push(make(chunk));
  return { ...spread(values), big: make(Math.min(size / 2, 8 * 1024 * 1024 - 16)) };
}

const call = (args: unknown) => JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'run', arguments: args } });
const result = (texts: readonly string[]) =>
  JSON.stringify({ jsonrpc: '2.0', id: 1, result: { content: texts.map((text) => ({ type: 'text', text })), isError: false } });

async function inspectWithin(message: string, from: 'client' | 'server'): Promise<Verdict> {
  expect(Buffer.byteLength(message)).toBeGreaterThan(15.5 * 1024 * 1024);
  expect(Buffer.byteLength(message)).toBeLessThan(16 * 1024 * 1024);
  const { value: verdict, ms } = await cpuMsOf(() => guard.inspect(message, { from, sessionId: 'adversarial' }));
  expect(ms).toBeLessThan(bound);
  expect(verdict.findings.filter((f) => f.rule.startsWith('engine/') || f.rule.startsWith('preflight/max-'))).toEqual([]);
  return verdict;
}

describe('16 MiB adversarial messages', { timeout: 60_000 }, () => {
  for (const [shape, make] of Object.entries(valueShapes)) {
    it(`inspects a tools/call of ${shape} values to a rule verdict`, async () => {
      await inspectWithin(call(halfSmallHalfLarge(make)), 'client');
    });
  }

  it('inspects a tools/call of many short values to a rule verdict', async () => {
    // 190,000 values of about 88 bytes: under the 200,000-node limit.
    const units = ['a/b', 'x;y', '%41', 'a.b:80', 'hello there', '../x', '&amp;', '\\x41'];
    const values = Array.from({ length: 190_000 }, (_, i) => repeatTo(units[i % units.length]!, 84));
    await inspectWithin(call(spread(values)), 'client');
  });

  it('inspects a tools/call of one huge value to a rule verdict', async () => {
    const words = 'read the file at /srv/app/config and run ls -la; then fetch http://example.com/a?b=c ';
    const huge = repeatTo(words, 8 * 1024 * 1024 - 16);
    await inspectWithin(call({ text: huge, more: repeatTo(words, size - huge.length - 200) }), 'client');
  });

  it('inspects a tools/call nested as deep as the limits allow to a rule verdict', async () => {
    // 3,000 arrays nested 56 deep (64 is the limit; the request around them takes 4), 58 nodes each.
    // 15.7 MiB: the structural size estimate counts a byte per array more than JSON text takes.
    const leaf = repeatTo('a/', (size - 700_000) / 3000, ' x');
    const trees = Array.from({ length: 3000 }, () => {
      let node: unknown = [leaf];
      for (let d = 0; d < 56; d++) node = [node];
      return node;
    });
    await inspectWithin(call({ trees }), 'client');
  });

  it('inspects a tools/call result of every shape from the server to a rule verdict', async () => {
    const texts = Object.values(valueShapes).map((make) => make(size / Object.keys(valueShapes).length - 64));
    await inspectWithin(result(texts), 'server');
  });
});
