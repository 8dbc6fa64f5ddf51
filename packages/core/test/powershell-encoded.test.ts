import { describe, expect, it } from 'vitest';

import { decodedEncodedCommand, encodedCommandOption, encodedCommandScripts } from '../src/commands/powershell-encoded.js';
import { wideBase64Text } from '../src/text/encoded-prose.js';

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
