import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

// Adding a name here makes it public API of @vanguard/mcp-sdk: do it on purpose, and document it.
const publicValues = ['guardServerFactory', 'guardTransport'];
const publicTypes = ['GuardTransportEvent', 'GuardTransportOptions', 'MessageExtra', 'TransportLike', 'TransportSide'];

/** Names the entry exports as types only (`export type { … }`). */
function typeExports(source: string): string[] {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.Latest);
  return file.statements
    .filter((s): s is ts.ExportDeclaration => ts.isExportDeclaration(s) && s.isTypeOnly && s.exportClause !== undefined && ts.isNamedExports(s.exportClause))
    .flatMap((s) => (s.exportClause as ts.NamedExports).elements.map((e) => e.name.text))
    .sort();
}

describe('public surface of @vanguard/mcp-sdk', () => {
  it('exports exactly the committed list of names', async () => {
    expect(Object.keys(await import('@vanguard/mcp-sdk')).sort()).toEqual(publicValues);
  });

  it('exports exactly the committed list of names from the built entry too', async () => {
    const built = join(packageRoot, 'dist/index.js');
    expect(existsSync(built), 'packages/mcp-sdk/dist is missing: run npm run build first').toBe(true);
    expect(Object.keys((await import(pathToFileURL(built).href)) as Record<string, unknown>).sort()).toEqual(publicValues);
  });

  it('exports exactly the committed list of types, and never with export *', () => {
    const source = readFileSync(join(packageRoot, 'src/index.ts'), 'utf8');
    expect(source).not.toMatch(/export\s*\*/);
    expect(typeExports(source)).toEqual(publicTypes);
  });
});
