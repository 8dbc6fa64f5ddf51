#!/usr/bin/env node
// Records what the guard decides on every line of the developer corpora, so a change that must not move
// detection (a speed-up, a refactor) can be checked against it: test/corpus-verdicts.test.ts recomputes
// the verdicts in-process and lists every line that differs.
//
//   npm run snapshot:verdicts                    build, then write test/fixtures/corpus-verdicts.json
//   node scripts/snapshot-verdicts.mjs --check   compare instead of writing; exit 1 and list differences
//
// The verdicts come from the built CLI run exactly as ../shared/corpus/score.mjs runs it
// (`vanguard inspect --profile P --session line FILE`), for the balanced and strict profiles. Regenerate
// only when a change is meant to move detection, and say so in its commit. Format: scripts/corpus-verdicts.mjs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { corpusDir, differences, groupByVerdict, linesOfGroups, snapshotPath, snapshotProfiles, verdictKey } from './corpus-verdicts.mjs';

const cli = fileURLToPath(new URL('../packages/cli/bin/vanguard.js', import.meta.url));
const check = process.argv.includes('--check');

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort();
const profiles = {};
for (const profile of snapshotProfiles) {
  const byFile = {};
  for (const file of files) {
    const path = join(corpusDir, file);
    const bytes = readFileSync(path);
    const lines = bytes.toString('utf8').split('\n').filter(Boolean).length;
    const out = spawnSync(process.execPath, [cli, 'inspect', '--profile', profile, '--session', 'line', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const results = out.stdout.split('\n').filter(Boolean);
    if (out.status !== 0 || results.length !== lines) {
      process.stderr.write(`${file}: vanguard inspect exited ${out.status} with ${results.length} verdicts for ${lines} lines\n${out.stderr.slice(0, 2000)}\n`);
      process.exit(2);
    }
    const byLine = new Map();
    for (const text of results) {
      const r = JSON.parse(text);
      byLine.set(r.line, verdictKey(r.action, r.findings.map((f) => f.rule)));
    }
    byFile[file] = { lines, sha256: createHash('sha256').update(bytes).digest('hex'), verdicts: groupByVerdict(byLine) };
  }
  profiles[profile] = byFile;
}

if (check) {
  const old = JSON.parse(readFileSync(snapshotPath, 'utf8'));
  const found = [];
  for (const p of snapshotProfiles)
    for (const f of files) found.push(...differences(`${p} ${f}`, linesOfGroups(old.profiles[p]?.[f]?.verdicts ?? {}), linesOfGroups(profiles[p][f].verdicts)));
  for (const line of found) console.log(line);
  console.log(found.length ? `${found.length} verdicts differ from ${snapshotPath}` : 'every verdict matches the snapshot');
  process.exit(found.length ? 1 : 0);
}

// One line per file and profile: a small file whose diffs show which corpus moved.
const body = snapshotProfiles.map((p) => `${JSON.stringify(p)}: {\n${files.map((f) => `${JSON.stringify(f)}: ${JSON.stringify(profiles[p][f])}`).join(',\n')}\n}`);
const generatedFrom = 'vanguard inspect --profile P --session line FILE (scripts/snapshot-verdicts.mjs)';
writeFileSync(snapshotPath, `{\n"generatedFrom": ${JSON.stringify(generatedFrom)},\n"profiles": {\n${body.join(',\n')}\n}\n}\n`);
console.log(`wrote ${snapshotPath} (${files.length} files; ${snapshotProfiles.join(', ')})`);
