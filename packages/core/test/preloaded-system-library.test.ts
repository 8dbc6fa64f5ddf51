import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

import { findingsText } from './findings-text.js';

// LD_PRELOAD for one run (rules/programs.yaml environment, rules/commands.yaml cmd/privilege-escalation): a
// library from the system's library folders, which only root installs into (jemalloc, tcmalloc, ASan),
// preloads nothing anyone else could plant, so it passes; one from a temp folder, the project, the home folder,
// a variable, or a path that climbs out of /usr/lib, and a system-wide /etc/ld.so.preload, are still blocked.

const guard = createGuard({ profile: 'balanced' });
let n = 0;
const run = (command: string): Promise<Verdict> =>
  guard.inspect({ jsonrpc: '2.0', id: ++n, method: 'tools/call', params: { name: 'run_terminal_cmd', arguments: { command } } }, { from: 'client', sessionId: `preload-${n}` });

describe('a library preloaded for one run', () => {
  it.each([
    'sudo apt-get install -y libtcmalloc-minimal4 && LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 python3 bench.py',
    "LD_PRELOAD='/usr/lib64/libasan.so.8' ./build/unit-tests",
    'env LD_PRELOAD=/lib/aarch64-linux-gnu/libjemalloc.so.2 node dist/server.js',
  ])('lets %s pass', async (command) => {
    const verdict = await run(command);
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });

  it.each([
    'LD_PRELOAD=/tmp/.cache/libperf.so ./target/release/api',
    'LD_PRELOAD=./vendor/libhook.so npm test',
    'export LD_PRELOAD=$HOME/.local/lib/libtrace.so',
    'LD_PRELOAD=/usr/lib/../../var/tmp/x.so ls',
    'LD_PRELOAD="/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 /dev/shm/l.so" ./server',
    'LD_PRELOAD=/usr/local/lib/libspy.so sudo -E id',
    'echo /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 | sudo tee -a /etc/ld.so.preload',
  ])('blocks %s', async (command) => {
    const verdict = await run(command);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });
});
