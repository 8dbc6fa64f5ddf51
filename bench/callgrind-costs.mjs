// The cost of each function in a callgrind file, for the profile scripts (pair-, stdio- and transport-profile).
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { callgrindThreads, jitNames } from './callgrind.mjs';

/**
 * Self and inclusive instructions per function name of a callgrind file (Ir only), and the call edges.
 * `nameOf` names a JIT code address (from node's perf map); `root` is cut from file URLs.
 */
function callgrindCosts(file, nameOf, root) {
  const names = new Map();
  const self = new Map();
  const inclusive = new Map();
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
  for (const line of readFileSync(file, 'utf8').split('\n')) {
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
    const n = Number(line.split(' ')[1] ?? 0);
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
  }
  return { self, inclusive, edges };
}


/**
 * The costs of a finished profiled node process (`pid`) whose callgrind files are in `dir`: its main
 * thread's functions (JIT code named through node's perf map, which is removed) and its total instructions.
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
