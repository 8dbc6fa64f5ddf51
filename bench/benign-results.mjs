#!/usr/bin/env node
// Real benign tool results: every README*, LICENSE* and source file under the project's node_modules,
// wrapped as the `tools/call` result of a `read_file` call, inspected through the public CLI exactly as a
// user would run it (`vanguard inspect --session line`). Documentation full of imperatives ("run npm
// install", "you must set the token", "ignore this warning") is the hard negative for prompt-injection
// rules: the blocked share of these lines is the false-positive rate on real tool output.
//
// Usage (from the project root, after `npm run build`):
//   node bench/benign-results.mjs [--profile balanced] [--max-bytes 1048576] [--show 20] [--keep] [--json]
//
// Files are visited in a deterministic order (sorted names, symbolic links not followed, so the
// workspace's own packages linked into node_modules are not counted) and capped at --max-bytes.
import { spawn } from 'node:child_process';
import { createWriteStream, lstatSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { filesUnder } from './fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    profile: { type: 'string', default: 'balanced' },
    'max-bytes': { type: 'string', default: String(1024 * 1024) },
    show: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    cli: { type: 'string', default: process.env.VANGUARD_CLI ?? 'npx --no-install vanguard' },
  },
});
const maxBytes = Number(options['max-bytes']);
const show = Number(options.show);

const sourceFile = /\.(?:[cm]?js|jsx|[cm]?ts|tsx|md|markdown|mdx|json|ya?ml|txt)$/i;
const docFile = /^(?:readme|license|licence)(?:[.-]|$)/i;

/** Every source or documentation file under `dir`. */
const matchingFiles = (dir) => filesUnder(dir, (name) => docFile.test(name) || sourceFile.test(name));

function readCapped(path) {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes, lstatSync(path).size));
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

const input = join(tmpdir(), `vanguard-benign-results-${process.pid}.jsonl`);
const files = [];
const out = createWriteStream(input);
let id = 0;
let skippedBinary = 0;
for (const path of matchingFiles(join(root, 'node_modules'))) {
  const bytes = readCapped(path);
  if (bytes.includes(0)) {
    skippedBinary++;
    continue;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const message = { jsonrpc: '2.0', id: ++id, result: { content: [{ type: 'text', text }], isError: false } };
  files.push(relative(root, path));
  if (!out.write(`${JSON.stringify({ message, from: 'server', tool: 'read_file' })}\n`)) {
    await new Promise((resolve) => out.once('drain', resolve));
  }
}
await new Promise((resolve) => out.end(resolve));

const [command, ...args] = options.cli.split(' ');
const started = performance.now();
const child = spawn(command, [...args, 'inspect', '--profile', options.profile, '--session', 'line', input], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const counts = { allow: 0, warn: 0, review: 0, 'shadow-block': 0, block: 0, other: 0 };
const byRule = new Map();
const flagged = [];
let line = 0;
for await (const text of createInterface({ input: child.stdout })) {
  const verdict = JSON.parse(text);
  const file = files[line++];
  counts[verdict.action in counts ? verdict.action : 'other']++;
  if (verdict.action === 'allow') continue;
  byRule.set(`${verdict.action} ${verdict.rule}`, (byRule.get(`${verdict.action} ${verdict.rule}`) ?? 0) + 1);
  const primary = verdict.findings.find((f) => f.rule === verdict.rule);
  flagged.push({ file, action: verdict.action, rule: verdict.rule, evidence: primary?.evidence ?? null });
}
const code = await new Promise((resolve) => child.on('close', resolve));
const wallMs = Math.round(performance.now() - started);
if (!options.keep) rmSync(input, { force: true });

const total = files.length;
const pct = (n) => (total ? (100 * n) / total : 0).toFixed(3);
const blocked = counts.block + counts['shadow-block'];
const summary = {
  profile: options.profile,
  files: total,
  skippedBinary,
  inspected: line,
  exitCode: code,
  counts,
  blockedPct: Number(pct(blocked)),
  warnedPct: Number(pct(counts.warn + counts.review)),
  wallMs,
  rules: Object.fromEntries([...byRule.entries()].sort((a, b) => b[1] - a[1])),
  ...(options.keep ? { input } : {}),
};
if (options.json) {
  console.log(JSON.stringify({ ...summary, flagged }, null, 1));
} else {
  console.log(`profile=${summary.profile} files=${total} inspected=${line} (binary skipped: ${skippedBinary}) in ${wallMs} ms`);
  console.log(`allow=${counts.allow} warn=${counts.warn} review=${counts.review} shadow-block=${counts['shadow-block']} block=${counts.block}`);
  console.log(`blocked=${pct(blocked)}%  warned=${pct(counts.warn + counts.review)}%`);
  for (const [rule, n] of Object.entries(summary.rules)) console.log(`  ${String(n).padStart(5)}  ${rule}`);
  const order = { block: 0, 'shadow-block': 0, review: 1, warn: 2 };
  for (const f of flagged.sort((a, b) => (order[a.action] ?? 3) - (order[b.action] ?? 3)).slice(0, show)) {
    console.log(`  ${f.action.padEnd(12)} ${f.rule}  ${f.file}  ${JSON.stringify(f.evidence)}`);
  }
  if (options.keep) console.log(`input kept at ${input}`);
}
if (code !== 0 || line !== total) {
  console.error(`vanguard inspect exited ${code} with ${line} verdicts for ${total} lines`);
  process.exitCode = 1;
}
