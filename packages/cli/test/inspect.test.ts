import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI runs the built dist, as `npx vanguard` does: run `npm run build` before these tests.
const bin = fileURLToPath(new URL('../bin/vanguard.js', import.meta.url));
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface VerdictLine {
  readonly line: number;
  readonly action: string;
  readonly rule: string | null;
  readonly layer: string | null;
  readonly method: string | null;
  readonly tool: string | null;
  readonly summary: string;
  readonly findings: readonly { rule: string }[];
  readonly removedTools?: readonly string[];
}

function run(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`vanguard ${args.join(' ')} did not finish in time`));
    }, 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

const verdicts = (out: Run): VerdictLine[] =>
  out.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as VerdictLine);

const jsonl = (...lines: unknown[]): string => `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`;

const ping = { jsonrpc: '2.0', id: 1, method: 'ping' };
const traversal = { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'read_file', arguments: { path: '../../../etc/passwd' } } };
const unknown = { jsonrpc: '2.0', id: 3, method: 'acme/frobnicate' };
const readCall = { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'read_file', arguments: { path: 'notes.md' } } };
// A tool result shaped like a resources/read answer: only correlation can tell it is a tool result.
const readResult = { jsonrpc: '2.0', id: 7, result: { contents: [{ uri: 'file:///notes.md', text: 'hello' }] } };

