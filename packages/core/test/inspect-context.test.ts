import { describe, expect, it } from 'vitest';

import { createGuard } from '../src/index.js';
import type { AuditEvent, InspectContext } from '../src/index.js';

// The guard reuses the context it read last for a side while the next message's says the same: messages
// whose contexts differ, one after another, must each be inspected and audited under their own.

const ping = (id: number): unknown => ({ jsonrpc: '2.0', id, method: 'ping' });
const flush = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('the inspect context of consecutive messages', () => {
  it('audits each message under its own session, server and principal when they change from one message to the next', async () => {
    const events: AuditEvent[] = [];
    const guard = createGuard({ profile: 'balanced', auditAllowed: true, audit: (e) => void events.push(e) });
    const contexts: InspectContext[] = [
      { from: 'client', sessionId: 'a' },
      { from: 'client', sessionId: 'a' },
      { from: 'client', sessionId: 'b' },
      { from: 'client', sessionId: 'b', serverId: 'files' },
      { from: 'client', sessionId: 'b', serverId: 'files', principal: { subject: 'alice' } },
      { from: 'client', sessionId: 'b', serverId: 'files', principal: { subject: 'bob', issuer: 'idp' } },
      { from: 'client', sessionId: 'b', serverId: 'files' },
      { from: 'server', sessionId: 'b', serverId: 'files' },
      { from: 'client', sessionId: 'a' },
    ];
    for (let i = 0; i < contexts.length; i++) await guard.inspect(ping(i), contexts[i]!);
    await flush();
    expect(events.map((e) => [e.session_id, e.server_id, e.principal, e.direction])).toEqual([
      ['a', 'default', null, 'client_to_server'],
      ['a', 'default', null, 'client_to_server'],
      ['b', 'default', null, 'client_to_server'],
      ['b', 'files', null, 'client_to_server'],
      ['b', 'files', 'alice', 'client_to_server'],
      ['b', 'files', 'idp:bob', 'client_to_server'],
      ['b', 'files', null, 'client_to_server'],
      ['b', 'files', null, 'server_to_client'],
      ['a', 'default', null, 'client_to_server'],
    ]);
  });
});
