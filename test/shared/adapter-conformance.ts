// The behaviour every Vanguard adapter must have, whatever it wraps: run against each adapter (the stdio
// proxy, the SDK transport wrapper), so they cannot drift apart. A real SDK v1 Client talks through the
// adapter to the real fixture server (test/fixtures/poisoned-tools-server.mjs), which reports on stderr
// every tool call and notification it really received.
import { fileURLToPath } from 'node:url';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { CreateMessageRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { type AuditEvent, createGuard, defineLayer, type Guard, type GuardOptions, type Outcome, type ProfileName, type Sender, type Verdict } from '@vanguard/core';
import { afterEach, describe, expect, it } from 'vitest';

export const fixtureServer = fileURLToPath(new URL('../fixtures/poisoned-tools-server.mjs', import.meta.url));

/** One message as an adapter reported it. */
export interface ReportedVerdict {
  readonly from: Sender;
  readonly outcome: Outcome;
  readonly verdict: Verdict;
}

/** The client every harness connects: SDK v1, able to sample and to announce roots changes. */
export function conformanceClient(): Client {
  return new Client({ name: 'conformance', version: '1.0.0' }, { capabilities: { sampling: {}, roots: { listChanged: true } } });
}

export interface AdapterSession {
  /** A connected {@link conformanceClient}, its handshake done. */
  readonly client: Client;
  /** Every verdict the adapter reported, in order. */
  readonly events: readonly ReportedVerdict[];
  /** What the fixture server wrote to stderr so far. */
  serverLog(): string;
  close(): Promise<void>;
}

export interface AdapterHarness {
  /**
   * Starts the fixture server (`node fixtureServer`, with `env`) behind the adapter under test, guarded by
   * `guard`, and connects a client. `maxMessageBytes` is the guard's `limits.maxMessageBytes`; an adapter
   * with a limit of its own sets it to the same.
   */
  connect(guard: Guard, options: { readonly env: Record<string, string>; readonly maxMessageBytes: number }): Promise<AdapterSession>;
}

/** Rules of the suite's own, so it does not depend on which bundled rule decides. */
const conformancePack = {
  name: 'conformance.yaml',
  content: `
pack: conformance
description: Rules used only by the adapter conformance suite.
rules:
  - id: conformance/forbidden-path
    description: A path into a folder called forbidden.
    severity: high
    action: block
    kinds: [path]
    from: client
    patterns: ['(?:^|/)forbidden(?:/|$)']
    message: Path goes into the forbidden folder
    examples:
      match: [/data/forbidden/x]
      no-match: [/data/allowed/x]
  - id: conformance/secret-result
    description: A result that leaks the marker of the suite.
    severity: high
    action: block
    kinds: [text]
    from: server
    patterns: ['conformance-secret']
    message: Result leaks the marker
    examples:
      match: [{ value: 'here is the conformance-secret', kinds: [text] }]
      no-match: [{ value: 'nothing to see', kinds: [text] }]
`,
};

/** Refuses sampling requests (server → client) and roots notices (client → server): directions a rule pack does not reach. */
const refusals = defineLayer({
  name: 'conformance',
  phase: 'rules',
  description: 'Refuses sampling requests and roots notices, for the adapter conformance suite.',
  methods: ['sampling/createMessage', 'notifications/roots/list_changed'],
  rules: {
    'conformance/no-sampling': { description: 'Sampling is not allowed', severity: 'high' },
    'conformance/no-roots-notice': { description: 'Roots notices are not allowed', severity: 'medium' },
  },
  inspect: (_message, ctx) => {
    if (ctx.method === 'sampling/createMessage' && ctx.messageType === 'request') return [{ rule: 'conformance/no-sampling', path: ['method'] }];
    if (ctx.method === 'notifications/roots/list_changed') return [{ rule: 'conformance/no-roots-notice', path: ['method'] }];
    return [];
  },
});

const limit = 64 * 1024;

export function conformanceGuard(profile: ProfileName, extra: Partial<GuardOptions> = {}): Guard {
  return createGuard({ profile, rules: { packs: [conformancePack] }, layers: [refusals], limits: { maxMessageBytes: limit }, ...extra });
}

/** The rejection of a call, as the SDK client raised it. */
async function rejection(promise: Promise<unknown>): Promise<McpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(McpError);
  return error as McpError;
}

const calls = (log: string, tool: string): number => log.split('\n').filter((line) => line === `fixture: called ${tool}`).length;
const echo = (client: Client, text: string): Promise<unknown> => client.callTool({ name: 'echo', arguments: { text } });
const textOf = (result: unknown): string => ((result as { content: { text?: string }[] }).content ?? []).map((c) => c.text ?? '').join('');
/**
 * How many times the server logged a call to `tool`, once it logged at least `expected` (or 5 s passed). The log
 * comes on the server's stderr, a pipe of its own: it may arrive after the answer the client already has.
 */
