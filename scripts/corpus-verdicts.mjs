// The format of test/fixtures/corpus-verdicts.json, shared by scripts/snapshot-verdicts.mjs (writes it)
// and test/corpus-verdicts.test.ts (checks the guard against it). It holds no corpus text: per profile and
// corpus file, the line count, the file's SHA-256, and per verdict the line numbers that got it.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the snapshot lives. */
export const snapshotPath = join(root, 'test', 'fixtures', 'corpus-verdicts.json');

/** The developer corpora: $VANGUARD_CORPUS, else ../shared/corpus/dev next to the repository. */
export const corpusDir = resolve(process.env.VANGUARD_CORPUS ?? join(root, '..', 'shared', 'corpus', 'dev'));

/** The profiles the snapshot covers. */
export const snapshotProfiles = ['balanced', 'strict'];

/** One verdict as the snapshot writes it: `action`, or `action rule-a,rule-b` (rule ids of the findings, sorted, once each). */
export function verdictKey(action, rules) {
  const ids = [...new Set(rules)].sort();
  return ids.length ? `${action} ${ids.join(',')}` : action;
}

/** `Map(line → verdict)` as `{verdict: "1-3,7"}`, verdicts sorted; `allow` lines are left out. */
export function groupByVerdict(byLine) {
  const lines = new Map();
  for (const [line, key] of byLine) if (key !== 'allow') lines.set(key, [...(lines.get(key) ?? []), line]);
  const out = {};
  for (const key of [...lines.keys()].sort()) {
    const runs = [];
    for (const n of lines.get(key).sort((a, b) => a - b)) {
      const last = runs.at(-1);
      if (last && last[1] === n - 1) last[1] = n;
      else runs.push([n, n]);
    }
    out[key] = runs.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
  }
  return out;
}

/** The inverse of {@link groupByVerdict}: line → verdict, for the lines that were not plain `allow`. */
export function linesOfGroups(groups) {
  const out = new Map();
  for (const [key, runs] of Object.entries(groups))
    for (const run of runs.split(',')) {
      const [a, b = a] = run.split('-').map(Number);
      for (let n = a; n <= b; n++) out.set(n, key);
    }
  return out;
}

/** Every line whose verdict differs, as `file:line  before  ->  after` (lines count from 1). */
export function differences(file, before, after) {
  const out = [];
  const lines = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  for (const n of lines) {
    const was = before.get(n) ?? 'allow';
    const is = after.get(n) ?? 'allow';
    if (was !== is) out.push(`${file}:${n}  ${was}  ->  ${is}`);
  }
  return out;
}
