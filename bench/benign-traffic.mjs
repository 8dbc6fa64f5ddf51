#!/usr/bin/env node
// Benign coding-agent traffic built from real sources on this machine, inspected in process by the built
// core under each profile. What a coding agent sends (shell commands, file reads, edits whose code comes
// from real files in node_modules, URLs from package.json fields) and what it gets back (files of this
// repository, git log/diff output, npm output, real stack traces, security-themed READMEs, and the answers
// of the real MCP servers from npm: server-filesystem and server-everything, spawned and asked on stdio).
// Every message here is ordinary work: each block or warning is a false positive to understand.
//
// Usage (from the project root, after `npm run build`):
//   node bench/benign-traffic.mjs [--profile balanced,strict] [--show 3] [--core PATH] [--json]
//
// Sources are read in a deterministic order (sorted names, symbolic links not followed), so two runs on one
// machine inspect the same messages; --core points at another build's core (an A/B "before" side).
import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { filesUnder } from './fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    profile: { type: 'string', default: 'balanced,strict' },
    show: { type: 'string', default: '3' },
    core: { type: 'string', default: join(root, 'packages/core/dist/index.js') },
    json: { type: 'boolean', default: false },
  },
});
const profiles = options.profile.split(',');
const show = Number(options.show);
const { createGuard } = await import(pathToFileURL(options.core).href);
const modules = join(root, 'node_modules');
const maxText = 16 * 1024;

/** Runs a read-only command in the repository and returns its output (stdout and stderr), never throwing. */
function run(command, args, cwd = root) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, timeout: 20_000 });
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
}

