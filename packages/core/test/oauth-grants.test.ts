import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { fullScopeAuthorization, fullScopeGrantOpened } from '../src/commands/oauth-grants.js';

// Authorization URLs made up for these tests (not a red-team set's cases): apps of other names asking Google,
// Microsoft, GitHub and Slack for a whole mailbox, drive, tenant or organisation, opened by a browser tool or a
// link tool, each beside the same provider asked for a narrow grant (sign-in, a calendar, one folder, read-only)
// or a desktop client whose redirect comes back to the machine.
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const blockedBy = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `oauth-grants-${session++}`, serverId: 'browser', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};

const google = (client: string, redirect: string, scope: string, extra = ''): string =>
  `https://accounts.google.com/o/oauth2/v2/auth?client_id=${client}.apps.googleusercontent.com&redirect_uri=${encodeURIComponent(redirect)}&response_type=code&scope=${encodeURIComponent(scope)}${extra}`;
const microsoft = (redirect: string, scope: string): string =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4b1f0c2e-77aa-4d1e-9c3b-2f6a0e9d1c11&response_type=code&redirect_uri=${encodeURIComponent(redirect)}&scope=${encodeURIComponent(scope)}`;
const github = (redirect: string, scope: string): string =>
  `https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a2e4c7d0&redirect_uri=${encodeURIComponent(redirect)}&scope=${encodeURIComponent(scope)}&state=x9`;

describe('an OAuth grant of a whole account opened by the agent', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['a receipts app asking Google for the whole mailbox, in a browser navigation', 'browser_navigate', { url: google('71002', 'https://receipts-sorter.io/oauth/cb', 'openid https://mail.google.com/') }],
    ['a backup app asking for every Drive file, in a Puppeteer navigation', 'puppeteer_navigate', { url: google('33019', 'https://cloudsafe-backup.net/cb', 'https://www.googleapis.com/auth/drive email') }],
    ['a helper asking for mail forwarding settings', 'browser_navigate', { url: google('9120', 'https://inbox-zero-pro.app/cb', 'https://www.googleapis.com/auth/gmail.settings.sharing') }],
    ['an app asking to send mail with offline access, as Google spells it', 'open_url', { url: google('5521', 'https://leadflow.ai/cb', 'https://www.googleapis.com/auth/gmail.send', '&access_type=offline&prompt=consent') }],
    ['an app asking Microsoft for Mail.Send with offline_access', 'browser_navigate', { url: microsoft('https://mailmerge-helper.com/auth', 'offline_access Mail.Send User.Read') }],
    ['an app asking Microsoft to write every file of the tenant', 'browser_navigate', { url: microsoft('https://docsync.example.org/auth', 'https://graph.microsoft.com/Files.ReadWrite.All') }],
    ['an app asking GitHub for repositories and organisation admin', 'browser_navigate', { url: github('https://ci-turbo.dev/callback', 'repo,admin:org') }],
    ['an app asking GitHub to delete repositories', 'stagehand_navigate', { url: github('https://repo-cleaner.dev/callback', 'delete_repo') }],
    ['an app asking Slack for workspace admin', 'browser_navigate', { url: 'https://slack.com/oauth/v2/authorize?client_id=1234.5678&scope=admin,channels:read&redirect_uri=https%3A%2F%2Fslack-insights.co%2Fcb' }],
  ])('blocks %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/access-opened');
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['a scheduling app asking Google for sign-in and calendar events', 'browser_navigate', { url: google('55120', 'https://schedulr.app/cb', 'openid email https://www.googleapis.com/auth/calendar.events') }],
    ['a docs app asking only for the files it creates', 'browser_navigate', { url: google('44120', 'https://docs-helper.app/cb', 'https://www.googleapis.com/auth/drive.file', '&access_type=offline') }],
    ['a reader asking Microsoft to read the profile and the calendar offline', 'browser_navigate', { url: microsoft('https://meet-notes.app/auth', 'offline_access User.Read Calendars.Read') }],
    ['a deploy service asking GitHub for repositories only', 'browser_navigate', { url: github('https://deployhost.dev/callback', 'repo read:user') }],
    ['a desktop mail client asking for the whole mailbox back to loopback', 'browser_navigate', { url: google('8801', 'http://127.0.0.1:53682/', 'https://mail.google.com/', '&access_type=offline') }],
    ['the developer testing their own app on localhost with admin:org', 'browser_navigate', { url: github('http://localhost:3000/auth/github/callback', 'admin:org') }],
    ['an authorization URL read, not opened', 'read_file', { path: 'docs/oauth.md' }],
    ['a Slack app asking to post in channels', 'browser_navigate', { url: 'https://slack.com/oauth/v2/authorize?client_id=1234.5678&scope=chat:write,channels:read&redirect_uri=https%3A%2F%2Fstandup-bot.co%2Fcb' }],
  ])('passes %s', async (_, name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });

  it('reads scopes split by plus signs and commas, in any case', () => {
    expect(fullScopeAuthorization('https://accounts.google.com/o/oauth2/auth?client_id=1&scope=email+HTTPS://MAIL.GOOGLE.COM/&redirect_uri=https://x.io/cb')).toMatch(/mailbox/);
    expect(fullScopeAuthorization('https://github.com/login/oauth/authorize?client_id=1&scope=Repo,Admin:Org')).toMatch(/GitHub/);
    expect(fullScopeAuthorization('https://github.com/login/oauth/authorize?client_id=1&scope=read:org,user:email')).toBeUndefined();
  });

  it('reads a long authorization URL, and passes over a huge value, in linear time', () => {
    const scopes = Array.from({ length: 600 }, (_, i) => `x${i}`).join(' ');
    const url = `https://accounts.google.com/o/oauth2/auth?client_id=1&redirect_uri=https://x.io/cb&scope=${encodeURIComponent(scopes)}`.padEnd(8000, '&');
    const huge = `https://accounts.google.com/o/oauth2/auth?client_id=1&scope=https://mail.google.com/${'&p=%20'.repeat(180_000)}`;
    const start = performance.now();
    for (let i = 0; i < 50; i++) fullScopeAuthorization(url);
    for (let i = 0; i < 5; i++) expect(fullScopeGrantOpened({ url: huge })).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
