import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

// Adding a name here makes it public API of @vanguard/core: do it on purpose, and document it.
const publicValues = [
  'AuthOptionsSchema',
  'GuardOptionsSchema',
  'JsonRpcBatchSchema',
  'JsonRpcErrorResponseSchema',
  'JsonRpcMessageSchema',
  'JsonRpcNotificationSchema',
  'JsonRpcRequestSchema',
  'JsonRpcResultResponseSchema',
  'JudgeOptionsSchema',
  'LimitsSchema',
  'LockEntrySchema',
  'LockfileSchema',
  'OrderedLane',
  'PendingRequests',
  'PinnedToolSchema',
  'RequestIdSchema',
  'RuleExampleSchema',
  'RulePackSchema',
  'RuleSchema',
  'ScopeSchema',
  'TextSignalMask',
  'ToolRequirementSchema',
  'ValueKindMask',
  'VanguardError',
  'VanguardErrorCode',
  'WireErrorCode',
  'bundledRulePacks',
  'canonicalize',
  'carryOut',
  'classifyMessage',
  'createGuard',
  'createJudgeLayer',
  'createLockEntry',
  'createMemoryStore',
  'defineLayer',
  'diffLockEntries',
  'formatPath',
  'functionBackend',
  'idKey',
  'inspectNow',
  'inspectSafely',
  'inspectionFailed',
  'isVanguardError',
  'normalizeToolName',
  'ollamaBackend',
  'openAiCompatibleBackend',
  'outcomeOf',
  'redactSecrets',
  'testRulePack',
];

const nodeOnlyPublicValues = ['createJsonlFileSink', 'loadRulePacksFromDir'];

/** Every file under `dir` whose name ends with `suffix`, skipping the folders named in `skip`. */
function filesUnder(dir: string, suffix: string, skip: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) out.push(...filesUnder(path, suffix, skip));
    } else if (entry.name.endsWith(suffix)) out.push(path);
  }
  return out.sort();
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Module specifiers in `source` that name a Node built-in: static imports and re-exports, dynamic
 * imports and require calls, found by TypeScript's scanner (so text inside strings, such as rule
 * examples in the generated rules module, is not mistaken for an import).
 */
function nodeImports(source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('node:') || builtins.has(s));
}

describe('public surface of @vanguard/core', () => {
  it('exports exactly the committed list of names', async () => {
    const mod = await import('@vanguard/core');
    expect(Object.keys(mod).sort()).toEqual(publicValues);
  });

  it('exports exactly the committed list of names from the built entry too', async () => {
    const built = join(packageRoot, 'dist/index.js');
    expect(existsSync(built), 'packages/core/dist is missing: run npm run build first').toBe(true);
    const mod = (await import(pathToFileURL(built).href)) as Record<string, unknown>;
    expect(Object.keys(mod).sort()).toEqual(publicValues);
  });

  it('keeps node-only helpers at the @vanguard/core/node subpath', async () => {
    const mod = await import('@vanguard/core/node');
    expect(Object.keys(mod).sort()).toEqual(nodeOnlyPublicValues);
  });

  it('gives built-in layers nothing a user layer does not get: they import only the public layer API', () => {
    // Built-in layers are made with defineLayer and read the same LayerContext as users' layers; they
    // may use internal helpers for their own matching, but never the engine's private state.
    const forbidden = /from '\.\.\/(?:guard|layer-runner|state\/[a-z-]+|options|scopes|verdict|disposition)\.js'/;
    for (const file of filesUnder(join(packageRoot, 'src/layers'), '.ts', [])) {
      const source = readFileSync(file, 'utf8');
      expect(source, relative(packageRoot, file)).toContain("from '../layer.js'");
      expect(source, relative(packageRoot, file)).not.toMatch(forbidden);
      expect(source, relative(packageRoot, file)).not.toMatch(/as unknown as/);
    }
  });

  it('never uses export * in the root entry', () => {
    expect(readFileSync(join(packageRoot, 'src/index.ts'), 'utf8')).not.toMatch(/export\s*\*/);
  });

  it('imports no node:* module in any source file of the root entry', () => {
    const files = filesUnder(join(packageRoot, 'src'), '.ts', ['node']);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) => nodeImports(readFileSync(file, 'utf8')).map((s) => `${relative(packageRoot, file)}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('imports no node:* module in any built file of the root entry', () => {
    const dist = join(packageRoot, 'dist');
    expect(existsSync(dist), 'packages/core/dist is missing: run npm run build first').toBe(true);
    const files = filesUnder(dist, '.js', ['node']);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) => nodeImports(readFileSync(file, 'utf8')).map((s) => `${relative(packageRoot, file)}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('finds node imports when there are some, so the scans above can fail', () => {
    expect(nodeImports(`import { readFileSync } from 'node:fs';\nimport path from "path";\nconst x = await import('node:os');\nrequire('crypto');`)).toEqual([
      'node:fs',
      'path',
      'node:os',
      'crypto',
    ]);
    expect(nodeImports(`import { z } from 'zod';\nexport { a } from './fs.js';\nconst example = "require('child_process')";`)).toEqual([]);
  });
});