let dir: string;
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  if (!existsSync(dist)) throw new Error('packages/cli/dist is missing: run npm run build before the CLI tests');
  dir = mkdtempSync(join(tmpdir(), 'vanguard-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('vanguard inspect', () => {
  it('prints one verdict line per input line, in order', async () => {
    const out = await run(['inspect', file('mixed.jsonl', jsonl(ping, traversal, unknown, { jsonrpc: '2.0', method: 'notifications/initialized' }))]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const lines = verdicts(out);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(lines.map((l) => l.action)).toEqual(['allow', 'block', 'warn', 'allow']);
    expect(lines[1]).toMatchObject({ layer: 'rules', method: 'tools/call', tool: 'read_file' });
    expect(lines[1]?.rule).toMatch(/^path\//);
    expect(lines[1]?.findings.map((f) => f.rule)).toContain('path/traversal');
    expect(lines[2]?.rule).toBe('protocol/unknown-method');
    expect(lines[0]).toMatchObject({ rule: null, layer: null, findings: [] });
  });

  it('keeps the order over many lines', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? { ...traversal, id: i } : { ...ping, id: i }));
    const lines = verdicts(await run(['inspect', file('many.jsonl', jsonl(...many))]));
    expect(lines).toHaveLength(2000);
    expect(lines.every((l, i) => l.line === i + 1 && l.action === (i % 3 === 0 ? 'block' : 'allow'))).toBe(true);
  });

  it('gives blank and non-JSON lines a block line instead of stopping', async () => {
    const out = await run(['inspect', file('broken.jsonl', jsonl(ping, '', 'this is not json', '{"jsonrpc":"2.0",', ping))]);
    expect(out.code).toBe(0);
    const lines = verdicts(out);
    expect(lines.map((l) => [l.line, l.action, l.rule])).toEqual([
      [1, 'allow', null],
      [2, 'block', 'preflight/parse-error'],
      [3, 'block', 'preflight/parse-error'],
      [4, 'block', 'preflight/parse-error'],
      [5, 'allow', null],
    ]);
  });

  it('gives valid JSON that is not a JSON-RPC message a block line', async () => {
    const lines = verdicts(await run(['inspect', file('not-rpc.jsonl', jsonl(42, [], { hello: 'world' }))]));
    expect(lines.map((l) => [l.action, l.rule])).toEqual([
      ['block', 'protocol/invalid-message'],
      ['block', 'protocol/invalid-message'],
      ['block', 'protocol/invalid-message'],
    ]);
  });

  it('reads envelopes with from and session', async () => {
    const lines = verdicts(
      await run([
        'inspect',
        file(
          'envelopes.jsonl',
          jsonl(
            { message: readCall, from: 'client', session: 'a', note: 'ignored' },
            { message: readResult, from: 'server', session: 'b' },
            { message: readCall, from: 'client', session: 'a' },
            { message: readResult, from: 'server', session: 'a' },
            { message: readCall, from: 'server' },
          ),
        ),
      ]),
    );
    // Session b never saw the request; session a did.
    expect(lines[1]).toMatchObject({ method: 'resources/read', tool: null });
    expect(lines[3]).toMatchObject({ method: 'tools/call', tool: 'read_file' });
    // `from` wins over inference: a tools/call from the server is the wrong direction.
    expect(lines[4]).toMatchObject({ action: 'block', rule: 'protocol/wrong-direction' });
  });

  it('infers the sender of bare messages: server-initiated methods and responses come from the server', async () => {
    const lines = verdicts(
      await run(['inspect', file('bare.jsonl', jsonl({ jsonrpc: '2.0', id: 1, method: 'sampling/createMessage', params: { messages: [], maxTokens: 10 } }, { jsonrpc: '2.0', id: 9, result: { content: [] } }))]),
    );
    expect(lines.map((l) => l.action)).toEqual(['allow', 'allow']);
  });

  it('correlates within the file with --session file (the default) and not with --session line', async () => {
    const path = file('correlate.jsonl', jsonl(readCall, readResult));
    const whole = verdicts(await run(['inspect', path]));
    expect(whole[1]).toMatchObject({ method: 'tools/call', tool: 'read_file' });
    const explicit = verdicts(await run(['inspect', '--session', 'file', path]));
    expect(explicit[1]).toMatchObject({ method: 'tools/call', tool: 'read_file' });
    const perLine = verdicts(await run(['inspect', '--session', 'line', path]));
    expect(perLine[1]).toMatchObject({ method: 'resources/read', tool: null });
  });

  it('applies --profile', async () => {
    const path = file('profiles.jsonl', jsonl(unknown, traversal));
    expect(verdicts(await run(['inspect', path])).map((l) => l.action)).toEqual(['warn', 'block']);
    expect(verdicts(await run(['inspect', '--profile', 'strict', path])).map((l) => l.action)).toEqual(['block', 'block']);
    expect(verdicts(await run(['inspect', '--profile=monitor', path])).map((l) => l.action)).toEqual(['warn', 'shadow-block']);
  });

  it('reads standard input when the file is - or missing', async () => {
    const input = jsonl(ping, traversal);
    for (const args of [['inspect', '-'], ['inspect']]) {
      const out = await run(args, input);
      expect(out.code).toBe(0);
      expect(verdicts(out).map((l) => l.action)).toEqual(['allow', 'block']);
    }
  });

  it('handles CRLF line endings and a last line without a newline', async () => {
    const lines = verdicts(await run(['inspect', '-'], `${JSON.stringify(ping)}\r\n${JSON.stringify(traversal)}`));
    expect(lines.map((l) => l.action)).toEqual(['allow', 'block']);
  });

  it('exits 2 with a message on stderr for a bad flag', async () => {
    const out = await run(['inspect', '--bogus', 'x.jsonl']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('--bogus');
  });

  it('exits 2 with a message on stderr for a bad flag value', async () => {
    const profile = await run(['inspect', '--profile', 'paranoid', '-']);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('paranoid');
    const session = await run(['inspect', '--session', 'tab', '-']);
    expect(session.code).toBe(2);
    expect(session.stderr).toContain('--session');
  });

  it('exits 2 with a message on stderr for a file it cannot read', async () => {
    const out = await run(['inspect', join(dir, 'does-not-exist.jsonl')]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('does-not-exist.jsonl');
  });
});

describe('vanguard inspect --config', () => {
  const read = (id: number, path: string): unknown => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'read_text_file', arguments: { path } } });

  it('uses the config start uses: safe zones and scopes, relative roots resolved against the config folder', async () => {
    const folder = join(dir, 'zoned');
    const config = join(folder, 'vanguard.yaml');
    mkdirSync(folder, { recursive: true });
    writeFileSync(config, [
      'safeZones:',
      '  roots: [./project]',
      'scopes:',
      '  - match: { tool: read_text_file, server: default }',
      '    safeZones: { roots: [./project/docs], action: warn }',
      '',
    ].join('\n'));
    const inside = join(folder, 'project', 'docs', 'a.md');
    const outside = join(folder, 'elsewhere', 'b.md');
    const out = await run(['inspect', '--config', config, '-'], jsonl(read(1, inside), read(2, outside)));
    expect(out.stderr).toBe('');
    const [ok, flagged] = verdicts(out);
    expect(ok?.action).toBe('allow');
    expect(flagged?.action).toBe('warn');
    expect(flagged?.findings.map((f) => f.rule)).toContain('safe-zone/outside-root');
  });

  it('names the file, the key and the allowed values of a bad config, with the paths written as everywhere else', async () => {
    const config = join(dir, 'bad-scopes.yaml');
    writeFileSync(config, 'scopes:\n  - match: { tool: x, host: y }\n    safeZones: { roots: [./a], action: deny }\n');
    const out = await run(['inspect', '--config', config, '-'], '');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`vanguard inspect: invalid config ${config}:`);
    expect(out.stderr).toContain('- scopes[0].match.host: unknown key (allowed: server, tool, principal)');
    expect(out.stderr).toContain('- scopes[0].safeZones.action: unknown value (allowed: warn, review, block)');
    expect(out.stderr).toContain('[VG_ERR_CONFIG_INVALID]');
  });

  it('refuses a config whose rule pack has failing examples, naming the rule and the example', async () => {
    const pack = join(dir, 'weak-pack.yaml');
    writeFileSync(pack, [
      'pack: acme',
      'description: Rules of our own',
      'layer: rules',
      'rules:',
      '  - id: acme/internal-host',
      '    description: Calls to our internal admin host',
      '    severity: high',
      '    action: block',
      '    kinds: [url]',
      "    patterns: ['admin\\.internal\\.example']",
      '    message: Reaches the internal admin host',
      '    examples:',
      "      match: ['https://admin.internal.example/x', 'https://admin-internal.example/y']",
      "      no-match: ['https://www.example.com/']",
      '',
    ].join('\n'));
    const config = join(dir, 'with-pack.yaml');
    writeFileSync(config, `rules:\n  files: [${JSON.stringify(pack)}]\n`);
    const out = await run(['inspect', '--config', config, '-'], '');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('rule pack examples fail, so these rules do not load');
    expect(out.stderr).toContain(`${pack}: acme/internal-host: example "https://admin-internal.example/y" should match (missed)`);
  });
});
