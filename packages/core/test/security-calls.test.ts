import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { ToolNames } from '../src/commands/tool-names.js';
import { letsThrough, namesLetThrough } from '../src/stateful/condemned-indicators.js';
import { SecurityCall, securityCall } from '../src/stateful/security-calls.js';
import { namesScanner, scopeOf } from '../src/stateful/written-scope.js';
import type { ScannedValue } from '../src/types.js';
import { Kind } from '../src/values/kinds.js';

// The security readers of a call (what it may let through, whether it scans) read a call's values in one pass
// (security-calls.ts). They must read every call as the two readers did each on its own, kept here as they
// were: a loop over the keys (lower-cased, looked up in sets) for one, a loop over the shell lines for the other.

const actionKeys = new Set(['action', 'actions', 'action_name', 'actionname', 'action_type', 'actiontype', 'list', 'listtype', 'list_type', 'mode', 'disposition', 'policy', 'decision', 'operation', 'op']);
const recipientKeys = new Set(['to', 'cc', 'bcc', 'recipient', 'recipients', 'reply_to', 'replyto']);
const writeMethods = new Set(['post', 'put', 'patch']);
const scannerWords = new Set(['nmap', 'masscan', 'zmap', 'rustscan', 'naabu', 'nuclei', 'msf', 'msfconsole', 'metasploit', 'exploit', 'crackmapexec', 'cme', 'netexec', 'nxc', 'hydra', 'medusa', 'spray', 'bruteforce', 'brute', 'scan', 'scanner', 'portscan', 'kerbrute', 'responder', 'impacket']);

function mayLetThroughAlone(tool: string, values: readonly ScannedValue[]): number | undefined {
  const count = Math.min(values.length, 256);
  let action = false;
  let recipient = false;
  let method = false;
  for (let v = 0; v < count; v++) {
    const lower = values[v]!.key.toLowerCase();
    action ||= actionKeys.has(lower);
    recipient ||= recipientKeys.has(lower);
    method ||= lower === 'method';
  }
  const bits = action ? letsThrough(tool, values) : namesLetThrough(tool);
  if (bits !== 0) return bits;
  if (recipient) return bits;
  if (method) {
    for (let v = 0; v < count; v++) if (values[v]!.key.toLowerCase() === 'method' && writeMethods.has(values[v]!.text.trim())) return bits;
  }
  return undefined;
}

function scansAlone(tool: string, values: readonly ScannedValue[]): boolean {
  if (namesScanner(tool)) return true;
  for (let v = 0; v < Math.min(values.length, 64); v++) {
    if (!(values[v]!.kindMask & Kind.Command)) continue;
    const program = /^\s*(?:sudo\s+)?([a-z0-9_.-]+)/.exec(values[v]!.text);
    if (program !== null && scannerWords.has(program[1]!.replace(/\.py$/, ''))) return true;
  }
  return false;
}

const value = (key: string, text: string, kindMask = 0): ScannedValue => ({ key, text, raw: text, path: ['arguments', key], kinds: [], kindMask, declaredMask: 0, quoted: false, signalMask: 0, pathForm: text, commandForm: text, urlForm: text });

const tools = ['defender_allow_indicator', 'edr_lift_containment', 'mail_release_quarantine', 'firewall_unblock_ip', 'exchange_tenant_allow_block', 'nmap_scan', 'run_nuclei', 'send_email', 'http_request', 'read_file', 'search_files', 'run_command', 'git_push', 'soarRunPlaybook', 'mcp__sec__unisolate_host'];
const keys = ['action', 'Action', 'ACTION_TYPE', 'actionName', 'list_type', 'listtype', 'mode', 'disposition', 'policy', 'decision', 'operation', 'op', 'to', 'CC', 'Bcc', 'recipients', 'reply_to', 'replyTo', 'method', 'Method', 'path', 'pattern', 'command', 'url', 'body', 'hosts', 'indicator', 'transaction', 'methods', 'topic', 'payment_method', 'mode_x'];
const texts = ['allow', 'Block', ' whitelist ', 'release', 'lift containment', 'un-isolate', 'post', 'PUT', 'patch', 'get', 'nmap -sV 10.0.0.0/24', 'sudo masscan -p1-65535 192.0.2.0/24', 'nuclei.py -u https://app.example', 'npm test', 'git status', 'useEffect', 'a@b.example', 'deny', 'no_action', 'x'.repeat(50)];
const call = fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...texts), fc.constantFrom(0, Kind.Command, Kind.Text, Kind.Command | Kind.Text)), { maxLength: 8 });

