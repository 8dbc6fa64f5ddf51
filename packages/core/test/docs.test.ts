import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { type AuditEvent, createGuard, GuardOptionsSchema, LimitsSchema, VanguardErrorCode } from '@vanguard/core';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const doc = (name: string): string => readFileSync(join(repo, 'docs', name), 'utf8');
const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Backticked names in the first column of the markdown tables of `markdown`. */
function tableNames(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1] ?? '');
}

describe('docs/errors.md', () => {
  const headings = sorted([...doc('errors.md').matchAll(/^## (VG_ERR_[A-Z_]+)\s*$/gm)].map((m) => m[1] ?? ''));

  it('has a section for every VanguardErrorCode', () => {
    expect(headings).toEqual(sorted(Object.values(VanguardErrorCode)));
  });

  it('mentions no code that does not exist', () => {
    const codes = new Set<string>(Object.values(VanguardErrorCode));
    const mentioned = sorted([...doc('errors.md').matchAll(/VG_ERR_[A-Z_]+/g)].map((m) => m[0]));
    expect(mentioned.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('says for every code when it is thrown and what to do', () => {
    const sections = doc('errors.md').split(/^## /m).slice(1);
    expect(sections).toHaveLength(Object.values(VanguardErrorCode).length);
    for (const section of sections) {
      expect(section, section.slice(0, 30)).toContain('**When:**');
      expect(section, section.slice(0, 30)).toContain('**What to do:**');
    }
  });
});

describe('docs/rules.md', () => {
  const engineId = /['"`]((?:preflight|protocol|engine|adapter)\/[a-z0-9]+(?:-[a-z0-9]+)*)['"`]/g;
  const inSource = sorted(sourceFiles(join(repo, 'packages/core/src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(engineId)].map((m) => m[1] ?? '')));
  const documented = sorted(tableNames(doc('rules.md')).filter((name) => /^(?:preflight|protocol|engine|adapter)\//.test(name)));

  it('finds the engine rule ids in the source', () => {
    expect(inSource).toEqual(expect.arrayContaining(['preflight/parse-error', 'protocol/invalid-message', 'engine/layer-error']));
  });

  it('documents every engine rule id the source can produce', () => {
    expect(inSource.filter((id) => !documented.includes(id))).toEqual([]);
  });

  it('documents no engine rule id the source does not produce', () => {
    expect(documented.filter((id) => !inSource.includes(id))).toEqual([]);
  });
});

describe('docs/profiles.md', () => {
  const profiles = (parseYaml(readFileSync(join(repo, 'rules/profiles.yaml'), 'utf8')) as { profiles: Record<string, { overrides?: Record<string, string> }> }).profiles;
  const text = doc('profiles.md');

  it('describes every profile', () => {
    for (const name of Object.keys(profiles)) expect(text).toContain(`### ${name}`);
  });

  it('names every override a profile makes', () => {
    const overrides = Object.values(profiles).flatMap((p) => Object.keys(p.overrides ?? {}));
    expect(overrides.filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
  });
});

describe('docs/audit.md', () => {
  it('documents exactly the fields of an audit event and of its findings', async () => {
    const events: AuditEvent[] = [];
    const guard = createGuard({ audit: (event) => void events.push(event) });
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read', arguments: { path: '../../etc/passwd' } } }, { from: 'client' });
    const event = events[0];
    expect(event?.findings.length).toBeGreaterThan(0);
    const documented = sorted(tableNames(doc('audit.md')));
    const actual = sorted([...Object.keys(event ?? {}), ...Object.keys(event?.findings[0] ?? {})]);
    expect(documented).toEqual(actual);
  });
});

describe('docs/configuration.md', () => {
  const text = doc('configuration.md');
  /** Dotted option names of a zod object schema, one level into nested objects. */
  function optionNames(shape: Record<string, unknown>, prefix = ''): string[] {
    return Object.entries(shape).flatMap(([key, schema]) => {
      let inner = schema as { def?: { innerType?: unknown; type?: string; shape?: Record<string, unknown> } };
      while (inner.def?.innerType) inner = inner.def.innerType;
      const nested = inner.def?.type === 'object' && prefix === '' && key !== 'limits' ? inner.def.shape : undefined;
      return nested ? optionNames(nested, `${key}.`) : [`${prefix}${key}`];
    });
  }

  it('documents every createGuard option', () => {
    const names = optionNames(GuardOptionsSchema.shape);
    expect(names.length).toBeGreaterThan(15);
    const documented = new Set(tableNames(text));
    const missing = names.filter((n) => !documented.has(n) && !(n === 'limits' && [...documented].some((d) => d.startsWith('limits.'))));
    expect(missing).toEqual([]);
  });

  it('documents every limit', () => {
    expect(Object.keys(LimitsSchema.shape).filter((k) => !text.includes(`\`limits.${k}\``))).toEqual([]);
  });
});
