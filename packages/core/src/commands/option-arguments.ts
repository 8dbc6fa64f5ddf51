// The value an option of a command line is given (POSIX's option-argument): `--name value` and `--name=value`,
// and, as a program parses them, `-xvalue` or `-x=value`. One reader for the command readers; how each reads
// its program's options (which of several counts, whether `--` ends them, case, quotes) is its parameter, so
// every reader keeps what it accepted when it had a reader of its own.

/** How a program's options are read, beyond `name value` and `--long=value`. */
export interface OptionParsing {
  /** The last one given counts (a later option overrides an earlier one), not the first. */
  readonly last?: boolean;
  /** With `last`: the word after an option, its value, is read as an option too (`--a --a=x` gives `x`). */
  readonly rereadValues?: boolean;
  /** A short name (one not starting with `--`) takes its value glued on: `-Cdir` (and `-C=dir` gives `=dir`). */
  readonly glued?: boolean;
  /** A short name takes `-o=value` as a long one does. */
  readonly shortEquals?: boolean;
  /** `--` ends the options: no word after it is read. */
  readonly endMark?: boolean;
  /** Words are compared without case (`names` given lower case). */
  readonly anyCase?: boolean;
  /** A quote left at either end of the value (`"x"`, `'x'`) is taken off. */
  readonly unquote?: boolean;
}

const plain: OptionParsing = {};
const quotes = /^["']|["']$/g;

/** The value of the first (or, with `parsing.last`, last) of `names` given in `args`, else undefined. */
export function optionArgument(args: readonly string[], names: readonly string[], parsing: OptionParsing = plain): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (parsing.endMark === true && word === '--') break;
    const a = parsing.anyCase === true ? word.toLowerCase() : word;
    let given = false;
    let value: string | undefined;
    for (const name of names) {
      if (a === name) {
        given = true;
        value = args[i + 1];
        if (parsing.rereadValues !== true) i++;
        break;
      }
      if (!a.startsWith(name)) continue;
      const long = name.startsWith('--');
      if ((long || parsing.shortEquals === true) && a.charCodeAt(name.length) === 0x3d) {
        given = true;
        value = word.slice(name.length + 1);
        break;
      }
      if (!long && parsing.glued === true) {
        given = true;
        value = word.slice(name.length);
        break;
      }
    }
    if (!given) continue;
    if (parsing.unquote === true) value = value?.replace(quotes, '');
    if (parsing.last !== true) return value;
    found = value;
  }
  return found;
}
