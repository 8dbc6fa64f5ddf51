// Instructions of a child process's main thread under valgrind's callgrind, counted only while the part to
// measure runs: the child (this script re-run with its own arguments) prints `warm` once warmed up, waits
// for a line on stdin, runs `calls` times, prints `done` and waits for stdin to end.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Main-thread instructions per call of the child `node script ...args` (see above). */
export async function instructionsPerCall(script, args, calls) {
  const dir = mkdtempSync(join(tmpdir(), 'vanguard-callgrind-'));
  try {
    const out = join(dir, 'callgrind.out');
    const valgrind = ['--tool=callgrind', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', `--callgrind-out-file=${out}`];
    const proc = spawn('valgrind', [...valgrind, process.execPath, script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const expect = async (word) => {
      const { value: line } = await lines.next();
      if (line !== word) throw new Error(`child said ${line}, not ${word}`);
    };
    const instrument = (on) => execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(proc.pid)], { stdio: 'ignore' });
    await expect('warm');
    instrument(true);
    proc.stdin.write('go\n');
    await expect('done');
    instrument(false);
    proc.stdin.end();
    await new Promise((done) => proc.once('close', done));
    const files = readdirSync(dir).filter((f) => f.startsWith('callgrind.out')).sort();
    const totalOf = (file) => Number(/^totals: (\d+)/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? 0);
    const mainFile = files.find((f) => f.endsWith('-01')) ?? files[0];
    return totalOf(mainFile) / calls;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
