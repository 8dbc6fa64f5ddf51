import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

// Ordinary coding-agent work, written for this suite: none of it may block or warn in `balanced`.
const guard = createGuard({ profile: 'balanced' });

let nextId = 1;
const call = (name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id: nextId++, method: 'tools/call', params: { name, arguments: args } });
const inspect = (message: unknown): Promise<Verdict> => guard.inspect(message, { from: 'client', sessionId: 'coding-work', serverId: 'tools' });

async function expectAllowed(message: unknown): Promise<void> {
  const verdict = await inspect(message);
  const label = `${JSON.stringify(message).slice(0, 300)} -> ${verdict.findings.map((f) => `${f.rule} (${f.evidence ?? ''})`).join(', ')}`;
  expect(verdict.action, label).toBe('allow');
}

type Case = readonly [label: string, tool: string, args: Record<string, unknown>];

const allows = (cases: readonly Case[]): void => {
  it.each(cases.map((c) => ({ label: c[0], tool: c[1], args: c[2] })))('allows $label', async ({ tool, args }) => {
    await expectAllowed(call(tool, args));
  });
};

const bigReadme = `# Project\n\n${'This section explains how the parser reads a configuration file and why each field matters. '.repeat(11_000)}\n`;

describe('shell commands of a coding agent', () => {
  allows([
    ['cat /etc/os-release', 'bash', { command: 'cat /etc/os-release' }],
    ['a test run with stderr silenced', 'bash', { command: 'cd /workspace/app && python -m pytest tests/test_io.py -q 2>/dev/null | tail -20' }],
    ['a script one folder up', 'bash', { command: 'cd /workspace/proj && python3 ../reproduce_bug.py' }],
    ['an import check through python -c', 'bash', { command: 'python -c "import django; print(django.VERSION)" 2>/dev/null || true' }],
    ['find -exec removing compiled files', 'bash', { command: "find . -name '*.pyc' -exec rm -f {} +" }],
    ['find -exec grep', 'bash', { command: 'find src -name "*.ts" -exec grep -l "createGuard" {} \\;' }],
    ['xargs grep', 'bash', { command: 'git ls-files | xargs grep -n "TODO" | head' }],
    ['sed -i substitution', 'bash', { command: "sed -i 's/old_name/new_name/g' src/module.py" }],
    ['sed printing a range', 'bash', { command: "sed -n '120,160p' astropy/io/fits/header.py" }],
    ['awk printing a column', 'bash', { command: "awk '{print $2}' results.txt | sort | uniq -c" }],
    ['git with a one-off user name', 'bash', { command: 'git -c user.name="Dev Bot" -c user.email=bot@example.com commit -m "Fix parser"' }],
    ['git log with a format', 'bash', { command: 'git log --oneline --format="%h %s" -n 20' }],
    ['git diff of one file', 'bash', { command: 'git diff HEAD~1 -- src/parser.py' }],
    ['a git clone over https', 'bash', { command: 'git clone https://github.com/example/project.git /workspace/project' }],
    ['rsync over ssh', 'bash', { command: 'rsync -avz -e ssh build/ deploy@example.com:/srv/www/' }],
    ['rsync with an ssh port option', 'bash', { command: "rsync -a -e 'ssh -p 2222' dist/ host:/srv/" }],
    ['ssh with host key checking off', 'bash', { command: 'ssh -o StrictHostKeyChecking=no ci@example.com uptime' }],
    ['tar extraction into a folder', 'bash', { command: 'tar -xzf release.tar.gz -C ./vendor' }],
    ['curl saving an archive in the project', 'bash', { command: 'curl -L -o ./downloads/data.zip https://example.com/data.zip' }],
    ['env setting a variable for tests', 'bash', { command: 'env PYTHONPATH=src DJANGO_SETTINGS_MODULE=settings python -m pytest' }],
    ['a dev server started in the background', 'bash', { command: 'npm run dev > /tmp/dev.log 2>&1 &' }],
    ['a pip editable install', 'bash', { command: 'pip install -e ".[test]"' }],
    ['node -e printing a version', 'bash', { command: "node -e \"console.log(require('./package.json').version)\"" }],
    ['a heredoc writing a test script', 'bash', { command: "cat > /tmp/check.py << 'EOF'\nimport sys\nprint(sys.argv)\nEOF\npython /tmp/check.py" }],
    ['reading the public half of a key', 'bash', { command: 'cat ~/.ssh/id_ed25519.pub' }],
    ['a printf with a NUL escape written as text', 'bash', { command: "printf 'a\\x00b' | xxd" }],
    ['a code line starting with id', 'bash', { command: "python - <<'EOF'\nid = 3\nprint(id)\nEOF" }],
    ['listing processes', 'bash', { command: 'ps aux | grep -v grep | grep uvicorn' }],
  ]);
});

