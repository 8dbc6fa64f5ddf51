import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { nestedRepetition, pumped } from '../src/commands/backtracking-patterns.js';
import { diskFill } from '../src/commands/disk-fills.js';
import { forkBomb } from '../src/commands/fork-bombs.js';
import { hugeAllocation } from '../src/commands/huge-allocations.js';
import { valueExhaustion } from '../src/commands/resource-exhaustion.js';
import { createGuard } from '../src/index.js';
import { nestingDepth } from '../src/values/nesting-depth.js';
import { aliasExpansion } from '../src/values/yaml-alias-bombs.js';

// Calls built to exhaust the machine or the server, in our own spellings, each beside the ordinary heavy
// work a coding agent does with the same tools.

/** A YAML document whose anchors each hold `width` aliases of the one before, `levels` deep. */
const laughs = (width: number, levels: number): string => {
  const lines = ['l0: &l0 "ha"'];
  for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]`);
  return lines.join('\n');
};

describe('fork bombs under any name', () => {
  it.each([
    ':(){ :|:& };:',
    'spin(){ spin | spin & }; spin',
    'function grow { grow & grow; }; grow',
    'x() { x& x& }; x',
    'bomb(){ while true; do bomb & done; }; bomb',
    "perl -e 'fork while fork'",
    'python3 -c "import os\nwhile True: os.fork()"',
  ])('finds one in %s', (text) => {
    expect(forkBomb(text)).toBeDefined();
  });

  it.each([
    'warm(){ curl -s -o /dev/null http://localhost:3000/health; }; for i in 1 2 3; do warm; done',
    'fib(){ if [ "$1" -le 1 ]; then echo "$1"; return; fi; echo $(( $(fib $(($1-1))) + $(fib $(($1-2))) )); }; fib 10',
    'walk(){ for f in "$1"/*; do [ -d "$f" ] && walk "$f" & done; wait; }; walk src',
    'serve(){ npm run dev & npm run watch & wait; }; serve',
    'grow(){ grow & grow; }',
  ])('finds none in %s', (text) => {
    expect(forkBomb(text)).toBeUndefined();
  });
});

describe('disks filled without a bound', () => {
  it.each([
    'dd if=/dev/zero of=/var/tmp/.swap2 bs=4M',
    'nohup dd if=/dev/urandom of=$HOME/.cache/blob bs=1G count=4096 &',
    'cat /dev/urandom > /tmp/noise.bin',
    'yes "padding padding" >> ~/fill.txt',
    'head -c 5T /dev/zero > big.img',
    'fallocate -l 20T /srv/reserve.img',
    'sudo dd if=/dev/zero of=/data/fill status=none',
  ])('finds one in %s', (text) => {
    expect(diskFill(text)).toBeDefined();
  });

  it.each([
    'dd if=/dev/zero of=./fixtures/disk.img bs=1M count=64 status=progress',
    'dd if=/dev/urandom of=/dev/null bs=1M count=1000',
    'head -c 10M /dev/urandom > test/fixtures/random.bin',
    'yes | head -n 1000 > lines.txt',
    'cat /dev/urandom | head -c 32 | base64',
    'yes y | npx create-app my-app',
    'fallocate -l 2G swapfile',
    'dd if=/dev/zero of=/dev/sdb bs=1M',
  ])('finds none in %s', (text) => {
    expect(diskFill(text)).toBeUndefined();
  });
});

const hugeAllocations = [
  'size = 10 ** 12\ndata = "x" * size\nprint(len(data))',
  "const s = 'a'.repeat(1e12); console.log(s.length)",
  'buf = bytearray(1 << 40)',
  'const b = Buffer.alloc(2 ** 42)',
  'rows = [0] * (10**11)',
  'import numpy as np\nm = np.zeros(10**13)',
  'perl -e \'$x = "A" x 10**12; print length $x\'',
  'big = list(range(10_000_000_000_000))',
];

describe('allocations of more than any memory', () => {
  it.each(hugeAllocations)('finds one in %s', (text) => {
    expect(hugeAllocation(text)).toBeDefined();
  });

  // The call's first tests (resource-exhaustion.ts) must let through every text the reader finds one in.
  it.each(hugeAllocations)('reports one in a run value of %s', (text) => {
    expect(valueExhaustion(text, true)?.rule).toBe('cmd/resource-exhaustion');
  });

  it.each([
    'n = 10 ** 3\nblob = "x" * n\nprint(len(blob))',
    "const line = '-'.repeat(80)",
    'buf = bytearray(64 * 1024 * 1024)',
    'for i in range(10**12): pass',
    'total = 10 ** 12 * 3\nprint(total)',
    'print("=" * 40)',
  ])('finds none in %s', (text) => {
    expect(hugeAllocation(text)).toBeUndefined();
  });
});

describe('parser bombs and backtracking patterns', () => {
  it('expands a ten-level alias bomb past a million nodes, and a CI file with shared defaults to a few', () => {
    expect(aliasExpansion(laughs(10, 7))).toBeGreaterThan(1_000_000);
    expect(aliasExpansion('base: &base\n  image: node:20\n  cache: npm\ntest:\n  <<: *base\n  script: npm test\nlint:\n  <<: *base\n  script: npm run lint\n')).toBeLessThan(10);
  });

  it('counts an anchor inside another once for each of its aliases, in the anchor around it too', () => {
    // c = 1 + a + a = 3; b holds c's two aliases of a, then two aliases of c: 1 + 2 + 3 + 3 = 9.
    expect(aliasExpansion('a: &a [x]\nb: &b\n  c: &c [*a, *a]\n  d: [*c, *c]\n')).toBe(9);
  });

  it('finds a bomb no shorter than the shortest one it looks at', () => {
    // Two aliases a level, one level a line: the most compact way past a million nodes under this count.
    const lines = ['l0: &l0 [x]', ...Array.from({ length: 21 }, (_, i) => `- &${i + 1} [*${i === 0 ? 'l0' : i}, *${i === 0 ? 'l0' : i}]`)];
    const bomb = lines.join('\n');
    expect(aliasExpansion(bomb)).toBeGreaterThan(1_000_000);
    expect(bomb.length).toBeGreaterThan(128);
  });

  it('measures brackets nested past a parser\'s stack, and a large flat table as shallow', () => {
    expect(nestingDepth(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`)).toBeGreaterThan(1000);
    expect(nestingDepth(JSON.stringify({ rows: Array.from({ length: 5000 }, (_, i) => [i, `[${i}]`]) }))).toBe(3);
  });

  it('tells nested repetition from repetition written once', () => {
    for (const p of ['(a+)+$', '^(\\w+\\s?)*$', '(x*y?)*z', '^((ab)*c?)+$', '(.{1,},)+']) expect(nestedRepetition(p), p).toBe(true);
    for (const p of ['^(feat|fix|chore)(\\([a-z-]+\\))?: ', '[a-z]+@[a-z]+\\.com', '(\\d{3})-(\\d{4})', '^(?:\\w+\\.)?example\\.com$', '\\(a+\\)+']) expect(nestedRepetition(p), p).toBe(false);
    expect(pumped(`${'ab'.repeat(800)}!`)).toBe(true);
    expect(pumped('ordinary text '.repeat(100))).toBe(false);
  });

  it('answers as a plain reading of every character would, for patterns made of regex syntax', () => {
    // The reading of nestedRepetition's first version (one-character strings, no early stop): the shipped
    // one reads character codes and stops at the last closing parenthesis, and must agree with it.
    const reference = (pattern: string): boolean => {
      const groups: boolean[] = [false];
      const unbounded = (i: number): boolean => pattern[i] === '+' || pattern[i] === '*' || (pattern[i] === '{' && /^\{\d*,\}/.test(pattern.slice(i, i + 12)));
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
          i++;
          if (unbounded(i + 1)) groups[groups.length - 1] = true;
        } else if (c === '[') {
          let j = i + 1;
          if (pattern[j] === '^') j++;
          if (pattern[j] === ']') j++;
          while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
          i = j;
          if (unbounded(i + 1)) groups[groups.length - 1] = true;
        } else if (c === '(') groups.push(false);
        else if (c === ')') {
          const inner = groups.length > 1 ? groups.pop()! : false;
          const repeated = unbounded(i + 1);
          if (inner && repeated) return true;
          if (inner || repeated) groups[groups.length - 1] = true;
        } else if (c !== undefined && c !== '|' && c !== '^' && c !== '$' && unbounded(i + 1)) groups[groups.length - 1] = true;
      }
      return false;
    };
    const piece = fc.constantFrom('(', ')', '[', ']', '^', '$', '|', '\\', '+', '*', '?', '{', '}', ',', '{2,}', '{,}', 'a', 'b', '.', 'w', '(?:');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const pattern = parts.join('');
      expect(nestedRepetition(pattern)).toBe(reference(pattern));
    }), { numRuns: 20_000 });
  });
});

