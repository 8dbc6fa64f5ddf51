// Instructions of a child process's main thread under valgrind's callgrind, counted only while the part to
// measure runs: the child (this script re-run with its own arguments) prints `warm` once warmed up, waits
// for a line on stdin, runs `calls` times, prints `done` and waits for stdin to end.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Node flags for a child measured under callgrind. Valgrind runs a process's threads one at a time, so a
 * function V8 optimizes on its background compiler thread is installed whenever that thread gets its turn:
 * part of the measured window then runs in baseline code, and counts of one build varied 2-7x between
 * runs (pair-instructions.mjs: 143k-468k a pair; with this flag 67.4k-67.7k over six runs). Optimizing on
 * the main thread finishes during the warm-up instead. The counts then hold what re-optimizing costs inside
 * the window (a deopt is followed by a compile on the main thread, ~2-3% of the cold list) and read ~5-6%
 * above the concurrent runs of earlier stops: compare builds measured in one run, not with old numbers.
 * The collector's helper threads took a share of a scavenge that varied with the machine's load (one build's
 * cold list read 8764k and 8927k in two runs): with every collection on the main thread the count holds
 * all of it (what allocating costs shows) and two runs agree within 0.4% (8963k and 8979k).
 * The memory reducer starts full collections on wall-clock timers, which valgrind's slowdown on a loaded
 * machine lets fire inside the window (stop 52: one build's fresh list 12.6M and 14.3M in two runs under
 * load, 12.9M with the reducer off): off, a count holds the collections that allocating asks for.
 */
export const nodeFlagsUnderCallgrind = ['--no-concurrent-recompilation', '--single-threaded-gc', '--no-memory-reducer'];

/**
 * The window's two waits in a child (`await gate('go')` after printing `warm`, `await gate('end')` after
 * `done`). Given instructionsPerCall's FIFOs, each wait is a blocking open(2) until the parent opens the FIFO:
 * the child runs nothing while it waits, not even the event loop. Waiting on stdin instead let V8's posted
 * tasks (incremental marking, a collection's finalization; the likely cause) run after `done` while the parent, slow on a
 * loaded machine, had yet to switch instrumentation off: stop 54 measured the small pair at ~70k a pair,
 * and at 140-149k for every build when four runs shared the machine at load ~23. Without the FIFOs (other
 * parents: cold-list-cache.mjs, pair-profile.mjs) each wait reads a line of stdin, as before.
 */
export function windowGate() {
  const dir = process.env.VANGUARD_CALLGRIND_FIFOS;
  // A resolved promise: awaiting it runs a microtask, never the event loop.
  if (dir) {
    return (name) => {
      closeSync(openSync(join(dir, name), 'r'));
      return Promise.resolve();
    };
  }
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  return () => lines.next();
}

/** Main-thread instructions per call of the child `node script ...args` (see above; the child waits through windowGate). */
export async function instructionsPerCall(script, args, calls) {
  const dir = mkdtempSync(join(tmpdir(), 'vanguard-callgrind-'));
  try {
    const out = join(dir, 'callgrind.out');
    execFileSync('mkfifo', [join(dir, 'go'), join(dir, 'end')]);
    // Opening a FIFO to write blocks until the child opens it to read: then it runs on.
    const release = (name) => closeSync(openSync(join(dir, name), 'w'));
    const valgrind = ['--tool=callgrind', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', `--callgrind-out-file=${out}`];
    const proc = spawn('valgrind', [...valgrind, process.execPath, ...nodeFlagsUnderCallgrind, script, ...args], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, VANGUARD_CALLGRIND_FIFOS: dir } });
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const expect = async (word) => {
      const { value: line } = await lines.next();
      if (line !== word) throw new Error(`child said ${line}, not ${word}`);
    };
    const instrument = (on) => execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(proc.pid)], { stdio: 'ignore' });
    await expect('warm');
    instrument(true);
    release('go');
    await expect('done');
    instrument(false);
    release('end');
    proc.stdin.end();
    await new Promise((done) => proc.once('close', done));
    return callgrindThreads(dir).main / calls;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What callgrind wrote in `dir` with --separate-threads=yes: the main thread's file (`-01`, the first) and
 * its instructions, and the instructions of every thread. `mainFile` is undefined when it wrote none.
 */
export function callgrindThreads(dir) {
  const files = readdirSync(dir).filter((f) => f.startsWith('callgrind.out')).sort();
  const totalOf = (file) => Number(/^totals: (\d+)/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? 0);
  const main = files.find((f) => f.endsWith('-01')) ?? files[0];
  return { mainFile: main === undefined ? undefined : join(dir, main), main: main === undefined ? 0 : totalOf(main), all: files.reduce((sum, f) => sum + totalOf(f), 0) };
}

/**
 * A lookup from a JIT code address to the function node's perf map (`--perf-basic-prof`) names there, for
 * naming callgrind's costs of code V8 compiled at run time.
 */
export function jitNames(perfMap) {
  const ranges = perfMap
    .split('\n')
    .map((line) => /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line))
    .filter(Boolean)
    .map((m) => [parseInt(m[1], 16), parseInt(m[2], 16), m[3]])
    .sort((a, b) => a[0] - b[0]);
  return (address) => {
    let lo = 0;
    let hi = ranges.length - 1;
    let found;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][0] <= address) {
        found = ranges[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && address < found[0] + found[1] ? found[2] : undefined;
  };
}

/**
 * The builds an instructions bench compares, in the order it prints them: JSON.parse + JSON.stringify of the
 * same text (the target `json`), this checkout's build, and the baseline build when one is given. Exits with
 * 2 when valgrind is missing.
 */
export function buildsToCompare(bench, baseline) {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error(`${bench}: valgrind is not installed (apt-get install valgrind)`);
    process.exit(2);
  }
  return [
    ['JSON.parse + JSON.stringify', 'json'],
    ['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))],
    ...(baseline ? [['baseline', resolve(baseline)]] : []),
  ];
}

/**
 * `inspect(text, context)` of a balanced guard of the build at `target`, whose clock moves a second per
 * inspection: what the guard times (store entries, remembered reads) does not follow how slowly valgrind
 * runs on a loaded machine.
 */
export async function steppingInspect(target) {
  const { createGuard } = await import(pathToFileURL(target).href);
  let clock = 1_700_000_000_000;
  const guard = createGuard({ profile: 'balanced', now: () => clock });
  return (text, context) => {
    clock += 1000;
    return guard.inspect(text, context);
  };
}

/**
 * A child's run: `once(i)` for the warm-up, then `calls` more inside the measured window (see windowGate),
 * then exit. `awaitEach`: wait for each call's promise (an asynchronous verdict) before the next.
 */
export async function runWindow(once, warmup, calls, awaitEach = false) {
  const loop = async (from, to) => {
    if (awaitEach) for (let i = from; i < to; i++) await once(i);
    else for (let i = from; i < to; i++) once(i);
  };
  await loop(0, warmup);
  const gate = windowGate();
  process.stdout.write('warm\n');
  await gate('go');
  await loop(warmup, warmup + calls);
  process.stdout.write('done\n');
  await gate('end');
  process.exit(0);
}
