import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { decodedEncodedCommand, encodedCommandOption, encodedCommandScripts, powerShellRun } from '../src/commands/powershell-encoded.js';
import { wideBase64Text } from '../src/text/encoded-prose.js';
import { findingsText } from './findings-text.js';

const psEncoded = (s: string): string => Buffer.from(s, 'utf16le').toString('base64');

describe('PowerShell -EncodedCommand', () => {
  it('takes every prefix of -EncodedCommand PowerShell accepts, after -, -- or /, and no other option', () => {
    for (const option of ['-e', '-ec', '-en', '-enc', '-EncodedCommand', '--encodedcommand', '/enc', '-ENCOD']) expect(encodedCommandOption.test(option), option).toBe(true);
    for (const option of ['-ex', '-ep', '-ExecutionPolicy', '-encodedarguments', '-c', '-File', 'enc']) expect(encodedCommandOption.test(option), option).toBe(false);
  });

  it('reads the script base64 of UTF-16LE text spells, and nothing of other bytes', () => {
    expect(decodedEncodedCommand(psEncoded('Get-ChildItem -Recurse -Filter *.sln'))).toBe('Get-ChildItem -Recurse -Filter *.sln');
    expect(decodedEncodedCommand(Buffer.from('Get-ChildItem', 'utf8').toString('base64'))).toBeUndefined();
    expect(decodedEncodedCommand(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]).toString('base64'))).toBeUndefined();
    expect(wideBase64Text('not base64!')).toBeUndefined();
  });

  it('finds the scripts of a command line, quoted or not, and skips payloads that spell none', () => {
    const script = "Write-Output 'café'";
    expect(encodedCommandScripts(`pwsh.exe -NoProfile -WindowStyle Hidden -enc "${psEncoded(script)}"`)).toEqual([script]);
    expect(encodedCommandScripts(`powershell -ExecutionPolicy Bypass -File build.ps1`)).toEqual([]);
    expect(encodedCommandScripts(`powershell -e ${Buffer.from('plain utf-8 bytes here').toString('base64')}`)).toEqual([]);
  });
});

describe("PowerShell's parameters, read as PowerShell reads them", () => {
  it('skips the values of -WindowStyle, -ExecutionPolicy and their prefixes and aliases to find the command or the file', () => {
    expect(powerShellRun('powershell', ['-w', 'hidden', '-c', 'Get-Date'])).toEqual({ code: 'Get-Date' });
    expect(powerShellRun('powershell', ['-NoP', '-NonI', '-Exec', 'Bypass', '-WindowStyle', 'Hidden', '-Com', 'iwr', 'x', '|', 'iex'])).toEqual({ code: 'iwr x | iex' });
    expect(powerShellRun('pwsh', ['-ep', 'RemoteSigned', '-File', 'C:/tools/sync.ps1', '-Verbose'])).toEqual({ script: 'C:/tools/sync.ps1' });
    expect(powerShellRun('pwsh', ['-Command:Get-Date'])).toEqual({ code: 'Get-Date' });
  });

  it('takes a first plain word as the command for Windows PowerShell and as the script for pwsh', () => {
    expect(powerShellRun('powershell.exe', ['-NoProfile', 'Remove-Item', '-Recurse', 'C:/x'])).toEqual({ code: 'Remove-Item -Recurse C:/x' });
    expect(powerShellRun('pwsh', ['-NoProfile', './build.ps1', '-Configuration', 'Release'])).toEqual({ script: './build.ps1' });
    expect(powerShellRun('pwsh', ['-NoLogo'])).toEqual({});
  });

  const guard = createGuard({ profile: 'balanced' });
  const run = (command: string) => guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'run_command', arguments: { command } } }, { from: 'client' });

  it.each([
    'pwsh -w hidden -c "Remove-Item -Recurse -Force $env:USERPROFILE"',
    'powershell -NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -Command "Remove-Item -Recurse -Force $HOME"',
    'powershell -ep bypass -w 1 Remove-Item -Recurse -Force $env:USERPROFILE',
  ])('judges the command behind hidden-window options: %s', async (command) => {
    const verdict = await run(command);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });

  it('judges a payload an alert shows cut short by the part it shows, and holds nothing against a part that decodes to nothing', async () => {
    const shown = psEncoded('Get-Process | Sort-Object CPU -Descending | Select-Object -First 5');
    expect((await run(`powershell -enc ${shown.slice(0, 40)}...`)).action).toBe('allow');
    expect((await run(`powershell -enc ${psEncoded('Remove-Item -Recurse -Force $env:USERPROFILE')}…`)).action).toBe('block');
    expect((await run('powershell -enc QUJDREVGR0hJSktMTU5PUA==')).action).toBe('block');
  });

  it.each([
    'powershell -w hidden -c "Get-ChildItem -Recurse -Filter *.csproj"',
    'pwsh -NoProfile -ExecutionPolicy Bypass -File ./build.ps1 -Configuration Release',
  ])('lets an ordinary script run with the same options: %s', async (command) => {
    const verdict = await run(command);
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });
});
