import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createGuard } from '@vanguard/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type CommandIo, guardOptionsFor, loadConfig } from '../src/commands/config.js';
import { runInit } from '../src/commands/init.js';

let dir: string;
let out: string;
let err: string;
let io: CommandIo;

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'vanguard-init-')));
  out = '';
  err = '';
  io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {}, platform: process.platform };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('vanguard init', () => {
  it('writes a commented vanguard.yaml that loads and builds a guard as written', () => {
    expect(runInit([], io)).toBe(0);
    const file = join(dir, 'vanguard.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Vanguard configuration for vanguard-init-/);
    expect(text).toContain('profile: balanced');
    expect(text).toMatch(/^# safeZones:/m);
    const loaded = loadConfig(file);
    expect(loaded.config).toEqual({ profile: 'balanced', rules: { bundled: true, dirs: [], files: [], overrides: {} }, audit: { allowed: true } });
    // Uncommenting a default under its section header gives a valid config too.
    writeFileSync(file, text.replace('  # maxDepth: 64', '  maxDepth: 64').replace('  # shutdownTimeoutMs:', '  shutdownTimeoutMs:'));
    expect(loadConfig(file).config).toMatchObject({ limits: { maxDepth: 64 }, stdio: { shutdownTimeoutMs: 2000 } });
    expect(createGuard(guardOptionsFor(loaded, 'balanced')).profile).toBe('balanced');
    // So do the commented safe-zone and scope examples, which build a guard with roots under this folder.
    const section = text.indexOf('# Safe zones:');
    const examples = text.slice(0, section) + text.slice(section).replace(/^# ((?:safeZones|scopes):.*| {2}.*)$/gm, '$1');
    writeFileSync(file, examples);
    const zoned = loadConfig(file);
    expect(zoned.config.safeZones?.roots).toEqual(['./src', './docs']);
    expect(zoned.config.scopes?.[0]?.match).toEqual({ server: 'filesystem', tool: ['write_file', 'edit_file'] });
    const options = guardOptionsFor(zoned, 'balanced');
    expect(options.safeZones?.roots).toEqual([join(dir, 'src'), join(dir, 'docs')]);
    expect(options.scopes?.[0]?.safeZones?.roots).toEqual([join(dir, 'out')]);
    expect(() => createGuard(options)).not.toThrow();
    expect(out).toBe('Wrote vanguard.yaml (profile balanced).\nNext: vanguard start -- <server command...>\n');
    expect(err).toBe('');
  });

  it('refuses to overwrite a config unless forced', () => {
    const file = join(dir, 'vanguard.yaml');
    writeFileSync(file, 'profile: strict\n');
    expect(runInit([], io)).toBe(1);
    expect(err).toContain('already exists (use --force to overwrite it)');
    expect(readFileSync(file, 'utf8')).toBe('profile: strict\n');
    expect(runInit(['--force', '--profile', 'monitor'], io)).toBe(0);
    expect(loadConfig(file).config.profile).toBe('monitor');
  });

  it('writes to another file when asked and says how to use it', () => {
    expect(runInit(['conf/guard.yaml'], io)).toBe(1);
    expect(err).toMatch(/cannot write .*conf\/guard\.yaml/);
    expect(runInit(['guard.yaml', '--profile', 'strict'], io)).toBe(0);
    expect(out).toContain('Next: vanguard start --config guard.yaml -- <server command...>');
    expect(loadConfig(join(dir, 'guard.yaml')).config.profile).toBe('strict');
  });

  it('rejects an unknown profile', () => {
    expect(() => runInit(['--profile', 'paranoid'], io)).toThrow('--profile: unknown profile "paranoid" (allowed: monitor, balanced, strict)');
  });
});
