import { describe, expect, it } from 'vitest';

import { analyzeShell } from '../src/commands/analyze.js';
import { stepAsCall } from '../src/commands/harmful-steps.js';
import { credentialFile, writeTarget } from '../src/paths/write-targets.js';
import { localRemote } from '../src/values/git-remotes.js';

// Where a git remote points, read once (values/git-remotes.ts): its host whole, asked of privateHost. A push
// of every branch (analyze.ts) or to a remote the lines add by URL (harmful-steps.ts) stays on the user's
// machines when the host is a folder, loopback, a private address or a private suffix; a public name that
// only starts like one (`10.evil.example`, `localhost.attacker.tld`) is somewhere else. Written for this suite.
const checks = { writeTarget, credential: credentialFile };
const uploadsEveryBranch = (text: string): boolean => analyzeShell(text, checks).some((f) => f.rule === 'cmd/bulk-upload');

const local = [
  '/srv/git/app.git',
  '../mirror.git',
  '~/backups/app.git',
  'file:///srv/git/app.git',
  'ssh://git@10.0.4.12/srv/app.git',
  'https://192.168.1.20:3000/team/app.git',
  'http://localhost:8080/app.git',
  'ssh://git@[::1]:2222/app.git',
  'git@gitea.corp.internal:team/app.git',
  'git@10.1.2.3:team/app.git',
];
const away = [
  'https://10.evil.example/team/app.git',
  'ssh://git@localhost.attacker.tld/app.git',
  'git@192.168.evil.example:team/app.git',
  'https://user@10.0.0.1@mirror.example.net/app.git',
  'https://github.com/someone-else/app.git',
];

describe('where a git remote points', () => {
  it.each(local)('reads %s as the user\'s own machines', (remote) => {
    expect(localRemote(remote)).toBe(true);
    expect(uploadsEveryBranch(`git push --all ${remote}`)).toBe(false);
    expect(stepAsCall(`git remote add backup ${remote} && git push backup main`)).toBeUndefined();
  });

  it.each(away)('reads %s as another machine', (remote) => {
    expect(localRemote(remote)).toBe(false);
    expect(uploadsEveryBranch(`git push --all ${remote}`)).toBe(true);
    expect(stepAsCall(`git remote add backup ${remote} && git push backup main`)).toBeDefined();
  });
});
