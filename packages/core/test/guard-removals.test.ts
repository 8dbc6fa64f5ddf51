import { describe, expect, it } from 'vitest';

import { analyzeShell } from '../src/commands/analyze.js';
import { pathChecks } from '../src/paths/write-targets.js';

// `guard-removals` of rules/programs.yaml: a tool's TLS verification switched off for the user or the machine,
// a branch protection or ruleset deleted through the code host's API; and start-up files that switch TLS off.
const rulesOf = (line: string): string[] => analyzeShell(line, pathChecks).map((f) => f.rule);

describe('TLS verification switched off for every later fetch', () => {
  it.each([
    'git config --global http.sslVerify false',
    'git config --system http.sslverify 0',
    'npm config set strict-ssl false --location user',
    'pnpm config set strict-ssl=false',
    'yarn config set strict-ssl false',
  ])('reads %s as a security control switched off', (line) => {
    expect(rulesOf(line)).toContain('cmd/security-disabled');
  });

  it.each([
    "echo 'export NODE_TLS_REJECT_UNAUTHORIZED=0' >> ~/.bashrc",
    'echo "export npm_config_strict_ssl=false" >> ~/.zshrc',
  ])('reads a start-up file line that switches TLS off for every shell as a persistence write: %s', (line) => {
    expect(rulesOf(line)).toContain('path/persistence-write');
  });

  it.each([
    'git config --global http.sslCAInfo /etc/ssl/certs/corp-root.pem',
    'npm config set cafile /etc/ssl/certs/corp-root.pem',
    'git config --global "http.https://git.corp.internal/.sslVerify" false',
    'git config --global http.sslVerify true',
    'curl -k https://localhost:8443/health',
    'NODE_TLS_REJECT_UNAUTHORIZED=0 node scripts/seed-dev.js',
    'npm config get strict-ssl',
    "echo 'export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp-root.pem' >> ~/.bashrc",
  ])('leaves a CA set up, a per-host setting or one command against a local server alone: %s', (line) => {
    expect(rulesOf(line)).toEqual([]);
  });
});

describe('branch protection deleted through the API', () => {
  it.each([
    'gh api -X DELETE repos/octo/site/branches/main/protection',
    'gh api --method DELETE /repos/octo/site/branches/release/protection/enforce_admins',
    'gh api --method=DELETE repos/octo/site/rulesets/7',
    'glab api -X DELETE projects/4/protected_branches/main',
  ])('reads %s as a security control switched off', (line) => {
    expect(rulesOf(line)).toContain('cmd/security-disabled');
  });

  it.each([
    'gh api repos/octo/site/branches/main/protection',
    'gh api -X PUT repos/octo/site/branches/main/protection --input protection.json',
    'gh api -X DELETE repos/octo/site/git/refs/heads/feat-login',
    'gh api -X DELETE repos/octo/site/issues/comments/991',
    'glab api projects/4/protected_branches',
  ])('leaves reading or setting a protection and other deletes alone: %s', (line) => {
    expect(rulesOf(line)).toEqual([]);
  });
});
