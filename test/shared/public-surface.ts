import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Names the entry exports as types only (`export type { … }`). */
function typeExports(source: string): string[] {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.Latest);
  return file.statements
    .filter((s): s is ts.ExportDeclaration => ts.isExportDeclaration(s) && s.isTypeOnly && s.exportClause !== undefined && ts.isNamedExports(s.exportClause))
    .flatMap((s) => (s.exportClause as ts.NamedExports).elements.map((e) => e.name.text))
    .sort();
}

/**
 * Pins a package's public surface: the exact value names of its entry, from source and from the build, and
 * the exact type names, with no `export *`. Adding a name to a list makes it public API: do it on purpose.
 */
export function describePublicSurface(name: string, packageRoot: string, surface: { readonly values: readonly string[]; readonly types: readonly string[] }): void {
  describe(`public surface of ${name}`, () => {
    it('exports exactly the committed list of names', async () => {
      expect(Object.keys((await import(name)) as Record<string, unknown>).sort()).toEqual([...surface.values].sort());
    });

    it('exports exactly the committed list of names from the built entry too', async () => {
      const built = join(packageRoot, 'dist/index.js');
      expect(existsSync(built), `${built} is missing: run npm run build first`).toBe(true);
      expect(Object.keys((await import(pathToFileURL(built).href)) as Record<string, unknown>).sort()).toEqual([...surface.values].sort());
    });

    it('exports exactly the committed list of types, and never with export *', () => {
      const source = readFileSync(join(packageRoot, 'src/index.ts'), 'utf8');
      expect(source).not.toMatch(/export\s*\*/);
      expect(typeExports(source)).toEqual([...surface.types].sort());
    });
  });
}
