#!/usr/bin/env node
// The quick verification scenario: the same MCP servers, once raw and once behind `vanguard start`,
// driven by the official SDK client. Prints what each path allowed and blocked.
//
//   npm run demo                 (builds, then runs this file)
//   node examples/demo.mjs [--profile monitor|balanced|strict]
//
// Servers: @modelcontextprotocol/server-filesystem in a fresh temporary folder, and a tiny SDK server
// (test/fixtures/poisoned-tools-server.mjs) whose tool list carries a hidden instruction and whose
// `fetch` tool is a stand-in that makes no request. Nothing leaves this machine.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vanguard = join(root, 'packages', 'cli', 'bin', 'vanguard.js');
const filesystemServer = join(dirname(require.resolve('@modelcontextprotocol/server-filesystem/package.json')), 'dist', 'index.js');
const fixtureServer = join(root, 'test', 'fixtures', 'poisoned-tools-server.mjs');

const { values } = parseArgs({ options: { profile: { type: 'string', default: 'balanced' } } });
const profile = values.profile;

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'vanguard-demo-')));
writeFileSync(join(dir, 'notes.txt'), 'Meeting notes: ship the stdio proxy on Friday.\n');
mkdirSync(join(dir, 'reports'));
mkdirSync(join(dir, '.ssh'));
writeFileSync(join(dir, '.ssh', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\n(demo key, not real)\n-----END OPENSSH PRIVATE KEY-----\n');
writeFileSync(join(dir, '.env'), 'DATABASE_PASSWORD=demo-not-real\n');

/** Connects the SDK client to a server, raw or under `vanguard start`. */
async function connect(server, guarded) {
  const [command, ...args] = guarded ? [process.execPath, vanguard, 'start', '--profile', profile, '--quiet', '--', ...server] : server;
  const transport = new StdioClientTransport({ command, args, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk) => (stderr += chunk));
  const client = new Client({ name: 'vanguard-demo', version: '1.0.0' });
  try {
    await client.connect(transport);
  } catch (error) {
    throw new Error(`could not connect to ${guarded ? 'the guarded' : 'the raw'} server: ${error.message}\n${stderr}`);
  }
  return client;
}

const clip = (text, n = 34) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** Runs one tool call and describes what came back. */
async function outcome(client, name, args) {
  try {
    const result = await client.callTool({ name, arguments: args });
    const text = (result.content ?? []).map((c) => c.text ?? '').join('');
    return result.isError ? { kind: 'error', text: `server error: ${clip(text, 40)}` } : { kind: 'allowed', text: `allowed: "${clip(text)}"` };
  } catch (error) {
    if (error?.code === -32010) return { kind: 'blocked', text: `BLOCKED ${error.data?.rule ?? ''}` };
    return { kind: 'error', text: `error: ${clip(error.message ?? String(error), 40)}` };
  }
}

async function toolList(client) {
  try {
    const { tools } = await client.listTools();
    const hidden = tools.filter((t) => /[\u{E0000}-\u{E007F}]/u.test(t.description ?? '')).map((t) => t.name);
    return {
      kind: hidden.length ? 'allowed' : 'filtered',
      text: `${tools.length} tools${hidden.length ? `, hidden text in: ${hidden.join(', ')}` : ', none poisoned'}`,
    };
  } catch (error) {
    if (error?.code === -32010) return { kind: 'blocked', text: `BLOCKED whole list (${error.data?.rule ?? ''})` };
    return { kind: 'error', text: `error: ${clip(error.message, 40)}` };
  }
}

const read = (path) => ({ tool: 'read_text_file', args: { path } });
const scenarios = [
  { name: 'safe read (notes.txt)', server: 'fs', ...read(join(dir, 'notes.txt')) },
  { name: 'traversal that stays inside', server: 'fs', ...read(`${dir}/reports/../notes.txt`) },
  { name: 'traversal out of the folder', server: 'fs', ...read(`${dir}/../../etc/passwd`) },
  { name: 'private key in the folder', server: 'fs', ...read(join(dir, '.ssh', 'id_ed25519')) },
  { name: '.env file in the folder', server: 'fs', ...read(join(dir, '.env')) },
  { name: 'safe write (reports/summary.md)', server: 'fs', tool: 'write_file', args: { path: join(dir, 'reports', 'summary.md'), content: '# Summary\n' } },
  { name: 'cloud metadata request', server: 'fixture', tool: 'fetch', args: { url: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' } },
  { name: 'safe web request', server: 'fixture', tool: 'fetch', args: { url: 'https://example.com/docs/changelog' } },
  { name: 'tools/list with a hidden instruction', server: 'fixture', list: true },
];

const servers = { fs: [process.execPath, filesystemServer, dir], fixture: [process.execPath, fixtureServer] };
const started = performance.now();
process.stderr.write(`Starting the servers raw and under vanguard start --profile ${profile}...\n`);
const clients = {};
try {
  const pairs = await Promise.all(
    Object.entries(servers).flatMap(([key, server]) => [false, true].map(async (guarded) => [`${key}:${guarded}`, await connect(server, guarded)])),
  );
  for (const [key, client] of pairs) clients[key] = client;

  const rows = [];
  for (const s of scenarios) {
    const [raw, guarded] = await Promise.all(
      [false, true].map((g) => {
        const client = clients[`${s.server}:${g}`];
        return s.list ? toolList(client) : outcome(client, s.tool, s.args);
      }),
    );
    rows.push([s.name, raw, guarded]);
  }

  const width = [Math.max(8, ...rows.map((r) => r[0].length)), Math.max(3, ...rows.map((r) => r[1].text.length))];
  const line = (a, b, c) => `${a.padEnd(width[0])}  ${b.padEnd(width[1])}  ${c}`;
  const out = [
    '',
    `Vanguard demo: the same MCP servers raw and behind vanguard start (profile ${profile})`,
    `Folder served: ${dir}`,
    '',
    line('scenario', 'raw', 'guarded'),
    line('-'.repeat(width[0]), '-'.repeat(width[1]), '-'.repeat(40)),
    ...rows.map(([name, raw, guarded]) => line(name, raw.text, guarded.text)),
    '',
  ];
  const blocked = rows.filter(([, , g]) => g.kind === 'blocked' || g.kind === 'filtered').length;
  const rawAllowedGuardedStopped = rows.filter(([, r, g]) => r.kind === 'allowed' && (g.kind === 'blocked' || g.kind === 'filtered')).length;
  const bothAllowed = rows.filter(([, r, g]) => r.kind === 'allowed' && g.kind === 'allowed').length;
  out.push(
    `${bothAllowed} safe operation(s) passed on both paths; the guarded path stopped ${blocked} risky one(s),`,
    `${rawAllowedGuardedStopped} of which the raw server would have carried out. (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    '',
  );
  process.stdout.write(out.join('\n'));
} finally {
  await Promise.allSettled(Object.values(clients).map((c) => c.close()));
  rmSync(dir, { recursive: true, force: true });
}
