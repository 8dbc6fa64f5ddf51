// Detection must not move by accident: every line of the developer corpora gets the verdict recorded in
// test/fixtures/corpus-verdicts.json (action and rule ids, balanced and strict). The lines are fed as
// ../shared/corpus/score.mjs feeds them through `vanguard inspect --session line`: one guard per file,
// a fresh session per line, the envelope's message and sender. A change meant to move detection
// regenerates the snapshot (`npm run snapshot:verdicts`) and says so in its commit.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createGuard, type ProfileName } from '@vanguard/core';
import { describe, expect, it } from 'vitest';

import { type CorpusSnapshot, corpusDir, differences, linesOfGroups, snapshotPath, snapshotProfiles, verdictKey } from '../scripts/corpus-verdicts.mjs';

const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as CorpusSnapshot;
const present = existsSync(corpusDir);
const files = present ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort() : [];

/** Recomputes one file's verdicts the way `vanguard inspect --profile P --session line FILE` does without a config file. */
async function verdictsOf(profile: ProfileName, lines: readonly string[]): Promise<Map<number, string>> {
  const guard = createGuard({ profile, rules: { bundled: true, packs: [], overrides: {} }, limits: {}, auditAllowed: true });
  const out = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const envelope = JSON.parse(lines[i]!) as { message: unknown; from: unknown };
    if (envelope.from !== 'client' && envelope.from !== 'server') throw new Error(`line ${i + 1}: the corpus envelope has no "from"`);
    const verdict = await guard.inspect(envelope.message, { from: envelope.from, sessionId: `line-${i + 1}` });
    out.set(i + 1, verdictKey(verdict.action, verdict.findings.map((f) => f.rule)));
  }
  return out;
}

describe.skipIf(!present)(`verdicts on the developer corpora (${corpusDir})`, () => {
  it('cover the same corpus files as the snapshot', () => {
    expect(files).toEqual(Object.keys(snapshot.profiles['balanced'] ?? {}));
  });

  for (const profile of snapshotProfiles) {
    for (const file of files) {
      it(`match the snapshot on ${file}, ${profile}`, { timeout: 120_000 }, async () => {
        const recorded = snapshot.profiles[profile]?.[file];
        const bytes = readFileSync(join(corpusDir, file));
        const lines = bytes.toString('utf8').split('\n').filter(Boolean);
        // A changed corpus file is not a detection change: say so instead of listing differences.
        expect(createHash('sha256').update(bytes).digest('hex'), `${file} changed since the snapshot; regenerate it from the code before the change`).toBe(recorded?.sha256);
        const found = differences(file, linesOfGroups(recorded?.verdicts ?? {}), await verdictsOf(profile, lines));
        expect(found, `${found.length} verdict(s) differ from the snapshot (line: before -> after):\n${found.slice(0, 50).join('\n')}`).toEqual([]);
      });
    }
  }
});