describe('a guard on calls built to exhaust the machine', () => {
  let id = 1;
  const call = (name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0' as const, id: id++, method: 'tools/call', params: { name, arguments: args } });

  it('blocks a fork bomb, a disk fill, a terabyte string, a parser bomb and a pumped regex', async () => {
    const guard = createGuard({ profile: 'balanced' });
    for (const message of [
      call('shell', { cmd: 'loop(){ loop | loop & }; loop' }),
      call('bash', { script: 'cat /dev/zero > /var/tmp/.x &' }),
      call('execute_code', { language: 'javascript', code: "let n = 2 ** 41; let s = 'z'.repeat(n);" }),
      call('parse_yaml', { yaml: laughs(9, 8) }),
      call('validate_json', { document: `${'['.repeat(50000)}${']'.repeat(50000)}` }),
      call('grep', { regex: '^(\\w+\\s?)*$', text: `${'word '.repeat(2000)}!` }),
    ]) {
      const v = await guard.inspect(message, { from: 'client' });
      expect(v.action, JSON.stringify(message).slice(0, 80)).toBe('block');
      expect(v.findings.map((f) => f.rule)).toContain('cmd/resource-exhaustion');
    }
  });

  it('passes the heavy work an agent does with the same tools, and only warns a backtracking pattern alone', async () => {
    const guard = createGuard({ profile: 'balanced' });
    for (const message of [
      call('shell', { cmd: 'dd if=/dev/zero of=./tmp/disk.img bs=1M count=256 && mkfs.ext4 -F ./tmp/disk.img' }),
      call('bash', { script: 'head -c 50M /dev/urandom > fixtures/blob.bin && sha256sum fixtures/blob.bin' }),
      call('execute_code', { language: 'python', code: 'payload = "x" * (5 * 1024 * 1024)\nprint(len(payload))' }),
      call('parse_yaml', { yaml: 'defaults: &defaults\n  adapter: postgres\n  pool: 5\ndevelopment:\n  <<: *defaults\n  database: app_dev\ntest:\n  <<: *defaults\n  database: app_test\n' }),
      call('validate_json', { document: JSON.stringify({ items: Array.from({ length: 3000 }, (_, i) => ({ id: i, tags: [`t${i}`] })) }) }),
      call('grep', { regex: '^import .* from', path: 'src' }),
    ]) {
      expect((await guard.inspect(message, { from: 'client' })).action, JSON.stringify(message).slice(0, 80)).toBe('allow');
    }
    const alone = await guard.inspect(call('search_code', { pattern: '(a+)+b', path: '.' }), { from: 'client' });
    expect(alone.action).toBe('warn');
    expect(alone.findings.map((f) => f.rule)).toEqual(['cmd/backtracking-pattern']);
  });
});
