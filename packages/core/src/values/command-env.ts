import { spacedQuoted } from '../commands/shell-words.js';
import { kindsOfKey } from './classify.js';
import type { RawValue } from './extract.js';
import { Kind } from './kinds.js';
import { KeyFact, keyFacts } from './key-facts.js';
import { pathOf } from './value-path.js';

// The environment a call sets beside its command (`{"command": "make", "env": {"BASH_ENV": "/tmp/x"}}`) is
// the environment the command runs in: the command is read as the line `BASH_ENV=/tmp/x make`, so what the
// programs table knows of such variables (they make a later program run code) holds wherever they sit.

const envName = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** Whether the value at `at` sits in an object of environment variables (its parent's key names one). */
export const environmentParent = (at: readonly (string | number)[]): boolean => {
  const parent = at[at.length - 2];
  return typeof parent === 'string' && (keyFacts(parent) & KeyFact.Environment) !== 0;
};
const parentKey = (steps: readonly (string | number)[], up: number): string => steps.slice(0, steps.length - up).join('\u0000');

/**
 * The commands of a client call's strings (`raws`, with the argv lines read so far) prefixed with the
 * variables an environment object beside them sets, each a value at its command's path, and an environment
 * with no command beside it as its variables before `true`; undefined when the call sets no environment.
 */
export function commandsWithEnvironment(raws: readonly RawValue[]): RawValue[] | undefined {
  let assignments: Map<string, string[]> | undefined;
  // The first variable's value of each environment, where a line for it is reported.
  const firstAt = new Map<string, RawValue>();
  for (const raw of raws) {
    const at = pathOf(raw.path);
    const name = at[at.length - 1];
    if (at.length < 2 || typeof name !== 'string' || !environmentParent(at) || !envName.test(name)) continue;
    const parent = parentKey(at, 2);
    assignments ??= new Map();
    let list = assignments.get(parent);
    if (list === undefined) {
      assignments.set(parent, (list = []));
      firstAt.set(parent, raw);
    }
    list.push(`${name}=${spacedQuoted(raw.raw)}`);
  }
  if (assignments === undefined) return undefined;
  let lines: RawValue[] | undefined;
  const used = new Set<string>();
  for (const raw of raws) {
    if (((raw.kinds | kindsOfKey(raw.key)) & Kind.Command) === 0) continue;
    const at = pathOf(raw.path);
    // A command string sits under its key beside the environment; an argv line sits at its array's path.
    const parent = parentKey(at, 1);
    const list = assignments.get(parent);
    if (list === undefined || typeof at[at.length - 1] !== 'string') continue;
    used.add(parent);
    (lines ??= []).push({ ...raw, raw: `${list.join(' ')} ${raw.raw}`, kinds: raw.kinds | Kind.Command, byShape: true });
  }
  // An environment with no command beside it is the one the tool runs its own program in (`make` with
  // `{"env": {"LD_PRELOAD": …}}`): its variables are read before a program that does nothing of itself.
  for (const [parent, list] of assignments) {
    if (used.has(parent)) continue;
    const first = firstAt.get(parent)!;
    (lines ??= []).push({ ...first, raw: `${list.join(' ')} true`, kinds: Kind.Command, byShape: true });
  }
  return lines;
}