describe('the security readers of a call', () => {
  it('read every call as each reader did alone, with the names kept or read anew', () => {
    const kept = new ToolNames({ maxEntries: 8, maxTextLength: 256 });
    fc.assert(
      fc.property(fc.constantFrom(...tools), call, (tool, parts) => {
        const values = parts.map(([k, t, kind]) => value(k, t, kind));
        const lets = mayLetThroughAlone(tool, values);
        const expected = (lets === undefined ? 0 : SecurityCall.MayLetThrough | lets) | (scansAlone(tool, values) ? SecurityCall.Scans : 0);
        expect(securityCall(tool, values)).toBe(expected);
        expect(securityCall(tool, values, kept)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves an ordinary coding call alone and reads a mail, an allow action and a scan', () => {
    expect(securityCall('search_files', [value('path', '/home/alice/src'), value('pattern', 'useEffect')])).toBe(0);
    expect(securityCall('run_command', [value('command', 'npm test', Kind.Command)])).toBe(0);
    expect(securityCall('send_email', [value('to', 'soc@corp.example'), value('body', 'done')]) & SecurityCall.MayLetThrough).toBe(SecurityCall.MayLetThrough);
    expect(securityCall('edr_indicator_update', [value('Action', 'Allow'.toLowerCase()), value('value', 'abc')]) & SecurityCall.Lets).not.toBe(0);
    expect(securityCall('edr_indicator_update', [value('action', 'block')]) & SecurityCall.Lets).toBe(0);
    expect(securityCall('run_command', [value('command', 'sudo rustscan -a 10.0.0.0/16', Kind.Command)])).toBe(SecurityCall.Scans);
  });

  it('reads a call of many values in linear time', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => value(`k${i % 5000}`, 'nmap', Kind.Command));
    const started = performance.now();
    securityCall('run_command', many);
    securityCall('run_command', [value('command', `${' '.repeat(1 << 20)}nmap`, Kind.Command)]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the scope an answer writes', () => {
  const answer = (text: string): ScannedValue => value('text', text.toLowerCase());

  it('is read in any case and under the scope word alone', () => {
    expect(scopeOf([answer('IN SCOPE: 203.0.113.0/26')])).toEqual({ in: [[0xcb007100, 26]], out: [] });
    expect(scopeOf([answer('Out-of-Scope: 198.51.100.0/24')])).toEqual({ in: [], out: [[0xc6336400, 24]] });
  });

  it('is not read from an answer that names no scope, whatever addresses it holds', () => {
    expect(scopeOf([answer('3 matches for useEffect under /home/alice/projects/webapp/src: src/app.tsx:12')])).toBeUndefined();
    expect(scopeOf([answer('Listening on 10.0.0.5:8080; telescope mounted at 192.0.2.7')])).toBeUndefined();
  });
});

describe('a scope page read again', () => {
  // Ranges are documentation ones; the page is read in three sessions of one guard, so its text is kept from
  // the second time on and its scope read from what was kept.
  const page = 'Engagement PT-40\nIn scope:\n- 203.0.113.0/25 (staging)\nOut of scope:\n- 203.0.113.128/25 (the hosting provider)';
  it('gives every session the scope it wrote, kept or not', async () => {
    const guard = createGuard({ profile: 'balanced' });
    let id = 1;
    const run = async (session: string, name: string, args: Record<string, unknown>, answer?: string) => {
      const context = { sessionId: session, serverId: 'tools' };
      const message = { jsonrpc: '2.0', id: id++, method: 'tools/call', params: { name, arguments: args } };
      const verdict = await guard.inspect(message, { from: 'client', ...context });
      if (answer !== undefined) await guard.inspect({ jsonrpc: '2.0', id: message.id, result: { content: [{ type: 'text', text: answer }] } }, { from: 'server', ...context });
      return verdict.findings.some((f) => f.rule === 'data-flow/outside-written-scope');
    };
    for (const session of ['a', 'b', 'c']) {
      await run(session, 'wiki_get_page', { id: 'PT-40' }, page);
      expect(await run(session, 'run_terminal_cmd', { command: 'nmap -sV 203.0.113.10' }), session).toBe(false);
      expect(await run(session, 'run_terminal_cmd', { command: 'nmap -sV 203.0.113.200' }), session).toBe(true);
    }
    expect(await run('d', 'run_terminal_cmd', { command: 'nmap -sV 203.0.113.200' })).toBe(false);
  });
});