/** Splits long output into message-sized chunks at line ends, as a tool that pages its output would. */
function* chunks(text, size = maxText) {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const newline = text.lastIndexOf('\n', end);
    if (end < text.length && newline > start) end = newline + 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** Every n-th item, so a source of any size contributes a bounded, spread-out sample. */
const sample = (list, count) => (list.length <= count ? list : list.filter((_, i) => i % Math.ceil(list.length / count) === 0));

// ---- sources ---------------------------------------------------------------------------------------

const repoFiles = run('git', ['ls-files'])
  .split('\n')
  .filter((p) => /\.(?:ts|mjs|js|md|ya?ml|json)$/.test(p) && !p.includes('generated/'));
const repoSources = repoFiles.filter((p) => /\.(?:ts|mjs)$/.test(p));

const packages = [];
for (const name of readdirSync(modules).sort()) {
  const dirs = name.startsWith('@') ? readdirSync(join(modules, name)).sort().map((n) => `${name}/${n}`) : [name];
  for (const dir of dirs) {
    try {
      const manifest = JSON.parse(readFileSync(join(modules, dir, 'package.json'), 'utf8'));
      if (lstatSync(join(modules, dir)).isSymbolicLink()) continue;
      packages.push({ dir, manifest });
    } catch {
      // not a package directory
    }
  }
}
const urlOf = (field) => (typeof field === 'string' ? field : field?.url);
const packageUrls = [
  ...new Set(
    packages
      .flatMap(({ manifest }) => [manifest.homepage, urlOf(manifest.repository), urlOf(manifest.bugs)])
      .filter((u) => typeof u === 'string' && /^(?:git\+)?https?:/.test(u))
      .map((u) => u.replace(/^git\+/, '').replace(/\.git$/, '')),
  ),
];
const binaries = packages.flatMap(({ manifest }) =>
  typeof manifest.bin === 'string' ? [manifest.name] : Object.keys(manifest.bin ?? {}),
);

// Code around the constructs a guard is wary of, as a coding agent would paste it into an edit.
const wary = {
  eval: /\beval\s*\(|new Function\s*\(/,
  exec: /\bexec(?:Sync|File|FileSync)?\s*\(|\bspawn(?:Sync)?\s*\(/,
  'child_process': /child_process/,
  fetch: /\bfetch\s*\(|\baxios\b|XMLHttpRequest/,
  base64: /base64|atob\s*\(|btoa\s*\(/,
  secrets: /(?:password|secret|api[_-]?key|token)\s*[:=]\s*['"`][^'"`]{6,}/i,
  prompt: /\b(?:system prompt|you are an?|assistant:|instructions?:)/i,
};
/** @type {Record<string, { file: string, code: string, line: string }[]>} */
const snippets = Object.fromEntries(Object.keys(wary).map((k) => [k, []]));
const jsFiles = [...filesUnder(modules, (name, size) => /\.(?:[cm]?js|ts)$/.test(name) && !name.endsWith('.d.ts') && size < 512 * 1024)];
for (const path of sample(jsFiles, 4000)) {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [kind, pattern] of Object.entries(wary)) {
    if (snippets[kind].length >= 80) continue;
    const at = lines.findIndex((l) => l.length < 400 && pattern.test(l));
    if (at < 0) continue;
    const code = lines.slice(Math.max(0, at - 6), at + 10).join('\n');
    snippets[kind].push({ file: relative(root, path), code, line: lines[at] });
  }
}

const securityDocs = [
  ...filesUnder(modules, (name, size) => /^(?:readme|security)(?:\.md)?$/i.test(name) && size < 256 * 1024),
].filter((path) => /\b(?:injection|XSS|cross-site|tokens?|credentials?|sanitiz)/i.test(readFileSync(path, 'utf8')));

// ---- traffic ---------------------------------------------------------------------------------------

/** One exchange: a tools/call request and, when given, its result; `source` groups the table. */
const exchanges = [];
let nextId = 0;
const call = (source, tool, args, resultText) => {
  const id = ++nextId;
  const request = { jsonrpc: '2.0', id, method: 'tools/call', params: { name: tool, arguments: args } };
  const result =
    resultText === undefined ? undefined : { jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: resultText }], isError: false } };
  exchanges.push({ source, request, result });
};
const shell = (source, command, output) => call(source, 'Bash', { command, description: `Run ${command.split(' ')[0]}` }, output);

// Shell commands a coding agent runs, over this repository's real files, scripts and dependencies.
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const script of Object.keys(rootManifest.scripts)) shell('shell: npm scripts', `npm run ${script}`);
for (const { manifest } of sample(packages, 60)) {
  shell('shell: npm/npx', `npm install --save-dev ${manifest.name}@^${manifest.version}`);
  shell('shell: npm/npx', `npm ls ${manifest.name} --depth=2`);
}
for (const bin of sample(binaries, 40)) shell('shell: npm/npx', `npx --no-install ${bin} --help`);
const identifiers = [...new Set(repoSources.flatMap((p) => [...readFileSync(join(root, p), 'utf8').matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1])))];
for (const path of sample(repoSources, 60)) {
  shell('shell: git', `git log --oneline -n 20 -- ${path}`);
  shell('shell: git', `git diff HEAD~3 -- ${path}`);
  shell('shell: sed/find', `sed -n '1,80p' ${path}`);
  shell('shell: sed/find', `sed -i 's/\\bconst \\(\\w\\+\\) = require(/import \\1 from (/' ${path}`);
  shell('shell: chmod/rm/env', `chmod +x ${path} && ls -la ${dirname(path)}`);
}
for (const name of sample(identifiers, 60)) {
  shell('shell: grep', `grep -rn "${name}" packages/ --include='*.ts' | head -50`);
  shell('shell: grep', `grep -rnE "eval\\(|new Function|child_process" node_modules/${sample(packages, 60)[name.length % 60]?.dir ?? 'yaml'} | head`);
}
// A search tool's regular expressions over the same names: alternations of identifiers and short words.
const names = sample(identifiers, 60);
for (let i = 0; i + 1 < names.length; i += 2) {
  call('search: regex patterns', 'Grep', { pattern: `${names[i]}|${names[i + 1]}`, path: 'packages' });
  call('search: regex patterns', 'Grep', { pattern: `\\b(?:${names[i]}|id|ls|cat)\\(`, path: 'packages', output_mode: 'content' });
}
for (const subject of run('git', ['log', '--format=%s', '-n', '40']).split('\n').filter(Boolean)) {
  shell('shell: git', `git add -A && git commit -m ${JSON.stringify(subject)}`);
}
for (const dir of ['dist', 'build', 'coverage', '.turbo', 'node_modules/.cache', 'packages/*/dist', '/tmp/vanguard-test-*', 'bench/results']) {
  shell('shell: chmod/rm/env', `rm -rf ${dir}`);
  shell('shell: sed/find', `find ${dir.replace(/\/\*.*$/, '')} -name '*.js.map' -delete`);
}
for (const [name, value] of [
  ['NODE_ENV', 'production'], ['DEBUG', 'vanguard:*'], ['PATH', '"$PWD/node_modules/.bin:$PATH"'], ['NODE_OPTIONS', '--max-old-space-size=4096'],
  ['REDIS_URL', 'redis://127.0.0.1:6379'], ['PORT', '8787'], ['VANGUARD_PROFILE', 'strict'], ['CI', '1'], ['FORCE_COLOR', '0'],
  ['GITHUB_TOKEN', '"$(gh auth token)"'], ['npm_config_registry', 'http://127.0.0.1:4873'],
]) {
  shell('shell: chmod/rm/env', `export ${name}=${value} && npm test`);
}
for (const port of [3000, 8080, 8787, 6277]) {
  shell('shell: curl localhost', `curl -s http://localhost:${port}/health`);
  shell('shell: curl localhost', `curl -sS -X POST http://127.0.0.1:${port}/mcp -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" -d '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'`);
  shell('shell: docker', `docker run --rm -d -p ${port}:${port} --name dev-${port} node:20-alpine node server.js`);
}
// Scripts run from a package folder, reaching the repository root and its neighbours with "../".
for (const path of repoFiles.filter((p) => /^(?:scripts|bench)\/[^/]+\.mjs$/.test(p))) {
  shell('shell: relative paths', `cd packages/core && node ../../${path} --help`);
  shell('shell: relative paths', `cp ../../${path} /tmp/ && ls -la ../`);
}
shell('shell: relative paths', 'node ../shared/corpus/score.mjs --profile balanced');
// Local databases a project's tests and migrations talk to, by connection string.
for (const [scheme, port, client] of [['postgres', 5432, 'psql'], ['postgresql', 5432, 'pg_dump --schema-only'], ['redis', 6379, 'redis-cli -u'], ['mongodb', 27017, 'mongosh'], ['mysql', 3306, 'mysqlsh --uri'], ['amqp', 5672, 'npx amqp-ping']]) {
  shell('shell: databases', `${client} ${scheme}://127.0.0.1:${port}/app_test`);
  shell('shell: databases', `export DATABASE_URL=${scheme}://localhost:${port}/dev && npx prisma migrate dev --name init`);
}
for (const command of [
  'docker compose up -d redis', 'docker ps -a', 'docker logs --tail 100 dev-8080', 'docker build -t vanguard:dev .',
  'docker exec -it dev-8080 sh -c "cat /app/package.json"', 'docker system prune -f',
]) shell('shell: docker', command);
for (const { manifest } of sample(packages, 20)) {
  shell('shell: python -c', `python3 -c "import json; print(json.load(open('node_modules/${manifest.name}/package.json'))['version'])"`);
}
shell('shell: python -c', `python3 -c 'import base64,sys; print(base64.b64decode(sys.argv[1]).decode())' aGVsbG8gd29ybGQ=`);
shell('shell: python -c', `python3 -c "import http.server, socketserver; socketserver.TCPServer(('127.0.0.1', 8000), http.server.SimpleHTTPRequestHandler).serve_forever()"`);

// URLs from package.json homepage/repository/bugs fields, fetched as documentation.
for (const url of sample(packageUrls, 120)) call('fetch: package URLs', 'WebFetch', { url, prompt: 'Summarize the install and usage instructions' });

// Edits whose code comes from real files in node_modules.
for (const [kind, list] of Object.entries(snippets)) {
  for (const { file, code, line } of list) {
    const target = `src/vendor/${basename(file)}`;
    call(`edit: ${kind} code`, 'Edit', { file_path: target, old_string: line.trim(), new_string: code });
    call(`edit: ${kind} code`, 'write_file', { path: `/tmp/scratch/${basename(file)}`, content: code });
    // The pattern an agent would search for: the line's first words, cut at a space (not inside a word).
    const words = line.trim().slice(0, 48);
    const pattern = words.length < 48 || !words.includes(' ') ? words : words.slice(0, words.lastIndexOf(' '));
    call(`result: grep ${kind}`, 'Grep', { pattern, path: 'node_modules' }, `${file}:${code.split('\n').length}:${line}`);
  }
}

// Results: files of this repository, git history, npm output, real stack traces, security docs.
// Tests, rule packs and detection docs of this repository quote attacks on purpose: they are counted apart.
const quotesAttacks = (path) => /(?:^|\/)test\/|^rules\/|^docs\/|^bench\/.*fixtures|\.test\.ts$/.test(path);
for (const path of repoFiles) {
  const text = readFileSync(join(root, path), 'utf8');
  call(quotesAttacks(path) ? 'result: repo attack fixtures' : 'result: repo files', 'Read', { file_path: join(root, path) }, text.slice(0, maxText));
}
for (const text of chunks(run('git', ['log', '-n', '300', '--stat']))) call('result: git log/diff', 'Bash', { command: 'git log -n 300 --stat' }, text);
for (const text of chunks(run('git', ['log', '-p', '-n', '40', '--', 'packages/core/src', 'rules']))) {
  call('result: git log/diff', 'Bash', { command: 'git log -p -n 40 -- packages/core/src rules' }, text);
}
for (const text of chunks(run('npm', ['ls', '--all']))) call('result: npm output', 'Bash', { command: 'npm ls --all' }, text);
for (const dir of ['packages/core', 'packages/cli']) call('result: npm output', 'Bash', { command: `npm pack --dry-run` }, run('npm', ['pack', '--dry-run'], join(root, dir)));
// Help texts of the command-line tools installed here, git and npm: imperatives addressed to their reader.
const helped = ['acorn', 'eslint', 'js-yaml', 'markdown-it', 'nanoid', 'rolldown', 'semver', 'tsc', 'typedoc', 'vite', 'vitest', 'yaml'];
for (const bin of helped.filter((b) => binaries.includes(b))) {
  call('result: CLI help', 'Bash', { command: `npx ${bin} --help` }, run(join(modules, '.bin', bin), ['--help']));
}
for (const args of [['help', '-a'], ['commit', '-h'], ['rebase', '-h'], ['push', '-h'], ['status']]) call('result: CLI help', 'Bash', { command: `git ${args.join(' ')}` }, run('git', args));
for (const args of [['--help'], ['install', '--help'], ['run', '--help'], ['audit', '--help'], ['ls', '--depth=0']]) {
  call('result: CLI help', 'Bash', { command: `npm ${args.join(' ')}` }, run('npm', args));
}
for (const script of [
  "require('left-pad-does-not-exist')",
  "require('yaml').parse('a: [1, 2\\nb: c')",
  "require('zod').z.object({ port: require('zod').z.number() }).parse({ port: '80' })",
  "JSON.parse(require('fs').readFileSync('package.json', 'utf8').slice(0, 40))",
  "new (require('ajv'))().compile({ type: 'object', properties: { a: { type: 'nope' } } })",
  "require('node:fs').readFileSync('/tmp/does-not-exist/config.json')",
  'null.token',
  "Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'))",
]) {
  call('result: stack traces', 'Bash', { command: `node -e "${script}"` }, run(process.execPath, ['-e', script]));
}
for (const path of securityDocs) {
  const text = readFileSync(path, 'utf8').slice(0, maxText);
  call('result: security docs', 'Read', { file_path: relative(root, path) }, text);
}

// ---- real MCP servers ------------------------------------------------------------------------------

/** Spawns a server from npm, sends `requests` one by one and returns each answer as received on the wire. */
async function askServer(entry, args, requests) {
  const child = spawn(process.execPath, [entry, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const answers = [];
  const send = (m) => child.stdin.write(`${JSON.stringify(m)}\n`);
  const answer = async (id) => {
    for (;;) {
      const { value, done } = await lines.next();
      if (done) return undefined;
      const m = JSON.parse(value);
      if (m.id === id && !('method' in m)) return m;
    }
  };
  send({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'benign-traffic', version: '1' } } });
  answers.push({ request: { jsonrpc: '2.0', id: 0, method: 'initialize' }, answer: await answer(0) });
  send({ jsonrpc: '2.0', method: 'notifications/initialized' });
  let id = 0;
  for (const [method, params] of requests) {
    const request = { jsonrpc: '2.0', id: ++id, method, ...(params ? { params } : {}) };
    send(request);
    answers.push({ request, answer: await answer(id) });
  }
  child.kill();
  return answers;
}
const serverEntry = (name) => join(modules, name, 'dist/index.js');
const servers = [
  {
    name: 'server-filesystem',
    answers: await askServer(serverEntry('@modelcontextprotocol/server-filesystem'), [root], [
      ['tools/list'],
      ['tools/call', { name: 'list_directory', arguments: { path: join(root, 'packages/core/src') } }],
      ['tools/call', { name: 'directory_tree', arguments: { path: join(root, 'rules') } }],
      ['tools/call', { name: 'read_text_file', arguments: { path: join(root, 'README.md') } }],
      ['tools/call', { name: 'read_text_file', arguments: { path: join(root, 'rules/profiles.yaml') } }],
      ['tools/call', { name: 'search_files', arguments: { path: join(root, 'packages'), pattern: '*.test.ts' } }],
      ['tools/call', { name: 'get_file_info', arguments: { path: join(root, 'package.json') } }],
      ['tools/call', { name: 'list_allowed_directories', arguments: {} }],
    ]),
  },
  {
    name: 'server-everything',
    answers: await askServer(serverEntry('@modelcontextprotocol/server-everything'), ['stdio'], [
      ['tools/list'],
      ['prompts/list'],
      ['resources/list'],
      ['resources/templates/list'],
      ['tools/call', { name: 'echo', arguments: { message: 'build finished in 41s' } }],
      ['tools/call', { name: 'get-sum', arguments: { a: 2, b: 40 } }],
      ['tools/call', { name: 'get-tiny-image', arguments: {} }],
      ['tools/call', { name: 'get-annotated-message', arguments: { messageType: 'error', includeImage: false } }],
      ['tools/call', { name: 'get-resource-links', arguments: { count: 3 } }],
      ['tools/call', { name: 'get-structured-content', arguments: { location: 'New York' } }],
      ['prompts/get', { name: 'simple-prompt' }],
      ['prompts/get', { name: 'args-prompt', arguments: { city: 'Paris', state: 'TX' } }],
      ['resources/read', { uri: 'demo://resource/static/document/architecture.md' }],
      ['resources/read', { uri: 'demo://resource/static/document/features.md' }],
      ['resources/read', { uri: 'demo://resource/static/document/instructions.md' }],
    ]),
  },
];
for (const { name, answers } of servers) {
  for (const { request, answer } of answers) if (answer) exchanges.push({ source: `mcp: ${name}`, request, result: answer });
}

// ---- inspection ------------------------------------------------------------------------------------

const report = {};
for (const profile of profiles) {
  const guard = createGuard({ profile });
  const bySource = new Map();
  const examples = new Map();
  let session = 0;
  for (const { source, request, result } of exchanges) {
    const row = bySource.get(source) ?? { messages: 0, block: 0, warn: 0 };
    bySource.set(source, row);
    const sessionId = `s${++session}`;
    for (const [from, message] of [['client', request], ['server', result]]) {
      if (!message) continue;
      row.messages++;
      const verdict = await guard.inspect(message, { from, sessionId });
      if (verdict.action === 'allow') continue;
      const kind = verdict.action === 'block' || verdict.action === 'shadow-block' ? 'block' : 'warn';
      row[kind]++;
      const rule = `${kind} ${verdict.primary?.rule}`;
      const list = examples.get(rule) ?? [];
      examples.set(rule, list);
      const evidence = verdict.primary?.evidence;
      const asked = JSON.stringify(request.params?.arguments ?? request.params ?? request.method).slice(0, 160);
      const what = from === 'client' ? asked : `answer to ${request.method} ${asked}`;
      list.push({ source, from, what, evidence: evidence === undefined ? null : String(evidence).slice(0, 200) });
    }
  }
  report[profile] = { sources: Object.fromEntries(bySource), examples: Object.fromEntries(examples) };
}

if (options.json) {
  console.log(JSON.stringify(report, null, 1));
} else {
  const sources = [...new Set(exchanges.map((e) => e.source))];
  const header = ['source'.padEnd(28), 'messages'.padStart(8), ...profiles.flatMap((p) => [`${p} block`.padStart(16), `${p} warn`.padStart(15)])];
  console.log(header.join(' '));
  const totals = { messages: 0, ...Object.fromEntries(profiles.flatMap((p) => [[`${p}b`, 0], [`${p}w`, 0]])) };
  for (const source of sources) {
    const rows = profiles.map((p) => report[p].sources[source]);
    const messages = rows[0].messages;
    totals.messages += messages;
    const cells = rows.flatMap((r, i) => {
      totals[`${profiles[i]}b`] += r.block;
      totals[`${profiles[i]}w`] += r.warn;
      return [String(r.block).padStart(16), String(r.warn).padStart(15)];
    });
    console.log([source.padEnd(28), String(messages).padStart(8), ...cells].join(' '));
  }
  const totalCells = profiles.flatMap((p) => [String(totals[`${p}b`]).padStart(16), String(totals[`${p}w`]).padStart(15)]);
  console.log(['total'.padEnd(28), String(totals.messages).padStart(8), ...totalCells].join(' '));
  for (const profile of profiles) {
    for (const [rule, list] of Object.entries(report[profile].examples)) {
      console.log(`\n${profile} ${rule} (${list.length})`);
      for (const e of list.slice(0, show)) console.log(`  [${e.source}] ${e.from} ${e.what}\n    evidence: ${JSON.stringify(e.evidence)}`);
    }
  }
}
