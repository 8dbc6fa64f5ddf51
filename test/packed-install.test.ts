// The packages as a user gets them: `npm pack` every published package, install the tarballs into a fresh
// project outside the workspace (offline, from the npm cache), and use them from ESM, CommonJS, strict
// TypeScript and the `vanguard` bin. Needs `npm run build` first; takes about a minute.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string; workspaces: string[] };
const published = rootPackage.workspaces
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')) as { name: string; private?: boolean } }))
  .filter(({ pkg }) => !pkg.private);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const quiet = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

let root: string;
let app: string;
const packed = new Map<string, string[]>();

beforeAll(async () => {
  for (const { dir } of published) {
    if (!existsSync(join(repo, dir, 'dist', 'index.js'))) throw new Error(`run npm run build before this test (${dir}/dist is missing)`);
  }
  root = mkdtempSync(join(tmpdir(), 'vanguard-packed-'));
  const tarballs = join(root, 'tarballs');
  mkdirSync(tarballs);
  const dependencies: Record<string, string> = {};
  for (const { dir, pkg } of published) {
    const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', tarballs], { cwd: join(repo, dir), env: quiet, shell: process.platform === 'win32' });
    const [info] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
    packed.set(pkg.name, info.files.map((f) => f.path));
    dependencies[pkg.name] = `file:${join(tarballs, info.filename)}`;
  }
  app = join(root, 'app');
  mkdirSync(app);
  // @types/node for the TypeScript consumer; the workspace's own install put it in the npm cache.
  const typesNode = (JSON.parse(readFileSync(join(repo, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'commonjs', dependencies: { ...dependencies, '@types/node': typesNode } }, null, 2)}\n`);
  cpSync(join(repo, 'test/fixtures/consumer'), app, { recursive: true });
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, env: quiet, shell: process.platform === 'win32' });
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the packed packages', () => {
  it('ship their built code, declarations, the sources their maps point to, LICENSE and README, and nothing else', () => {
    for (const { pkg } of published) {
      const files = packed.get(pkg.name) ?? [];
      expect(files, pkg.name).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'src/index.ts']));
      expect(files.filter((f) => !/^(?:dist|src|bin|schemas)\//.test(f) && !['LICENSE', 'README.md', 'package.json'].includes(f)), pkg.name).toEqual([]);
      expect(files.filter((f) => /tsbuildinfo|\.test\.|(?:^|\/)test\//.test(f)), pkg.name).toEqual([]);
      // Every source map points at a shipped source.
      for (const map of files.filter((f) => f.endsWith('.map'))) {
        const { sources } = JSON.parse(readFileSync(join(app, 'node_modules', pkg.name, map), 'utf8')) as { sources: string[] };
        for (const source of sources) expect(files, `${pkg.name}/${map} → ${source} (stale build output? npm run clean && npm run build)`).toContain(join(map, '..', source).replace(/\\/g, '/'));
      }
    }
  });

  it('work from an ES module', async () => {
    const { stdout, stderr } = await run(process.execPath, ['esm.mjs'], { cwd: app });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      action: 'block',
      rule: 'path/traversal',
      auditLines: 1,
      auditMode: process.platform === 'win32' ? (JSON.parse(stdout) as { auditMode: string }).auditMode : '600',
      optionsError: 'VG_ERR_INVALID_OPTIONS',
      proxy: ['error -32010 path/traversal', 'result ping'],
      adapter: { sent: 0, replies: ['path/traversal'] },
    });
  });

  it('work from CommonJS require()', async () => {
    const { stdout, stderr } = await run(process.execPath, ['commonjs.cjs'], { cwd: app });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ action: 'block', code: 'VG_ERR_INVALID_OPTIONS', functions: ['function', 'function', 'function'] });
  });

  it('type-check in a strict TypeScript project with moduleResolution nodenext', { timeout: 120_000 }, async () => {
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    await expect(run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app })).resolves.toMatchObject({ stdout: '' });
  });

  it('give a working vanguard command through npx', async () => {
    const help = await run(npx, ['--no-install', 'vanguard', '--help'], { cwd: app, env: quiet, shell: process.platform === 'win32' });
    expect(help.stdout).toMatch(/^vanguard - a policy engine/);
    const version = await run(npx, ['--no-install', 'vanguard', '--version'], { cwd: app, env: quiet, shell: process.platform === 'win32' });
    expect(version.stdout).toBe(`${rootPackage.version}\n`);
    // configure-claude pins the installed version, so the entries it writes keep running this one.
    writeFileSync(join(app, 'claude.json'), JSON.stringify({ mcpServers: { files: { command: 'uvx', args: ['mcp-server-files'] } } }));
    const claude = await run(npx, ['--no-install', 'vanguard', 'configure-claude', '--config', 'claude.json', '--dry-run'], { cwd: app, env: quiet, shell: process.platform === 'win32' });
    expect(claude.stdout).toContain(`npx -y @vanguard/cli@${rootPackage.version} start --server-id files -- uvx mcp-server-files`);
  });
});
