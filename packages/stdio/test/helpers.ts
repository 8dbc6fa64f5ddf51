// Helpers of the @vanguard/stdio tests: a small rule pack of their own (so they do not depend on the
// bundled rules) and line collectors for streams.
import type { Readable } from 'node:stream';

import { createGuard, type Guard, type ProfileName } from '@vanguard/core';

export const testPack = {
  name: 'stdio-test.yaml',
  content: `
pack: stdio-test
description: Rules used only by the stdio proxy tests.
rules:
  - id: test/forbidden-path
    description: A path value into a folder called forbidden.
    severity: high
    action: block
    kinds: [path]
    from: client
    patterns: ['(?:^|/)forbidden(?:/|$)']
    message: Path goes into the forbidden folder
    examples:
      match: [/data/forbidden/x]
      no-match: [/data/allowed/x]
  - id: test/poison-marker
    description: Tool metadata carrying the poison marker of the tests.
    severity: critical
    action: block
    kinds: [tool-metadata]
    from: server
    patterns: ['poison-marker']
    message: Tool metadata carries the poison marker
    examples:
      match: [{ value: 'adds numbers poison-marker', kinds: [tool-metadata] }]
      no-match: [{ value: 'adds numbers', kinds: [tool-metadata] }]
  - id: test/secret-result
    description: A tool result that leaks the secret marker of the tests.
    severity: high
    action: block
    kinds: [text]
    from: server
    patterns: ['top-secret-marker']
    message: Result leaks the secret marker
    examples:
      match: [{ value: 'the top-secret-marker is here', kinds: [text] }]
      no-match: [{ value: 'nothing to see', kinds: [text] }]
`,
};

export function testGuard(profile: ProfileName = 'balanced'): Guard {
  return createGuard({ profile, rules: { bundled: false, packs: [testPack] } });
}

/** Collects newline-delimited output of a stream as text lines (without terminators). */
export function collectLines(stream: Readable): { lines: string[]; next: (count?: number, timeoutMs?: number) => Promise<string[]> } {
  const lines: string[] = [];
  let partial = '';
  let waiter: { count: number; resolve: () => void } | undefined;
  stream.on('data', (chunk: Buffer | string) => {
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    if (waiter && lines.length >= waiter.count) waiter.resolve();
  });
  return {
    lines,
    // 20 s: a server's first answer waits for a node process to start, which took over 5 s on a loaded 2-core machine.
    next: (count = 1, timeoutMs = 20_000) =>
      new Promise<string[]>((resolve, reject) => {
        const target = count;
        if (lines.length >= target) return resolve(lines.slice(0, target));
        const timer = setTimeout(() => reject(new Error(`expected ${target} line(s), got ${lines.length}: ${lines.join('\n')}`)), timeoutMs);
        waiter = {
          count: target,
          resolve: () => {
            clearTimeout(timer);
            waiter = undefined;
            resolve(lines.slice(0, target));
          },
        };
      }),
  };
}

export const request = (id: number | string, method: string, params?: unknown): Record<string, unknown> => ({
  jsonrpc: '2.0',
  id,
  method,
  ...(params === undefined ? {} : { params }),
});

export const readCall = (id: number | string, path: string): Record<string, unknown> =>
  request(id, 'tools/call', { name: 'read_text_file', arguments: { path } });

export const jsonLine = (message: unknown): string => `${JSON.stringify(message)}\n`;