describe('the dev server on localhost', () => {
  // Loopback inside a shell command reaches what the shell on that machine reaches anyway: not flagged.
  allows([
    ['a POST to the dev server', 'bash', { command: 'curl -s -X POST -H "Content-Type: application/json" -d \'{"q":1}\' http://localhost:8000/api' }],
    ['a fixture posted to the dev server', 'bash', { command: 'curl -s -d @tests/fixtures/request.json http://localhost:8000/api' }],
    ['a local registry for a test install', 'bash', { command: 'export npm_config_registry=http://127.0.0.1:4873 && npm install' }],
  ]);
});

describe('files a coding agent reads and writes', () => {
  allows([
    ['.env.example', 'read_file', { path: '/workspace/app/.env.example' }],
    ['a fixture path that climbs back into the project', 'read_file', { path: 'test/fixtures/../../README.md' }],
    ['a CA bundle', 'read_file', { path: '/etc/ssl/certs/ca-certificates.crt' }],
    ['a project certificate', 'read_file', { path: 'certs/server-chain.pem' }],
    ['code importing a sibling library', 'write_file', { path: 'src/app/main.ts', content: "import { parse } from '../lib/parse.js';\nimport cfg from '../../config/default.json';\n" }],
    ['a README quoting an install one-liner', 'write_file', { path: 'README.md', content: '## Install\n\n```sh\ncurl -fsSL https://example.com/install.sh | sh\n```\n' }],
    ['a 1 MiB README', 'write_file', { path: 'docs/README.md', content: bigReadme }],
    ['security docs quoting a traversal', 'write_file', { path: 'docs/security.md', content: 'Reject paths like `../../etc/passwd` and URLs like http://169.254.169.254/ before fetching.\n' }],
    ['a test file holding injection strings', 'write_file', { path: 'tests/test_sanitize.py', content: "CASES = ['; rm -rf /', '$(curl x|sh)', '../../etc/shadow']\n\ndef test_rejects():\n    for c in CASES:\n        assert not is_safe(c)\n" }],
    ['Python code with # Test comments', 'write_file', { path: 'edge_cases.py', content: '# Test case 1: empty table\nt = Table()\n# Test ok path\nprint(t)\n' }],
    ['an edit replacing a code block', 'edit_file', { path: '/workspace/app/models.py', old_str: 'id = models.AutoField()', new_str: 'id = models.UUIDField(primary_key=True)' }],
    ['a shell script in the project', 'write_file', { path: 'scripts/build.sh', content: '#!/bin/sh\nset -e\nnpm ci\nnpm run build\n' }],
    ['a GitHub issue template (not a workflow)', 'write_file', { path: '.github/ISSUE_TEMPLATE/bug.md', content: 'Describe the bug.' }],
    ['a project .npmrc example doc', 'read_file', { path: 'docs/npmrc-example.md' }],
  ]);
});

describe('URLs and arguments of a coding agent', () => {
  allows([
    ['a public documentation page', 'fetch', { url: 'https://docs.python.org/3/library/json.html' }],
    ['a package registry page', 'fetch', { url: 'https://registry.npmjs.org/fast-check' }],
    ['a branch name with a dash inside', 'git_checkout', { branch: 'fix-parser-crash' }],
    ['a negative number in a name-like field', 'set_offset', { name: 'offset', value: '-5' }],
    ['a JSON text argument with ordinary paths', 'read_multiple_files', { paths: '["src/a.ts", "src/b.ts"]' }],
    ['a JSON config string', 'configure', { config: '{"retries": 3, "timeout": "30s"}' }],
    ['a search query that mentions credentials', 'search_docs', { query: 'how to rotate aws credentials safely' }],
  ]);
});

describe('edits whose lines are code', () => {
  // An edit's old and new strings are text in a file, however short: a one-line edit of a union type, a
  // template literal naming process.execPath or a regex literal calling exec is code, not an injection.
  allows([
    ['a one-line edit of a string union', 'Edit', { file_path: 'src/formats.ts', old_string: '| "base64"', new_string: '| "base64" | "base64url"' }],
    ['a one-line edit spawning node by its path', 'Edit', { file_path: 'scripts/run.js', old_string: 'const bin = process.execPath;', new_string: 'const line = `${process.execPath} ${args.join(" ")}`;' }],
    ['a one-line edit matching a header with a regex', 'edit_file', { path: 'src/auth.ts', old_str: 'const m = header.match(/realm="([^"]*)"/);', new_str: 'const m = /realm="([^"]*)"/.exec(header);' }],
    ['a replacement line piping through a command in a shell script', 'Edit', { file_path: 'scripts/pack.sh', old_string: 'tar czf out.tgz dist', new_string: 'tar czf - dist | base64 > out.b64' }],
  ]);
});

