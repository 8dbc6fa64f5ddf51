import { describe, expect, it } from 'vitest';

import { toolProgram } from '../src/values/joined-argv.js';
import { verdictOf } from './argument-verdicts.js';

// A tool named after the program it runs (`kubectl`, `docker_run`, `git`) takes that program's arguments as
// an array. The line those words make is the program's, and is judged as the same line sent whole.
const rulesOf = async (tool: string, args: Record<string, unknown>): Promise<string[]> => (await verdictOf(tool, args)).findings.map((f) => f.rule);

describe('toolProgram', () => {
  it.each([
    ['kubectl', 'kubectl'],
    ['docker_run', 'docker run'],
    ['git-push', 'git push'],
    ['mcp__ops__rm', 'rm'],
    ['Docker.Exec', 'docker exec'],
  ])('reads the tool %s as the program line %j', (tool, program) => {
    expect(toolProgram(tool)).toBe(program);
  });

  it.each(['run_query', 'create_issue', 'send_email', 'read_file', 'a_b_c_d_e'])('finds no program in the tool name %s', (tool) => {
    expect(toolProgram(tool)).toBeUndefined();
  });
});

describe('an argv array of the tool’s own program', () => {
  it.each([
    ['kubectl', { args: ['delete', 'namespace', 'production'] }, 'cmd/remote-destruction'],
    ['docker', { args: ['run', '-v', '/:/host', '--privileged', 'alpine', 'chroot', '/host'] }, 'cmd/container-escape'],
    ['docker_run', { argv: ['-v', '/var/run/docker.sock:/var/run/docker.sock', 'alpine'] }, 'cmd/container-escape'],
    ['git', { args: ['push', '--force', 'origin', 'main'] }, 'cmd/remote-destruction'],
    ['mcp__ops__rm', { args: ['-rf', '/'] }, 'cmd/destructive-delete'],
  ])('reads %s %j as the line it runs', async (tool, args, rule) => {
    expect(await rulesOf(tool, args)).toContain(rule);
  });

  it.each([
    ['kubectl', { args: ['get', 'pods', '-n', 'default'] }],
    ['docker', { args: ['run', '--rm', '-v', '/home/dev/app:/app', '-w', '/app', 'node:20', 'npm', 'test'] }],
    ['git', { args: ['status', '--short'] }],
    ['git', { args: ['commit', '-m', 'fix: remove the old cache folder'] }],
    ['npm', { args: ['install', '--save-dev', 'vitest'] }],
    ['docker_build', { args: ['-t', 'app:dev', '.'] }],
  ])('finds nothing in %s %j', async (tool, args) => {
    expect(await rulesOf(tool, args)).toEqual([]);
  });
});
