import { type OptionSpec, type ProgramSpec, programName, programTable } from './programs.js';

// An argument a tool hands its program as one word, sent as an option that makes the program run a command
// (`{"pattern": "--pre=/tmp/x.sh"}` to a ripgrep search, `{"ref": "--upload-pack=…"}`, `{"extra": "-exec …"}`):
// the program reads it as that option, not as the pattern or name the argument was for. The options are the
// programs table's (rules/programs.yaml) that run a command (`exec`) or take one (`command`: find's -exec),
// in their long spellings: a one-letter option (`-e`) means something else in every other program.

let byName: Map<string, OptionSpec> | undefined;

/** Every long option of the programs table that runs or takes a command, by its name. */
function commandOptions(): Map<string, OptionSpec> {
  if (byName !== undefined) return byName;
  byName = new Map();
  const add = (spec: ProgramSpec): void => {
    for (const [name, option] of spec.options) {
      if ((option.effect === 'exec' || option.effect === 'command') && name.length > 3 && !byName!.has(name)) byName!.set(name, option);
    }
    for (const sub of spec.subcommands.values()) add(sub);
  };
  for (const spec of programTable().programs.values()) add(spec);
  return byName;
}

/** The option, written out, when `raw` is one that makes a program run a command it names, else undefined. */
export function commandOptionValue(raw: string): string | undefined {
  const text = raw.trim();
  if (text.length < 4 || text.charCodeAt(0) !== 0x2d) return undefined;
  const end = text.search(/[=\s]/);
  const name = end < 0 ? text : text.slice(0, end);
  const option = commandOptions().get(name);
  if (option === undefined) return undefined;
  const value = end < 0 ? '' : text.slice(end + 1).trim();
  // An option that needs its command, given none, runs nothing; nor does the program's usual one (`--rsh=ssh`).
  if (value === '') return undefined;
  if (option.when !== undefined && !option.when.test(value)) return undefined;
  if (option.expect?.has(programName((value.split(/\s+/, 1)[0] ?? '').replace(/^["']|["']$/g, '')))) return undefined;
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
