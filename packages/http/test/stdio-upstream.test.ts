import { fileURLToPath } from 'node:url';

import { stdioUpstream } from '@vanguard/http';
import { afterEach, describe, expect, it } from 'vitest';

const slowServer = fileURLToPath(new URL('../../../test/fixtures/slow-reader-server.mjs', import.meta.url));

const warnings: Error[] = [];
const onWarning = (warning: Error): void => void warnings.push(warning);
afterEach(() => {
  process.off('warning', onWarning);
  warnings.length = 0;
});

const post = (body: unknown, sessionId?: string): Request =>
  new Request('http://127.0.0.1/mcp', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(sessionId ? { 'mcp-session-id': sessionId } : {}) },
    body: JSON.stringify(body),
  });

describe('stdioUpstream', () => {
  it('sends hundreds of concurrent requests to a server that reads slowly without piling up listeners or warnings', { timeout: 60_000 }, async () => {
    process.on('warning', onWarning);
    const upstream = stdioUpstream({ command: process.execPath, args: [slowServer], env: { PAUSE_EVERY: '10', PAUSE_MS: '5', RESULT_BYTES: '64' } });
    try {
      const init = await upstream.fetch(post({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test', version: '1' } } }));
      const sessionId = init.headers.get('mcp-session-id');
      expect(sessionId).not.toBeNull();
      await init.text();
      // Requests of 16 KiB each: a few fill the server's input pipe, the rest wait for it to drain.
      const text = 'q'.repeat(16 * 1024);
      const count = 300;
      const answers = await Promise.all(
        Array.from({ length: count }, async (_, i) => {
          const response = await upstream.fetch(post({ jsonrpc: '2.0', id: i + 1, method: 'tools/call', params: { name: 'echo', arguments: { text } } }, sessionId ?? undefined));
          return response.text();
        }),
      );
      expect(answers.filter((body, i) => body.includes(`"id":${i + 1}`))).toHaveLength(count);
      expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
    } finally {
      await upstream.close();
    }
  });
});