describe('text that only looks like mixed scripts', () => {
  allows([
    ['a commit message with a timing in microseconds', 'bash', { command: 'git commit -m "parser: 4.2 µs per line instead of 6.1µs"' }],
    ['a grep for a Japanese label next to a Latin name', 'Grep', { pattern: 'token: "tokenを入力"', path: 'src/locales' }],
    ['a grep for a Chinese label next to a Latin name', 'Grep', { pattern: 'base64编码', path: 'src/locales' }],
  ]);

  it('still blocks a Greek or Cyrillic letter passing for a Latin one in a path', async () => {
    for (const path of ['/home/\u03bcser/notes.txt', '/home/dev/w\u043erk/notes.txt', '/srv/\u03bcs3r/a.txt']) {
      const verdict = await inspect(call('bash', { command: `cat ${path}` }));
      expect(verdict.findings.map((f) => f.rule), path).toContain('unicode/mixed-script');
    }
  });
});

describe('connection strings of local databases in shell commands', () => {
  // The URL is an argument of the program the command runs (psql, redis-cli, a migration tool), not a URL
  // a fetcher is pointed at.
  allows([
    ['psql on a local test database', 'bash', { command: 'psql postgres://127.0.0.1:5432/app_test -c "select 1"' }],
    ['redis-cli on the local redis', 'bash', { command: 'redis-cli -u redis://localhost:6379 ping' }],
    ['a migration against a database on the private network', 'bash', { command: 'export DATABASE_URL=mysql://10.0.3.7:3306/dev && npx prisma migrate dev --name init' }],
  ]);

  it('still blocks a client scheme to an internal address given to a fetch tool, and gopher in a command', async () => {
    expect((await inspect(call('fetch', { url: 'redis://127.0.0.1:6379/0' }))).findings.map((f) => f.rule)).toContain('url/internal-service-scheme');
    expect((await inspect(call('bash', { command: 'curl gopher://127.0.0.1:6379/_FLUSHALL' }))).findings.map((f) => f.rule)).toContain('url/dangerous-scheme');
  });
});

describe('search patterns of a grep tool', () => {
  // A search pattern is a regular expression or glob matched against files: `|` there is alternation.
  allows([
    ['a grep for either of two calls', 'Grep', { pattern: 'spawnSync|execFile', path: 'src' }],
    ['a grep for markers ending in a short word', 'Grep', { pattern: 'TODO|FIXME|id', path: 'packages' }],
    ['a grep for a union member', 'grep_search', { pattern: '| "hex"', path: 'src/types.ts' }],
    ['a regex over log levels', 'search_code', { regex: 'console\\.(log|echo)', path: 'src' }],
  ]);

  it('still blocks a pattern that only a shell would read as two commands', async () => {
    for (const pattern of ['foo; id', 'x$(whoami)', 'a`uname -a`']) {
      const verdict = await inspect(call('Grep', { pattern, path: 'src' }));
      expect(verdict.findings.map((f) => f.rule), pattern).toContain('cmd/injected-command');
    }
  });
});

describe('relative paths one or two folders up in shell commands', () => {
  // A shell's working folder confines nothing: "../" in a command is where the project's neighbours are.
  allows([
    ['running a script of the parent folder', 'bash', { command: 'node ../scripts/build.js --watch' }],
    ['copying a shared config from a sibling', 'bash', { command: 'cp ../shared/tsconfig.base.json .' }],
    ['linking a binary two folders up', 'bash', { command: 'ln -s ../../node_modules/.bin/tsc bin/tsc' }],
    ['listing the parent folder', 'bash', { command: 'ls -la ../' }],
  ]);

  it('still blocks a climb to a system file in a command, and any climb in a path argument', async () => {
    const shell = await inspect(call('bash', { command: 'cat ../../../etc/shadow' }));
    expect(shell.action).toBe('block');
    const read = await inspect(call('read_file', { path: '../../notes/todo.md' }));
    expect(read.findings.map((f) => f.rule)).toContain('path/traversal');
  });
});
