import { describe, expect, it } from 'vitest';

import { spawnPlan } from '../src/spawn-command.js';

const env = { ComSpec: 'C:\\Windows\\system32\\cmd.exe' };

describe('spawnPlan', () => {
  it('spawns the command as it is outside Windows, with no shell', () => {
    expect(spawnPlan('npx', ['-y', 'server', '$HOME'], 'linux', env)).toEqual({ file: 'npx', args: ['-y', 'server', '$HOME'], windowsVerbatimArguments: false });
  });

  it('spawns an explicit .exe directly on Windows', () => {
    expect(spawnPlan('C:\\tools\\uvx.EXE', ['mcp-server'], 'win32', env)).toEqual({ file: 'C:\\tools\\uvx.EXE', args: ['mcp-server'], windowsVerbatimArguments: false });
  });

  it('runs other commands on Windows (npx and other .cmd shims) through cmd /d /s /c with each argument quoted', () => {
    expect(spawnPlan('npx', ['-y', '@modelcontextprotocol/server-filesystem', 'C:\\My Files'], 'win32', env)).toEqual({
      file: 'C:\\Windows\\system32\\cmd.exe',
      args: ['/d', '/s', '/c', '"npx ^"-y^" ^"@modelcontextprotocol/server-filesystem^" ^"C:\\My^ Files^""'],
      windowsVerbatimArguments: true,
    });
  });

  it('escapes what cmd.exe would interpret, so an argument cannot run a second command', () => {
    const [, , , line] = spawnPlan('npx', ['a & calc', '%PATH%', 'say "hi"', 'tail\\'], 'win32', env).args;
    expect(line).toBe('"npx ^"a^ ^&^ calc^" ^"^%PATH^%^" ^"say^ \\^"hi\\^"^" ^"tail\\\\^""');
  });

  it('escapes twice for shims in node_modules/.bin, which pass their arguments through cmd again', () => {
    const [, , , line] = spawnPlan('C:/app/node_modules/.bin/server.cmd', ['a&b'], 'win32', {}).args;
    expect(line).toBe('"C:\\app\\node_modules\\.bin\\server.cmd ^^^"a^^^&b^^^""');
  });

  it('falls back to cmd.exe when ComSpec is not set', () => {
    expect(spawnPlan('npm', [], 'win32', {}).file).toBe('cmd.exe');
  });
});
