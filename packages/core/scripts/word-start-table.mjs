// The word-start literals (src/text/word-start-literals.ts) of every bundled rule's literal groups, read at
// build time: reading a rule's patterns costs milliseconds, which a one-shot process (`vanguard inspect
// FILE`, a short-lived proxy) would pay on its first long value. The analysis is the TypeScript source
// itself, transpiled to a temporary directory (this runs before tsc), so the table is what the live
// reading gives; each entry keeps the exact patterns and group it was read from, and the engine uses it
// only where they are the same (src/rules/word-start-table.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import ts from 'typescript';
import { parse } from 'yaml';

/** Imports the analysis from the TypeScript sources under `src`. */
async function loadAnalysis(src) {
  const dir = mkdtempSync(join(tmpdir(), 'vanguard-word-starts-'));
  try {
    for (const name of ['pattern-tree', 'word-start-literals']) {
      const source = readFileSync(join(src, 'text', `${name}.ts`), 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      writeFileSync(join(dir, `${name}.js`), outputText);
    }
    return await import(pathToFileURL(join(dir, 'word-start-literals.js')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Per rule id of the packs (YAML sources `{ name, content }`): its patterns, and per literal group
 * (prefilter first, then each `near` group) the group and its word-start literals.
 */
export async function wordStartTable(src, packs) {
  const { wordStartLiterals } = await loadAnalysis(src);
  const table = {};
  for (const pack of packs) {
    for (const rule of parse(pack.content).rules ?? []) {
      const { id, patterns, prefilter, near } = rule;
      if (!Array.isArray(patterns) || !Array.isArray(prefilter)) continue;
      const groups = [prefilter, ...(near ?? [])].map((group) => ({ group, literals: wordStartLiterals(patterns, group) }));
      table[id] = { patterns, groups };
    }
  }
  return table;
}
