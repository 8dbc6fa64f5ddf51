// The cost of each function in a callgrind file, for the profile scripts (pair-, stdio- and transport-profile).
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { callgrindThreads, jitNames } from './callgrind.mjs';

/**
 * Self and inclusive instructions per function name of a callgrind file, and the call edges. With the
 * cache simulation on (--cache-sim=yes), also each function's self data misses: `misses` maps a name to
 * [D1mr, DLmr] (first-level and last-level data read misses). `nameOf` names a JIT code address (from
 * node's perf map); `root` is cut from file URLs.
 */
function callgrindCosts(file, nameOf, root) {
  const text = readFileSync(file, 'utf8');
  // A cost line's numbers follow the events line's order; Ir is the first.
  const events = /^events: (.*)$/m.exec(text)?.[1].trim().split(/\s+/) ?? ['Ir'];
  const d1 = events.indexOf('D1mr');
  const dl = events.indexOf('DLmr');
  const names = new Map();
  const self = new Map();
  const inclusive = new Map();
  const misses = new Map();
  /** Caller name → callee name → inclusive instructions of its calls. */
  const edges = new Map();
  const display = (raw) => {
    const address = /^0x([0-9a-f]+)/.exec(raw);
    return ((address && nameOf(parseInt(address[1], 16))) ?? raw).replace(/ \[\/.*\]$/, '').replace(`file://${root}/`, '').replace(/^(JS|LazyCompile):[*~^+]?/, '');
  };
  const nameOfId = (m) => {
    if (m[2]) names.set(m[1], display(m[2]));
    return names.get(m[1]);
  };
  let current;
  let callee;
  let callLine = false;
  const add = (map, name, n) => map.set(name, (map.get(name) ?? 0) + n);
  for (const line of text.split('\n')) {
    let m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
    if (m) {
      current = nameOfId(m);
      continue;
    }
    m = /^cfn=\((\d+)\)(?: (.*))?$/.exec(line);
    if (m) {
      callee = nameOfId(m);
      continue;
    }
    if (line.startsWith('calls=')) {
      callLine = true;
      continue;
    }
    if (current === undefined || !/^[+-]?\d|^\*/.test(line)) continue;
    const costs = line.split(' ');
    const n = Number(costs[1] ?? 0);
    if (callLine) {
      callLine = false;
      // A call within one name (recursion, or two code objects of one function) is in its own cost already.
      if (callee !== current) {
        add(inclusive, current, n);
        add(edges.get(current) ?? edges.set(current, new Map()).get(current), callee, n);
      }
      continue;
    }
    add(self, current, n);
    add(inclusive, current, n);
    if (d1 >= 0) {
      const row = misses.get(current) ?? misses.set(current, [0, 0]).get(current);
      row[0] += Number(costs[d1 + 1] ?? 0);
      row[1] += Number(costs[dl + 1] ?? 0);
    }
  }
  return { self, inclusive, edges, misses: d1 >= 0 ? misses : undefined };
}


/**
 * The costs of a finished profiled node process (`pid`) whose callgrind files are in `dir`: its main
 * thread's functions (JIT code named through node's perf map, which is removed), its total instructions,
 * and (cache simulation on) each function's self data misses.
 */
export function profiledCosts(dir, pid, root) {
  const perfMap = join(tmpdir(), `perf-${pid}.map`);
  let map = '';
  try {
    map = readFileSync(perfMap, 'utf8');
  } catch {
    // No perf map: JIT code stays named by address.
  }
  rmSync(perfMap, { force: true });
  const { mainFile, main: total } = callgrindThreads(dir);
  if (!mainFile) throw new Error('callgrind wrote no main-thread file');
  return { ...callgrindCosts(mainFile, jitNames(map), root), total };
}
