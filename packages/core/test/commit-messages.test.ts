import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

import { findingsText } from './findings-text.js';
import { commitMessageSpans } from '../src/commands/commit-messages.js';

// A coding agent commits its work with a message that may name the paths the change is about: the message
// is prose the command stores, not a path it opens. Each benign line has a twin that does open the path.
const guard = createGuard({ profile: 'balanced' });

let nextId = 1;
async function runs(command: string): Promise<Verdict> {
  const sessionId = `commit-${nextId}`;
  return guard.inspect({ jsonrpc: '2.0', id: nextId++, method: 'tools/call', params: { name: 'bash', arguments: { command } } }, { from: 'client', sessionId, serverId: sessionId });
}
const expectAction = async (verdict: Promise<Verdict>, action: string): Promise<void> => {
  const v = await verdict;
  expect(v.action, findingsText(v)).toBe(action);
};

describe('the message of a commit', () => {
  it('finds the text inside the quotes of each message argument', () => {
    const line = `git add -A && git commit -am "fix: /etc/hosts" -m 'see ~/.ssh/config' && git tag -a v1 --message "v1"`;
    expect(commitMessageSpans(line).map(([s, e]) => line.slice(s, e))).toEqual(['fix: /etc/hosts', 'see ~/.ssh/config', 'v1']);
  });

  it('finds no message where double quotes run a command', () => {
    expect(commitMessageSpans('git commit -m "$(cat ~/.ssh/id_rsa)"')).toEqual([]);
    expect(commitMessageSpans('git commit -m "`cat /etc/shadow`"')).toEqual([]);
  });

  it.each([
    ['a message that names a private key', 'git add -A && git commit -m "paths: ~/.ssh/id_ed25519 is a credential file, read nowhere"'],
    ['a message that names a system file', "git commit -q -m 'rules: /etc/shadow stays blocked in shell commands'"],
    ['a tag message that names a credential file', 'git tag -a v2.1.0 -m "v2.1.0: ~/.aws/credentials is checked in every argument"'],
  ] as const)('allows %s', (_label, command) => expectAction(runs(command), 'allow'));

  it.each([
    ['a message that runs a command on a key', 'git commit -m "$(cat ~/.ssh/id_ed25519)"'],
    ['a message taken from a key file', 'git commit -F ~/.ssh/id_ed25519'],
    ['a path committed next to the message', 'git commit -m "update" -- /etc/shadow'],
    ['a path read after the commit', "git commit -m 'notes on /etc/shadow'; cp /etc/shadow /tmp/s"],
    ['a path echoed next to the words of a commit', 'echo "git commit -m" /etc/shadow'],
  ] as const)('blocks %s', (_label, command) => expectAction(runs(command), 'block'));
});
