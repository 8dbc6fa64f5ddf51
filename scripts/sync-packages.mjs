#!/usr/bin/env node
// Versions and shared package metadata come from one place, the root package.json. This script writes
// them into every published package: version, the ranges of the @vanguard/* packages they depend on,
// license, repository (with the package's folder), homepage, bugs, and a copy of LICENSE.
//
//   node scripts/sync-packages.mjs            write the root's version everywhere
//   node scripts/sync-packages.mjs 0.2.0      set a new version first
//   node scripts/sync-packages.mjs --check    exit 1 (and say what differs) instead of writing
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const args = process.argv.slice(2);
const check = args.includes('--check');
const newVersion = args.find((a) => !a.startsWith('--'));

const rootPath = join(root, 'package.json');
const rootPkg = readJson(rootPath);
if (newVersion) {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(newVersion)) throw new Error(`not a version: ${newVersion}`);
  rootPkg.version = newVersion;
  if (!check) writeFileSync(rootPath, `${JSON.stringify(rootPkg, null, 2)}\n`);
}
const { version, repository, homepage, bugs, license } = rootPkg;
const packages = rootPkg.workspaces.map((dir) => ({ dir, path: join(root, dir, 'package.json') }));
const published = packages.map((p) => ({ ...p, pkg: readJson(p.path) })).filter((p) => !p.pkg.private);
const names = new Set(published.map((p) => p.pkg.name));

const problems = [];
for (const { dir, path, pkg } of published) {
  const before = JSON.stringify(pkg);
  pkg.version = version;
  pkg.license = license;
  pkg.repository = { ...repository, directory: dir };
  pkg.homepage = `${homepage.replace(/#.*$/, '')}/tree/main/${dir}#readme`;
  pkg.bugs = bugs;
  for (const field of ['dependencies', 'peerDependencies', 'devDependencies']) {
    for (const name of Object.keys(pkg[field] ?? {})) if (names.has(name)) pkg[field][name] = `^${version}`;
  }
  const licenseCopy = join(root, dir, 'LICENSE');
  const licenseText = readFileSync(join(root, 'LICENSE'), 'utf8');
  let copied = '';
  try {
    copied = readFileSync(licenseCopy, 'utf8');
  } catch {
    // not there yet
  }
  if (check) {
    if (JSON.stringify(pkg) !== before) problems.push(`${dir}/package.json is out of sync with the root package.json`);
    if (copied !== licenseText) problems.push(`${dir}/LICENSE differs from LICENSE`);
    continue;
  }
  if (JSON.stringify(pkg) !== before) writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`);
  if (copied !== licenseText) copyFileSync(join(root, 'LICENSE'), licenseCopy);
}
if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\nRun: node scripts/sync-packages.mjs\n`);
  process.exitCode = 1;
}
