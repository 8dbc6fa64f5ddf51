// The shared adapter conformance suite, run for guardTransport around the SDK v1 StdioClientTransport.
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { guardTransport } from '@vanguard/mcp-sdk';

import { type AdapterHarness, conformanceClient, describeAdapterConformance, fixtureServer, type ReportedVerdict } from './shared/adapter-conformance.js';

const sdk: AdapterHarness = {
  async connect(guard, { env }) {
    const events: ReportedVerdict[] = [];
    const transport = new StdioClientTransport({ command: process.execPath, args: [fixtureServer], env, stderr: 'pipe' });
    let serverLog = '';
    transport.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
    const client = conformanceClient();
    await client.connect(guardTransport(transport, guard, { onVerdict: (e) => events.push(e) }));
    return { client, events, serverLog: () => serverLog, close: () => client.close() };
  },
};

describeAdapterConformance('SDK transport wrapper (guardTransport)', sdk);
