import { shellQuoted } from './shell-words.js';
import { startsWithProgram } from '../values/classify.js';
import { programTable } from './programs.js';
import type { ToolName } from './tool-names.js';

// The command line a tool named for a program runs once its fields are handed to the program: a field named
// for one of the program's options IS that option (`pip_install {"index_url": "http://…"}` is `pip install
// --index-url http://…`, `aws_call {"service": "iam", "operation": "AttachUserPolicy", "parameters":
// {"PolicyArn": …}}` is `aws iam attach-user-policy --policy-arn …`), the fields that name a sub-command
// (service, group, command, operation) are its words, and the fields that name what it acts on (a resource, a
// name, packages, a script) its operands. The line is read as a command like any other, so the readings of
// destroyers, access grants, credential printers and package sources apply to such tools too. A value with a
// space in it (a message, a script, a command of its own) is left out: it is read where it is sent, and a
// server hands it to the program as one word, so it is no option of the line.

/** Words of a tool's name that say how the server calls the program, not a sub-command of it (`aws_call`, `ssh_exec`). */
const callWords = new Set(['call', 'cli', 'exec', 'execute', 'command', 'cmd', 'tool', 'api', 'invoke', 'request', 'run_command']);
/** Fields naming a sub-command, in the order they are written on a command line (keys lower case). */
const wordKeys: ReadonlyMap<string, number> = new Map([
  ['service', 0], ['group', 1], ['command', 2], ['subcommand', 2], ['sub_command', 2], ['operation', 3], ['action', 3], ['verb', 3],
]);
/** Fields naming what the program acts on: its operands (lower-case keys only; a cloud API's `Name` is an option). */
const operandKeys = new Set(['resource', 'resource_type', 'resourcetype', 'name', 'names', 'pod', 'image', 'package', 'packages', 'script', 'url', 'target', 'host',
  // git's: where a push goes, what it pushes, the revisions a log or diff reads.
  'remote', 'branch', 'ref', 'refspec', 'revision', 'revision_range', 'range',
  // A setting's name and value, in that order (`git_config` { key, value } is `git config KEY VALUE`).
  'key', 'value']);
/** Fields holding more of the program's options or words: read one level down when an object, as words when a list. */
const moreKeys = new Set(['args', 'argv', 'arguments', 'options', 'flags', 'params', 'parameters', 'extra_args']);
/** A sub-command word: one or a few plain words. */
const plainWords = /^[\w.:-]+(?: [\w.:-]+){0,3}$/;
/** An operation spelled as an API names it (`AttachUserPolicy`), written as its CLI does. */
const apiName = /^[A-Z][A-Za-z0-9]+$/;
const spaced = /\s/;
const maxWords = 256;
const maxValue = 4096;

/** `UserName` → `user-name`, `DBInstanceIdentifier` → `db-instance-identifier`, `index_url` → `index-url`. */
const kebab = (key: string): string =>
  key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
/** A field as the option it is: `--name=value` (one word, as a long option may be written), `-k value` for one letter. */
const optionOf = (key: string, value?: string): string[] => {
  const name = key.charCodeAt(0) === 0x2d ? key : key.length === 1 ? `-${key}` : `--${kebab(key)}`;
  if (value === undefined) return [name];
  return name.length === 2 ? [name, value] : [`${name}=${value}`];
};

/** Whether the programs table or the command start of a line knows `name` as a program. */
function knownProgram(name: string): boolean {
  const t = programTable();
  return startsWithProgram(`${name} `) || t.programs.has(name) || t.interpreters.has(name) || t.credentialPrinters.has(name)
    || t.remoteDestroyers.has(name) || t.accessGrants.has(name) || t.securityDisablers.has(name);
}

/**
 * The program and the sub-command words a tool's name gives (`docker_run` → `docker run`, `aws_call` → `aws`), or
 * undefined. Read once per name: a field of its ToolName (tool-names.ts).
 */
export function namedProgram(tool: string): string | undefined {
  const words = tool.slice(tool.lastIndexOf('__') + 1).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && !callWords.has(w));
  return words.length === 0 || words.length > 4 || !knownProgram(words[0]!) ? undefined : words.join(' ');
}

/**
 * The command line a tool named for a program runs with the call's arguments as its fields, or undefined when the
 * tool is named for no program or its fields add nothing to the program's name. One pass over the call's own
 * fields and the objects of `moreKeys` below them: linear in the call.
 */
export function fieldCommand(tool: string, args: unknown, name?: ToolName): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const program = name === undefined ? namedProgram(tool) : name.program;
  // The usual call (a tool named for no program) leaves here, before the reader's closures are made.
  return program === undefined ? undefined : lineOfFields(program, args as Record<string, unknown>);
}

/** The line `program` runs with `args` as its fields (see fieldCommand), or undefined when they add nothing. */
function lineOfFields(program: string, args: Record<string, unknown>): string | undefined {
  const words: [number, string][] = [];
  // The program's own words come first (`options: ["-N", "-R", …]`), then the fields as options, then operands:
  // a program that stops reading options at its first operand (ssh's host) still reads them all.
  const own: string[] = [];
  const options: string[] = [];
  const operands: string[] = [];
  const full = (): boolean => own.length + options.length + operands.length >= maxWords;
  const read = (record: Record<string, unknown>, depth: number): void => {
    for (const key in record) {
      if (full()) return;
      const value = record[key];
      const lower = key.toLowerCase();
      if (typeof value === 'string') {
        if (value.length > maxValue) continue;
        const order = depth === 0 ? wordKeys.get(lower) : undefined;
        if (order !== undefined && plainWords.test(value)) words.push([order, apiName.test(value) ? kebab(value) : value]);
        else if (spaced.test(value)) continue;
        else if (depth === 0 && key === lower && operandKeys.has(lower)) operands.push(value);
        else options.push(...optionOf(key, value));
      } else if (typeof value === 'number') {
        options.push(...optionOf(key, String(value)));
      } else if (value === true) {
        options.push(...optionOf(key));
      } else if (value === false && key.length > 1 && key.charCodeAt(0) !== 0x2d) {
        // A flag turned off is written as cloud CLIs take it (`DeletionProtection: false` → `--no-deletion-protection`).
        options.push(`--no-${kebab(key)}`);
      } else if (Array.isArray(value)) {
        const strings = value.filter((v): v is string => typeof v === 'string' && v.length <= maxValue && !spaced.test(v)).slice(0, maxWords);
        // A list of the program's own words (`options: ["-N", "-R", …]`, `permissions: ["--allow-all"]`), its
        // operands (`packages`), or values of one option given again for each.
        if (moreKeys.has(lower) || strings[0]?.charCodeAt(0) === 0x2d) own.push(...strings);
        else if (depth === 0 && key === lower && operandKeys.has(lower)) operands.push(...strings);
        else for (const s of strings) options.push(...optionOf(key, s));
      } else if (typeof value === 'object' && value !== null && depth < 2 && moreKeys.has(lower)) {
        read(value as Record<string, unknown>, depth + 1);
      }
    }
  };
  read(args, 0);
  if (words.length === 0 && own.length === 0 && options.length === 0 && operands.length === 0) return undefined;
  words.sort((a, b) => a[0] - b[0]);
  const argv = program.split(' ');
  for (const [, w] of words) argv.push(...w.split(' '));
  for (const word of own) argv.push(shellQuoted(word));
  for (const word of options) argv.push(shellQuoted(word));
  for (const word of operands) argv.push(shellQuoted(word));
  return argv.join(' ');
}
