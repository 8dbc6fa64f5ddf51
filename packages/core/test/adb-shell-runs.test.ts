import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

import { innerRun } from '../src/commands/inner-runs.js';

// `adb shell COMMAND…` and `adb exec-out COMMAND…` run COMMAND in the phone's shell, as `ssh HOST CMD` runs it on
// the host: the device command is a command line of its own and is judged like one a device-shell tool sends.

const guard = createGuard({ profile: 'balanced' });
let session = 0;

async function terminal(command: string): Promise<Verdict> {
  return guard.inspect(
    { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'run_terminal_command', arguments: { command } } },
    { sessionId: `adb-${++session}`, serverId: 'shell', from: 'client' },
  );
}

describe('the command adb runs on the device', () => {
  it('is the words after shell or exec-out, past adb and shell options', () => {
    expect(innerRun('adb', ['adb', '-s', 'ZX1G22', 'shell', 'pm', 'list', 'packages'])).toEqual({ line: 'pm list packages', when: 'now' });
    expect(innerRun('adb', ['adb', '-d', 'shell', '-t', '-e', 'none', 'dumpsys battery'])).toEqual({ line: 'dumpsys battery', when: 'now' });
    expect(innerRun('adb', ['adb', '-t', '4', 'exec-out', 'screencap', '-p'])).toEqual({ line: 'screencap -p', when: 'now' });
    expect(innerRun('adb', ['adb', 'shell'])).toBeUndefined();
    expect(innerRun('adb', ['adb', 'logcat', '-d'])).toBeUndefined();
    expect(innerRun('adb', ['adb', 'install', '-r', 'app/build/outputs/apk/debug/app-debug.apk'])).toBeUndefined();
  });

  it('blocks handing the phone to a stranger app through a terminal, however the device command is quoted', async () => {
    for (const command of [
      'adb -s 0A281FDD shell settings put secure enabled_accessibility_services com.cleanmaster.boost.lite/.AutoService',
      'adb -e shell "settings put secure enabled_accessibility_services org.free.wallpapers/.svc.Reader:com.google.android.marvin.talkback/.TalkBackService"',
      "adb -d shell 'dpm set-device-owner net.kidsafe.monitor/.Owner'",
      'adb shell -t dpm set-active-admin com.vpn.turbo.unlimited/.AdminRx',
    ]) expect((await terminal(command)).action, command).toBe('block');
  });

  it('passes QA work on a test phone: taps, the screen reader, logs, a local build, a screenshot', async () => {
    for (const command of [
      'adb -s emulator-5556 shell input tap 540 1620 && adb -s emulator-5556 shell input text hello',
      'adb shell settings put secure enabled_accessibility_services com.google.android.marvin.talkback/com.google.android.marvin.talkback.TalkBackService',
      'adb logcat -d -s ActivityManager:I',
      'adb install -r -t app/build/outputs/apk/debug/app-debug.apk',
      'adb exec-out screencap -p > screen.png',
      'adb shell settings put global window_animation_scale 0',
      'adb -s R3CT80XYZ shell am start -n com.example.shop.debug/.MainActivity',
    ]) expect((await terminal(command)).action, command).toBe('allow');
  });
});
