// A poisoned tools/list answer through vanguard start and the library, per profile, with the SDK Client.
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, type Connected, connect, fixtureServer, guarded, libraryProxy, waitFor } from './stdio-helpers.js';

const open: Connected[] = [];
async function connectTo(command: string, args: readonly string[], env?: Record<string, string>): Promise<Connected> {
  const c = await connect(command, args, env);
  open.push(c);
  return c;
}

const server = [process.execPath, fixtureServer];
const hasTagCharacters = (text: string | undefined): boolean => /[\u{E0000}-\u{E007F}]/u.test(text ?? '');

beforeAll(() => assertBuilt());
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
});

describe('a tools/list answer with a hidden instruction', () => {
  it('reaches the model on the raw path', async () => {
    const raw = await connectTo(process.execPath, [fixtureServer]);
    const { tools } = await raw.client.listTools();
    const weather = tools.find((t) => t.name === 'weather');
    expect(weather?.description?.startsWith('Returns the current weather for a city.')).toBe(true);
    expect(hasTagCharacters(weather?.description)).toBe(true);
  });

  it('loses only the poisoned tool under vanguard start (balanced), and the tools left still work', async () => {
    const wrapped = guarded(server);
    const c = await connectTo(wrapped.command, wrapped.args);
    const { tools } = await c.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['add', 'ask_host', 'big_text', 'crash', 'echo', 'fetch']);
    expect(tools.some((t) => hasTagCharacters(t.description))).toBe(false);
    expect(await c.client.callTool({ name: 'add', arguments: { a: 2, b: 3 } })).toMatchObject({ content: [{ type: 'text', text: '5' }] });
    const removed = /vanguard: Removed 1 poisoned tool\(s\) from tools\/list: weather \([a-z-]+\/[a-z-]+\)/;
    await waitFor(() => removed.test(c.stderr()), () => c.stderr());
  });

  it('loses only the poisoned tool through the library as well', async () => {
    const c = await connectTo(process.execPath, [libraryProxy, ...server]);
    const { tools } = await c.client.listTools();
    expect(tools.map((t) => t.name)).not.toContain('weather');
    expect(tools.map((t) => t.name)).toContain('add');
  });

  it('is answered with an error as a whole under the strict profile', async () => {
    const wrapped = guarded(server, ['--profile', 'strict']);
    const c = await connectTo(wrapped.command, wrapped.args);
    const error = await c.client.listTools().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(McpError);
    // Which rule decides depends on the bundled packs (the hidden text is both invisible and an instruction).
    expect(error).toMatchObject({ code: -32010, data: { action: 'block', rule: expect.stringMatching(/^[a-z-]+\/[a-z-]+$/) as unknown } });
  });

  it('flows unchanged under the monitor profile, and the would-be block is reported', async () => {
    const wrapped = guarded(server, ['--profile', 'monitor']);
    const c = await connectTo(wrapped.command, wrapped.args);
    const { tools } = await c.client.listTools();
    expect(tools.map((t) => t.name)).toContain('weather');
    const reported = /vanguard: Would have blocked \(audit only\) tools\/list: .*\[server → host; forwarded it\]/;
    await waitFor(() => reported.test(c.stderr()), () => c.stderr());
  });
});
