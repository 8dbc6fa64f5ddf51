import { request } from 'node:http';

import { createNodeServer, listen } from '@vanguard/http';
import { describe, expect, it } from 'vitest';

import { processWarnings } from '../../../test/shared/process-warnings.js';

const warnings = processWarnings();

describe('createNodeServer', () => {
  it('streams a long response to a client that reads slowly without piling up listeners or warnings', { timeout: 60_000 }, async () => {
    warnings.start();
    const chunk = new TextEncoder().encode(`data: ${'e'.repeat(64 * 1024)}\n\n`);
    const chunks = 200;
    const server = createNodeServer(() => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < chunks) controller.enqueue(chunk);
          else controller.close();
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    });
    const address = await listen(server, '127.0.0.1', 0);
    try {
      const received = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: address.port, path: '/mcp' }, (res) => {
          let bytes = 0;
          // Read a chunk, then stop for a moment: the server's socket fills and it waits for drains.
          res.on('data', (data: Buffer) => {
            bytes += data.length;
            res.pause();
            setTimeout(() => res.resume(), 1);
          });
          res.on('end', () => resolve(bytes));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
      });
      expect(received).toBe(chunks * chunk.length);
      expect(warnings.seen()).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
