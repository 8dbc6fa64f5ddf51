#!/usr/bin/env node
// Transparency check: runs the @modelcontextprotocol/conformance server scenarios against the project's
// fixture server straight, then through the gateway (balanced profile, no auth, loopback), and compares
// the results check by check. Prints a table and the differences; exits 1 if any check differs except
// where the gateway adds a protection the fixture lacks (dns-rebinding-protection).
//
//   npm run build && node test/conformance/compare.mjs [--scenario NAME]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const conformance = join(dirname(require.resolve('@modelcontextprotocol/conformance/package.json')), 'dist', 'index.js');
const vanguard = join(here, '..', '..', 'packages', 'cli', 'bin', 'vanguard.js');
const { values } = parseArgs({ options: { scenario: { type: 'string' } } });

function startListening(args, pattern) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`no listening line from ${args.join(' ')}: ${log}`)), 20_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const m = pattern.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
  });
}

function run(url, out) {
  const args = [conformance, 'server', '--url', url, '-o', out, ...(values.scenario ? ['--scenario', values.scenario] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** scenario → check id → status, from the conformance output folder. */
function results(out) {
  const map = new Map();
  for (const dir of readdirSync(out)) {
    const scenario = dir.replace(/^server-/, '').replace(/-\d{4}-\d{2}-\d{2}T.*$/, '');
    let checks;
    try {
      checks = JSON.parse(readFileSync(join(out, dir, 'checks.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const check of checks) map.set(`${scenario} :: ${check.id}`, check.status);
  }
  return map;
}

const fixture = await startListening([join(here, 'fixture-server.mjs')], /listening on (\S+)/);
const gateway = await startListening([vanguard, 'gateway', '--listen', '127.0.0.1:0', '--upstream', fixture.url], /listening on (\S+)/);
const work = mkdtempSync(join(tmpdir(), 'vanguard-conformance-'));
try {
  await run(fixture.url, join(work, 'direct'));
  await run(gateway.url, join(work, 'gateway'));
  const direct = results(join(work, 'direct'));
  const through = results(join(work, 'gateway'));
  const keys = [...new Set([...direct.keys(), ...through.keys()])].sort();
  const count = (map, status) => [...map.values()].filter((s) => s === status).length;
  console.log(`conformance ${JSON.parse(readFileSync(join(dirname(conformance), '..', 'package.json'), 'utf8')).version}, ${keys.length} checks`);
  console.log(`direct:  ${count(direct, 'SUCCESS')} success, ${count(direct, 'FAILURE')} failure, ${count(direct, 'WARNING')} warning`);
  console.log(`gateway: ${count(through, 'SUCCESS')} success, ${count(through, 'FAILURE')} failure, ${count(through, 'WARNING')} warning`);
  const bothFail = keys.filter((k) => direct.get(k) === 'FAILURE' && through.get(k) === 'FAILURE');
  if (bothFail.length) console.log(`failing straight and through the gateway alike (fixture gaps): ${bothFail.join(', ')}`);
  const differences = keys.filter((k) => direct.get(k) !== through.get(k));
  const expected = (k) => k.startsWith('dns-rebinding-protection') && through.get(k) === 'SUCCESS';
  for (const k of differences) console.log(`${expected(k) ? 'expected ' : 'DIFFERENT'} ${k}: direct ${direct.get(k) ?? '-'}, gateway ${through.get(k) ?? '-'}`);
  console.log(differences.every(expected) ? 'same result check for check (besides the protection the gateway adds)' : 'the gateway changed conformance results');
  process.exitCode = differences.every(expected) ? 0 : 1;
} finally {
  fixture.child.kill();
  gateway.child.kill();
  rmSync(work, { recursive: true, force: true });
}
