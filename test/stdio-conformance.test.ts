// The shared adapter conformance suite, run for the stdio proxy (the library `vanguard start` is built on),
// with a real SDK client speaking newline-delimited JSON-RPC to it over a pair of pipes.
import { PassThrough } from 'node:stream';

import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { createStdioProxy } from '@vanguard/stdio';

import { type AdapterHarness, conformanceClient, describeAdapterConformance, fixtureServer, type ReportedVerdict } from './shared/adapter-conformance.js';

/** The SDK's own stdio framing over the proxy's host-side streams. */
function pipeTransport(toProxy: PassThrough, fromProxy: PassThrough): Transport {
  const buffer = new ReadBuffer();
  const transport: Transport = {
    start() {
      fromProxy.on('data', (chunk: Buffer) => {
        buffer.append(chunk);
        for (let m = buffer.readMessage(); m !== null; m = buffer.readMessage()) transport.onmessage?.(m);
      });
      return Promise.resolve();
    },
    send(message) {
      toProxy.write(serializeMessage(message));
      return Promise.resolve();
    },
    close() {
      toProxy.end();
      transport.onclose?.();
      return Promise.resolve();
    },
  };
  return transport;
}

const stdio: AdapterHarness = {
  async connect(guard, { env, maxMessageBytes }) {
    const input = new PassThrough();
    const output = new PassThrough();
    const events: ReportedVerdict[] = [];
    const proxy = createStdioProxy({
      command: process.execPath,
      args: [fixtureServer],
      env: { ...process.env, ...env },
      guard,
      input,
      output,
      stderr: 'pipe',
      maxMessageBytes,
      log: () => undefined,
      onVerdict: (e) => events.push(e),
    });
    let serverLog = '';
    proxy.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
    const transport = pipeTransport(input, output);
    // The proxy answers in-flight requests when the server dies; the pipes stay open, as a host's would.
    proxy.exited.then(() => transport.onclose?.(), () => undefined);
    const client = conformanceClient();
    await client.connect(transport);
    return {
      client,
      events,
      serverLog: () => serverLog,
      async close() {
        await client.close();
        await proxy.close();
      },
    };
  },
};

describeAdapterConformance('stdio proxy (createStdioProxy)', stdio);