async function loggedCalls(session: AdapterSession, tool: string, expected: number): Promise<number> {
  const deadline = Date.now() + 5000;
  while (calls(session.serverLog(), tool) < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return calls(session.serverLog(), tool);
}

/** The shared suite: `name` names the adapter, `harness` runs it. */
export function describeAdapterConformance(name: string, harness: AdapterHarness): void {
  describe(`adapter conformance: ${name}`, () => {
    let open: AdapterSession[] = [];
    /** What the guard inspected, in the order it inspected it. */
    let audited: AuditEvent[] = [];
    const connect = async (profile: ProfileName): Promise<AdapterSession> => {
      audited = [];
      const guard = conformanceGuard(profile, { audit: (event) => void audited.push(event), auditAllowed: true });
      const session = await harness.connect(guard, { env: { FIXTURE_LOG_CALLS: '1' }, maxMessageBytes: limit });
      open.push(session);
      return session;
    };
    afterEach(async () => {
      await Promise.all(open.map((s) => s.close()));
      open = [];
    });

    it('keeps the order of each direction: concurrent calls are inspected in the order sent, each answered with its own result', async () => {
      const s = await connect('balanced');
      const texts = Array.from({ length: 25 }, (_, i) => `message ${i}`);
      const results = await Promise.all(texts.map((t) => echo(s.client, t)));
      expect(results.map(textOf)).toEqual(texts);
      const handshake = s.events.filter((e) => e.from === 'client').slice(0, 2).map((e) => e.verdict.method);
      expect(handshake).toEqual(['initialize', 'notifications/initialized']);
      // The SDK numbers requests in the order they are sent: the guard saw them in that order.
      const ids = audited.filter((e) => e.direction === 'client_to_server' && e.tool === 'echo').map((e) => e.message_id as number);
      expect(ids).toHaveLength(25);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(s.events.filter((e) => e.from === 'client' && e.verdict.tool === 'echo').every((e) => e.outcome === 'forwarded')).toBe(true);
      expect(await loggedCalls(s, 'echo', 25)).toBe(25);
    });

    it('answers a blocked client request with the policy error, and the server never sees it', async () => {
      const s = await connect('balanced');
      const error = await rejection(echo(s.client, '/data/forbidden/plans.txt'));
      expect(error.code).toBe(-32010);
      expect(error.data).toMatchObject({ rule: 'conformance/forbidden-path', action: 'block' });
      const event = s.events.find((e) => e.verdict.primary?.rule === 'conformance/forbidden-path');
      expect(event).toMatchObject({ from: 'client', outcome: 'answered', verdict: { disposition: { kind: 'respond', response: { error: { code: -32010 } } } } });
      // The connection stays usable, and only the allowed call reached the server.
      expect(textOf(await echo(s.client, '/data/allowed/notes.txt'))).toBe('/data/allowed/notes.txt');
      expect(await loggedCalls(s, 'echo', 1)).toBe(1);
    });

    it('answers a blocked server request to the server, and the client never sees it', async () => {
      const s = await connect('balanced');
      let sampled = 0;
      s.client.setRequestHandler(CreateMessageRequestSchema, () => {
        sampled++;
        return { role: 'assistant', content: { type: 'text', text: 'an answer' }, model: 'test' };
      });
      const result = (await s.client.callTool({ name: 'ask_host', arguments: { question: 'what time is it?' } })) as { isError?: boolean };
      expect(result.isError).toBe(true);
      expect(JSON.parse(textOf(result))).toMatchObject({ code: -32010, data: { rule: 'conformance/no-sampling' } });
      expect(sampled).toBe(0);
      expect(s.events.find((e) => e.verdict.primary?.rule === 'conformance/no-sampling')).toMatchObject({ from: 'server', outcome: 'answered' });
    });

    it('replaces a blocked server answer with the policy error for its id', async () => {
      const s = await connect('balanced');
      const error = await rejection(echo(s.client, 'here is the conformance-secret'));
      expect(error.code).toBe(-32010);
      expect(error.data).toMatchObject({ rule: 'conformance/secret-result' });
      expect(s.events.find((e) => e.verdict.primary?.rule === 'conformance/secret-result')).toMatchObject({ from: 'server', outcome: 'replaced' });
      expect(await loggedCalls(s, 'echo', 1)).toBe(1);
    });

    it('replaces a poisoned tools/list answer by the list without the poisoned tool (balanced)', async () => {
      const s = await connect('balanced');
      const { tools } = await s.client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['add', 'ask_host', 'big_text', 'crash', 'echo', 'fetch']);
      const event = s.events.find((e) => e.verdict.method === 'tools/list' && e.from === 'server');
      expect(event).toMatchObject({ outcome: 'replaced', verdict: { action: 'block', disposition: { kind: 'replace' } } });
      expect(event?.verdict.removedTools?.map((t) => t.name)).toEqual(['weather']);
      // What is left still works.
      expect(textOf(await s.client.callTool({ name: 'add', arguments: { a: 2, b: 3 } }))).toBe('5');
    });

    it('blocks the whole poisoned tools/list answer under strict', async () => {
      const s = await connect('strict');
      const error = await rejection(s.client.listTools());
      expect(error.code).toBe(-32010);
      expect(error.data).toMatchObject({ action: 'block' });
      expect(s.events.find((e) => e.verdict.method === 'tools/list' && e.from === 'server')).toMatchObject({ outcome: 'replaced', verdict: { disposition: { kind: 'replace' } } });
    });

    it('forwards under monitor what balanced blocks, and reports the would-be block', async () => {
      const s = await connect('monitor');
      expect(textOf(await echo(s.client, '/data/forbidden/plans.txt'))).toBe('/data/forbidden/plans.txt');
      const { tools } = await s.client.listTools();
      expect(tools.map((t) => t.name)).toContain('weather');
      const shadowed = s.events.filter((e) => e.verdict.action === 'shadow-block');
      expect(shadowed.length).toBeGreaterThanOrEqual(2);
      expect(shadowed.every((e) => e.outcome === 'forwarded' && e.verdict.disposition.kind === 'forward')).toBe(true);
      expect(await loggedCalls(s, 'echo', 1)).toBe(1);
    });

    it('drops a blocked notification without answering it, and the server never sees it', async () => {
      const s = await connect('balanced');
      await s.client.sendRootsListChanged();
      expect(textOf(await echo(s.client, 'after the notice'))).toBe('after the notice');
      // The server reads its input in order: once it logged the later call, it had logged the notice if it got it.
      expect(await loggedCalls(s, 'echo', 1)).toBe(1);
      expect(s.events.find((e) => e.verdict.method === 'notifications/roots/list_changed')).toMatchObject({ from: 'client', outcome: 'dropped', verdict: { disposition: { kind: 'drop' } } });
      expect(s.serverLog()).not.toContain('fixture: roots changed');
    });

    it('refuses an oversize request with the too-large error, and the server never sees it', async () => {
      const s = await connect('balanced');
      const error = await rejection(echo(s.client, 'x'.repeat(limit + 1000)));
      expect(error.code).toBe(-32011);
      expect(error.data).toMatchObject({ rule: 'preflight/max-message-bytes' });
      expect(textOf(await echo(s.client, 'small'))).toBe('small');
      expect(await loggedCalls(s, 'echo', 1)).toBe(1);
    });

    it('replaces an oversize answer with the too-large error for its id', async () => {
      const s = await connect('balanced');
      const error = await rejection(s.client.callTool({ name: 'big_text', arguments: { bytes: limit + 1000 } }));
      expect(error.code).toBe(-32011);
      expect(error.data).toMatchObject({ rule: 'preflight/max-message-bytes' });
      expect(textOf(await s.client.callTool({ name: 'big_text', arguments: { bytes: 10 } }))).toBe('x'.repeat(10));
    });

    it('passes oversize messages through unchanged under monitor', async () => {
      const s = await connect('monitor');
      const text = 'y'.repeat(limit * 3);
      expect(textOf(await echo(s.client, text))).toBe(text);
      expect(textOf(await s.client.callTool({ name: 'big_text', arguments: { bytes: limit * 2 } }))).toBe('x'.repeat(limit * 2));
      const oversize = s.events.filter((e) => e.verdict.primary?.rule === 'preflight/max-message-bytes');
      expect(oversize.map((e) => `${e.from}:${e.outcome}`)).toEqual(['client:forwarded', 'server:forwarded', 'server:forwarded']);
    });

    it('answers a request in flight with the server-gone error when the server exits', async () => {
      const s = await connect('balanced');
      const error = await rejection(s.client.callTool({ name: 'crash', arguments: { code: 3 } }));
      expect(error.code).toBe(-32000);
      expect(error.data).toMatchObject({ rule: 'adapter/server-gone' });
      expect(s.events.find((e) => e.verdict.primary?.rule === 'adapter/server-gone')).toMatchObject({ outcome: 'answered', verdict: { disposition: { kind: 'respond' } } });
    });
  });
}
