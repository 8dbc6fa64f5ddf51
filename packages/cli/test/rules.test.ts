import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import type { CommandIo } from '../src/commands/config.js';
import { runRules } from '../src/commands/rules.js';

const dir = mkdtempSync(join(tmpdir(), 'vanguard-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let out = '';
const io: CommandIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), cwd: dir, env: {}, platform: 'linux' };
beforeEach(() => {
  out = '';
});

const rule = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'acme/billing-export',
  description: 'Reads of the billing export folder.',
  severity: 'high',
  action: 'block',
  kinds: ['path'],
  patterns: ['/exports/billing/'],
  message: 'Reads the billing export',
  examples: { match: ['/srv/exports/billing/2026.csv'], 'no-match': ['/srv/exports/public/a.csv'] },
  ...overrides,
});
const writePack = (name: string, rules: unknown[]): string => {
  writeFileSync(join(dir, name), stringify({ pack: 'acme', description: 'Acme house rules.', layer: 'rules', rules }));
  return name;
};

describe('vanguard rules test', () => {
  it('passes a sound pack, loaded together with the bundled rules', () => {
    expect(runRules(['test', writePack('good.yaml', [rule()])], io)).toBe(0);
    expect(out).toBe(`ok   ${join(dir, 'good.yaml')} (1 rule)\n1 pack passed.\n`);
  });

  it('lists every example that fails, and exits 1', () => {
    const file = writePack('weak.yaml', [rule({ examples: { match: ['/srv/exports/billing/a.csv', '/srv/EXPORTS/billing2/a.csv'], 'no-match': ['/srv/exports/billing/old/a.csv'] } })]);
    expect(runRules(['test', file], io)).toBe(1);
    expect(out).toContain(`FAIL ${join(dir, 'weak.yaml')}: 2 examples failed; these rules would not load`);
    expect(out).toContain('  acme/billing-export: "/srv/EXPORTS/billing2/a.csv" should match but does not');
    expect(out).toContain('  acme/billing-export: "/srv/exports/billing/old/a.csv" should not match but does');
  });

  it('refuses a pattern with upper-case letters, which lower-cased values never match', () => {
    expect(runRules(['test', writePack('upper.yaml', [rule({ patterns: ['/Exports/billing/'] })])], io)).toBe(1);
    expect(out).toContain('rule acme/billing-export: patterns.0: "E" at offset 1 is upper case');
    expect(out).toContain('[VG_ERR_RULE_INVALID]');
  });

  it('reports a schema mistake, a missing file and an id the bundled rules already use, and checks the other packs', () => {
    const bad = writePack('bad.yaml', [rule({ severity: 'urgent' })]);
    const taken = writePack('taken.yaml', [rule({ id: 'path/traversal' })]);
    expect(runRules(['test', bad, 'missing.yaml', 'good.yaml'], io)).toBe(1);
    expect(out).toContain(`FAIL ${join(dir, 'bad.yaml')}: `);
    expect(out).toContain('severity');
    expect(out).toContain(`FAIL ${join(dir, 'missing.yaml')}: cannot read it`);
    expect(out).toContain(`ok   ${join(dir, 'good.yaml')}`);
    out = '';
    expect(runRules(['test', taken], io)).toBe(1);
    expect(out).toContain('FAIL the packs do not load together with the bundled rules');
    expect(out).toContain('[VG_ERR_RULE_DUPLICATE]');
    out = '';
    expect(runRules(['test', '--no-bundled', taken], io)).toBe(0);
  });
});
