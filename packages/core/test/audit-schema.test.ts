import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { type AuditEvent, createGuard, defineLayer } from '@vanguard/core';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@vanguard/core/audit-event.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value));
const validate = ajv.compile(schema);

describe('the audit event JSON Schema shipped in @vanguard/core', () => {
  it('accepts every event the guard emits, for every kind of verdict and adapter event', async () => {
    const events: AuditEvent[] = [];
    const flaky = defineLayer({ name: 'flaky', phase: 'behavioral', description: 'fails on pings', failure: 'open', inspect: (_m, ctx) => {
      if (ctx.method === 'ping') throw new Error('backend down');
      return [];
    } });
    for (const profile of ['monitor', 'balanced', 'strict'] as const) {
      const guard = createGuard({ profile, host: profile === 'strict' ? 'gw-1' : undefined, layers: [flaky], audit: (e) => void events.push(e) });
      const s = { sessionId: `audit-${profile}`, serverId: 'fs', principal: { subject: 'alice', issuer: 'https://idp.example' } };
      await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read_file', arguments: { path: '../../etc/shadow' } } }, { from: 'client', ...s });
      await guard.inspect({ jsonrpc: '2.0', id: 'p', method: 'ping' }, { from: 'client', ...s });
      await guard.inspect({ jsonrpc: '2.0', id: 2, method: 'tools/list' }, { from: 'client', ...s });
      await guard.inspect({ jsonrpc: '2.0', id: 2, result: { tools: [{ name: 'a', description: 'Adds.', inputSchema: { type: 'object' } }, { name: 'b', description: 'Notes.\u{E0049}\u{E0047}\u{E004E}', inputSchema: { type: 'object' } }] } }, { from: 'server', ...s });
      await guard.inspect('not json', { from: 'server', ...s });
      await guard.inspect('{"jsonrpc":"2.0","id":3,', { from: 'client', ...s });
      await guard.inspect([{ jsonrpc: '2.0', id: 4, method: 'ping' }, { jsonrpc: '2.0', method: 'notifications/initialized' }], { from: 'client', ...s });
      await guard.inspect({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x\u{E0041}' } }, { from: 'server', ...s });
      await guard.inspect({ jsonrpc: '2.0', id: 5, error: { code: -32601, message: 'nope' } }, { from: 'server', ...s });
      await guard.decide({ kind: 'oversize', from: 'client', size: 1e8, limit: 1e7, id: 9, shape: 'request' }, s);
      await guard.decide({ kind: 'server-gone', id: 10, reason: 'exited with code 1' }, s);
      await guard.decide({ kind: 'upstream-unreachable', reason: 'ECONNREFUSED' }, s);
    }
    expect(events.length).toBeGreaterThan(30);
    expect(new Set(events.map((e) => e.outcome))).toEqual(new Set(['forwarded', 'replaced', 'answered', 'dropped']));
    for (const event of events) {
      const ok = validate(JSON.parse(JSON.stringify(event)));
      expect(ok, `${event.summary}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('rejects an event with a field it does not define, so the schema cannot fall behind', () => {
    expect(validate({ schema: 'vanguard.audit.v2', surprise: true })).toBe(false);
  });
});
