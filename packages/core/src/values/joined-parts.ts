import { startsWithProgram } from './classify.js';
import type { RawValue } from './extract.js';
import { programKey } from './joined-argv.js';
import { Kind } from './kinds.js';
import { pathOf } from './value-path.js';

// A command a tool assembles from its arguments: a program and its arguments as one string
// (`{"program": "nc", "arguments": "-e /bin/sh …"}`), or one value cut into parts the tool joins, named as
// parts of it (`command_prefix` and `command_suffix`, `part1` … `partN`, `"1"` … `"N"` under one object). The
// joined line is read as a command at the parent's path, as joinedArgv reads an argv array.

const argumentsKey = /^(?:args|argv|arguments|params|parameters|flags|options)$/i;
// A part of one value: a stem with prefix/suffix/head/tail, an ordinal, or a bare ordinal.
const partKey = /^(?:([a-z]*?)[_-]?(prefix|head|start|first|suffix|tail|end|last|rest)|([a-z]*?)[_-]?(\d{1,2}))$/i;
const firstPart = /^(?:prefix|head|start|first)$/i;
// Whether a key may be one partKey takes, by its last character (a digit, or the last letter of prefix, head,
// start, first, suffix, tail, end, last, rest): most keys of a call are not, and the regex costs more per key
// than the rest of the call's grouping.
const mayBePart = (key: string): boolean => {
  const c = key.charCodeAt(key.length - 1);
  if (c >= 0x30 && c <= 0x39) return true;
  const lower = c | 0x20;
  return lower === 0x78 || lower === 0x64 || lower === 0x74 || lower === 0x6c;
};
/** The longest key argumentsKey takes (`parameters`). */
const argumentsKeyLength = 10;
// The first letters of the keys programKey (command, program, executable, bin …) and argumentsKey (args,
// params, flags, options) take: a key that opens with another is asked neither regex.
const mayBeProgram = (c: number): boolean => c === 0x63 || c === 0x70 || c === 0x65 || c === 0x62;
const mayBeArguments = (c: number): boolean => c === 0x61 || c === 0x70 || c === 0x66 || c === 0x6f;
const maxParts = 16;
const maxLine = 8192;

// A line runs a program when it opens with one or a stage of its pipeline or list does (`env | curl …`).
const stage = /\s*(?:\|\|?|&&|;)\s*/;
const runsProgram = (line: string): boolean => line.split(stage, 8).some((s) => startsWithProgram(s));
const parentOf = (steps: readonly (string | number)[]): string => steps.slice(0, -1).join('\u0000');

interface Group {
  program?: string;
  args?: string;
  readonly parts: [number, string][];
  readonly raw: RawValue;
}

/**
 * The command lines a client call's strings make once a program is joined to its arguments string or the
 * parts of one value are joined in order, each a value at the parent's path, or undefined when none opens
 * with a program. One pass to group, one over the groups: linear in the call.
 */
export function joinedParts(raws: readonly RawValue[]): RawValue[] | undefined {
  let groups: Map<string, Group> | undefined;
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    const key = raw.key;
    if (key === '' || raw.raw.length > maxLine) continue;
    const first = key.charCodeAt(0) | 0x20;
    const program = mayBeProgram(first) && programKey.test(key);
    const args = !program && mayBeArguments(first) && key.length <= argumentsKeyLength && argumentsKey.test(key);
    const part = program || args || !mayBePart(key) ? null : partKey.exec(key);
    if (!program && !args && part === null) continue;
    const steps = pathOf(raw.path);
    if (typeof steps[steps.length - 1] === 'number') continue;
    const parent = parentOf(steps);
    let group: Group | undefined = (groups ??= new Map<string, Group>()).get(parent);
    if (group === undefined) groups.set(parent, (group = { parts: [], raw }));
    if (program) group.program = raw.raw.trim();
    else if (args) group.args = raw.raw;
    else if (group.parts.length < maxParts) {
      const order = part![4] !== undefined ? Number(part![4]) : firstPart.test(part![2]!) ? 0 : 100;
      group.parts.push([order, raw.raw]);
    }
  }
  if (groups === undefined) return undefined;
  let joined: RawValue[] | undefined;
  for (const group of groups.values()) {
    const lines: string[] = [];
    if (group.program !== undefined && group.args !== undefined && !/\s/.test(group.program)) lines.push(`${group.program} ${group.args}`);
    if (group.parts.length >= 2) lines.push(group.parts.sort((a, b) => a[0] - b[0]).map((p) => p[1].trim()).join(' '));
    for (const line of lines) {
      if (!runsProgram(line.toLowerCase())) continue;
      const steps = pathOf(group.raw.path);
      (joined ??= []).push({ path: steps.slice(0, -1), key: group.raw.key, raw: line, kinds: group.raw.kinds | Kind.Command, byShape: true });
    }
  }
  return joined;
}
