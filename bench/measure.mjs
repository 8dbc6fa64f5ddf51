// Timing and table helpers shared by the benchmarks.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';


function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Runs `fn` `warmup` times, then times `iterations` runs; returns in µs the median and p99, and two numbers
 * that the machine's stalls move less: the lower quartile (`p25`: a run a stall or another process's turn
 * fell into lands above it, so it stays near the calm runs' time while more than a quarter of runs are
 * calm) and `cpu`, the process's CPU time (user + system) over the timed runs per run (time spent waiting
 * for a core is left out; garbage collection and V8's background threads are kept in).
 */
export async function measure(fn, { iterations, warmup }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = new Float64Array(iterations);
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const used = process.cpuUsage(cpuBefore);
  samples.sort();
  return { median: percentile(samples, 50), p99: percentile(samples, 99), p25: percentile(samples, 25), cpu: (used.user + used.system) / iterations };
}

/**
 * Runs `fn` `warmup` times, then `iterations` times, and returns the CPU time (user + system) per run in µs
 * as `median` (one number per call: the mean over the block). On a machine shared with other work, CPU time
 * leaves out the time the process waited for a core, which wall-clock medians cannot; it keeps garbage
 * collection in (wall-clock medians mostly drop the runs a collection fell into), and the compiler's and
 * collector's background threads too, so the first class measured reads high: compare classes after it,
 * or run it twice.
 */
export async function measureCpu(fn, { iterations, warmup }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await fn(i);
  const used = process.cpuUsage(before);
  const micros = (used.user + used.system) / iterations;
  return { median: micros, p99: micros };
}

/** µs as a short human duration. */
export const formatMicros = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(2)} µs`);

/** Prints a title and a left-aligned table. */
export function printTable(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(title);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The options every bench takes: `--rounds N` (alternating rounds; default per bench) and
 * `--compare FILE` (results JSON of an earlier run, shown next to this run's).
 */
export function benchArgs(defaults = {}) {
  const args = process.argv.slice(2);
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args[i + 1];
  };
  const compareFile = value('--compare');
  return {
    rounds: Number(value('--rounds') ?? defaults.rounds ?? 5),
    compare: compareFile ? JSON.parse(readFileSync(compareFile, 'utf8')) : undefined,
    value,
  };
}

/** Writes bench/results/<name>.json (not committed), for a later run's `--compare`. */
export function writeResults(name, data) {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}.json`, `${JSON.stringify({ bench: name, node: process.version, time: new Date().toISOString(), ...data }, null, 2)}\n`);
  console.log(`(results: bench/results/${name}.json)`);
}

/**
 * The arguments of an A/B script (`node bench/x-ab.mjs <other build of packages/core/dist/index.js> [--name value]…`):
 * the other build's path and the value of each `--name` option. Exits with `usage` when no build is given.
 * (Scripts that run each build in a child process use this; the others, {@link abArgs}.)
 */
export function abOptions(usage) {
  const args = process.argv.slice(2);
  const otherPath = args[0];
  if (!otherPath || otherPath.startsWith('--')) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  return { otherPath, option };
}

/** {@link abOptions}, with the other build imported. */
export async function abArgs(usage) {
  const { otherPath, option } = abOptions(usage);
  return { other: await import(pathToFileURL(resolve(otherPath)).href), otherPath, option };
}
