// What npm shows about each published package, and that versions and metadata come from the root package.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  publishConfig?: { access?: string };
  repository?: { url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  workspaces: string[];
}

const repo = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string): PackageJson => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
const root = readJson(join(repo, 'package.json'));
const published = root.workspaces.map((dir) => ({ dir, pkg: readJson(join(repo, dir, 'package.json')) })).filter(({ pkg }) => !pkg.private);

describe('published package metadata', () => {
  it('covers core, the adapters, the gateway, the Redis store and the cli', () => {
    expect(published.map(({ pkg }) => pkg.name).sort()).toEqual(['@vanguard/cli', '@vanguard/core', '@vanguard/http', '@vanguard/mcp-sdk', '@vanguard/redis', '@vanguard/stdio']);
  });

  it('is in sync with the root package.json (node scripts/sync-packages.mjs --check)', () => {
    expect(() => execFileSync(process.execPath, [join(repo, 'scripts/sync-packages.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('gives every package a README, a LICENSE, public access, links and a files list', () => {
    for (const { dir, pkg } of published) {
      expect(existsSync(join(repo, dir, 'README.md')), `${dir}/README.md`).toBe(true);
      expect(readFileSync(join(repo, dir, 'LICENSE'), 'utf8'), `${dir}/LICENSE`).toBe(readFileSync(join(repo, 'LICENSE'), 'utf8'));
      expect(pkg.version, pkg.name).toBe(root.version);
      expect(pkg.publishConfig?.access, pkg.name).toBe('public');
      expect(pkg.repository?.directory, pkg.name).toBe(dir);
      expect(pkg.homepage, pkg.name).toMatch(/^https:\/\//);
      expect(pkg.bugs?.url, pkg.name).toMatch(/^https:\/\//);
      expect(pkg.files, pkg.name).toEqual(expect.arrayContaining(['dist', '!dist/**/*.tsbuildinfo', 'src']));
    }
  });

  it('makes core a peer of the adapters, the gateway and the store, whose host brings its own guard', () => {
    for (const { pkg } of published.filter(({ pkg }) => ['@vanguard/mcp-sdk', '@vanguard/stdio', '@vanguard/http', '@vanguard/redis'].includes(pkg.name))) {
      expect(pkg.peerDependencies?.['@vanguard/core'], pkg.name).toBe(`^${root.version}`);
      expect(pkg.dependencies?.['@vanguard/core'], pkg.name).toBeUndefined();
    }
  });
});
