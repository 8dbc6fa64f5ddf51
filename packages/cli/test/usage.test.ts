// Every command's usage errors: strict flags, no value swallowed, a named problem and exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { isVanguardError } from '@vanguard/core';

import type { CommandIo } from '../src/commands/config.js';
import { runConfigureClaude } from '../src/commands/configure-claude.js';
import { runInit } from '../src/commands/init.js';
import { runInspect } from '../src/commands/inspect.js';
import { runRules } from '../src/commands/rules.js';
import { parseStartArgs } from '../src/commands/start.js';

const bin = fileURLToPath(new URL('../bin/vanguard.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vanguard-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const written: string[] = [];
const io: CommandIo = { stdout: (t) => void written.push(t), stderr: (t) => void written.push(t), cwd: dir, env: {}, platform: 'linux' };

/** The usage error a call throws: its message, or a failure when it throws nothing or something else. */
async function usageProblem(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (isVanguardError(error) && error.code === 'VG_ERR_USAGE') return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('vanguard --version', () => {
  it('prints the version of the installed package', () => {
    const { version } = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string };
    expect(spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout).toBe(`${version}\n`);
  });
});

describe('usage errors', () => {
  it('vanguard start refuses unknown flags, missing values and a value that is a flag or --', async () => {
    expect(await usageProblem(() => parseStartArgs(['--verbose', '--', 'node']))).toContain("Unknown option '--verbose'");
    expect(await usageProblem(() => parseStartArgs(['--profile']))).toContain("Option '--profile <value>' argument missing");
    expect(await usageProblem(() => parseStartArgs(['--config=', '--', 'node']))).toBe('--config needs a value');
    expect(await usageProblem(() => parseStartArgs(['--audit', '--', 'node', 'server.js']))).toContain("'--audit' argument is ambiguous");
    expect(await usageProblem(() => parseStartArgs(['--server-id', '-q', '--', 'node']))).toContain("'--server-id' argument is ambiguous");
    expect(await usageProblem(() => parseStartArgs(['--quiet=yes', '--', 'node']))).toContain('--quiet\' does not take an argument');
  });

  it('vanguard inspect refuses unknown flags, bad values and two files', async () => {
    expect(await usageProblem(() => runInspect(['--bogus']))).toContain("Unknown option '--bogus'");
    expect(await usageProblem(() => runInspect(['--profile', 'paranoid', '-']))).toBe('--profile: unknown profile "paranoid" (allowed: monitor, balanced, strict)');
    expect(await usageProblem(() => runInspect(['--session', 'tab', '-']))).toBe('--session: "tab" is not one of file, line');
    expect(await usageProblem(() => runInspect(['--config', '--profile', 'strict']))).toContain("'--config' argument is ambiguous");
    expect(await usageProblem(() => runInspect(['a.jsonl', 'b.jsonl']))).toBe('give one FILE (or - for standard input)');
  });

  it('vanguard rules refuses a missing or unknown subcommand and no files', async () => {
    expect(await usageProblem(() => runRules([], io))).toContain('missing subcommand');
    expect(await usageProblem(() => runRules(['check', 'a.yaml'], io))).toBe('unknown subcommand "check" (allowed: test)');
    expect(await usageProblem(() => runRules(['test'], io))).toBe('give at least one rule pack file');
    expect(await usageProblem(() => runRules(['test', '--strict', 'a.yaml'], io))).toContain("Unknown option '--strict'");
  });

  it('vanguard init refuses unknown flags, bad profiles and two files', async () => {
    expect(await usageProblem(() => runInit(['--overwrite'], io))).toContain("Unknown option '--overwrite'");
    expect(await usageProblem(() => runInit(['--profile', 'loud'], io))).toContain('unknown profile "loud"');
    expect(await usageProblem(() => runInit(['--profile', '--force'], io))).toContain("'--profile' argument is ambiguous");
    expect(await usageProblem(() => runInit(['a.yaml', 'b.yaml'], io))).toBe('give at most one FILE');
  });

  it('vanguard configure-claude refuses unknown flags, bad profiles and positional words', async () => {
    expect(await usageProblem(() => runConfigureClaude(['--yes'], io))).toContain("Unknown option '--yes'");
    expect(await usageProblem(() => runConfigureClaude(['--profile', 'x'], io))).toContain('unknown profile "x"');
    expect(await usageProblem(() => runConfigureClaude(['--config', '--dry-run'], io))).toContain("'--config' argument is ambiguous");
    expect(await usageProblem(() => runConfigureClaude(['claude.json'], io))).toContain("Unexpected argument 'claude.json'");
  });

  it('prints one line naming the command, the problem and the code, and exits with code 2', () => {
    const out = spawnSync(process.execPath, [bin, 'start', '--audit', '--', 'node', 'server.js'], { cwd: dir, encoding: 'utf8' });
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^vanguard start: Option '--audit' argument is ambiguous\..* \[VG_ERR_USAGE\]\n\(see vanguard start --help\)\n$/);
    const unknown = spawnSync(process.execPath, [bin, 'deploy'], { cwd: dir, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^vanguard: unknown command "deploy"/);
  });
});
