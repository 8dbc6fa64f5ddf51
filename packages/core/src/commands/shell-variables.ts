import type { Redirect, SimpleCommand } from './shell-words.js';

// Shell variables a line assigns itself, put back where the line uses them: `r=rm; $r -rf ~` runs rm,
// `c=cu; ${c}rl …` runs curl, `set -- rm -rf ~; "$@"` and `a=(curl -T f u); "${a[@]}"` run their words.
// Only literal assignments of the text count (NAME=value, export/declare/readonly/local NAME=value,
// NAME=(…), set -- …, and a `for` loop over a few literal words, whose commands are read once per word),
// read in order; a value made by a substitution or read at run time makes its name
// unknown again, and an unknown name stays as written. Nothing is evaluated, and every bound below keeps
// the work linear in the text.

/** The most names a text may define (more are left unexpanded). */
const maxNames = 64;
/** The longest value kept for a name, and the most elements of an array. */
const maxValue = 4096;
const maxElements = 256;
/** The most characters expansion may add over one analysis: past it, words stay as written. */
const maxAdded = 64 * 1024;
/** The most words of a `for` loop over a literal list whose commands are read once per word. */
const maxLoopWords = 8;
/** A loop word the shell would expand (a glob, a substitution, a brace list): its words are not known. */
const unknownWord = /[*?[{$`]/;

const definers = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);
const nameAssignment = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** `$name`, `${name}`, `${name[i]}`, `$1`, `$@`, `${@}`, `$*` (group 1: braced name, 2: its index, 3: bare name). */
const reference = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*])(?:\[([^\]{}$]{0,16})\])?\}|([A-Za-z_][A-Za-z0-9_]*|[0-9@*]))/g;
/** A word that is one reference, nothing else. */
const whole = /^\$(?:\{(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*])(?:\[[^\]{}$]{0,16}\])?\}|[A-Za-z_][A-Za-z0-9_]*|[0-9@*])$/;
/** Text the shell would compute when the line runs: its value is not known from the line. */
const computed = /\$\(|`|\$\{[^}]*[:#%/^,]/;

/** What the names of one text hold: a scalar is one element; `@` holds the positional parameters. */
export class ShellVariables {
  private readonly values = new Map<string, readonly string[]>();
  /** A `for` loop's name over a literal list, with its words: a command that uses it is read once per word. */
  private loop: { readonly name: string; readonly words: readonly string[] } | undefined;
  private added = 0;

  /**
   * The commands with the words they use expanded, reading each command's own assignments after it
   * (so a later command sees them). A command that changes nothing is returned as it was, so the
   * pipeline and substitution links between commands hold.
   */
  expand(commands: readonly SimpleCommand[]): readonly SimpleCommand[] {
    if (this.values.size === 0 && this.loop === undefined && !commands.some(assigns)) return commands;
    const replaced = new Map<SimpleCommand, SimpleCommand>();
    const out: SimpleCommand[] = [];
    for (const cmd of commands) {
      if (this.loop !== undefined && uses(cmd, this.loop.name)) {
        // The loop's body runs once per word: each run is read as its own command.
        for (const word of this.loop.words) {
          this.values.set(this.loop.name, [word]);
          const next = this.command(cmd, replaced);
          if (next !== cmd) replaced.set(cmd, next);
          out.push(next);
        }
        this.values.delete(this.loop.name);
        continue;
      }
      const next = this.values.size === 0 ? cmd : this.command(cmd, replaced);
      if (next !== cmd) replaced.set(cmd, next);
      out.push(next);
      this.define(next);
    }
    return out;
  }

  private command(cmd: SimpleCommand, replaced: ReadonlyMap<SimpleCommand, SimpleCommand>): SimpleCommand {
    const argv = this.words(cmd.argv);
    let env = cmd.env;
    if (env.some(([, v]) => v.includes('$'))) env = env.map(([n, v]) => [n, this.word(v)]);
    let redirects: Redirect[] = cmd.redirects;
    if (redirects.some((r) => r.target.includes('$'))) redirects = redirects.map((r) => ({ op: r.op, target: this.word(r.target) }));
    const relink = (list: SimpleCommand[]): SimpleCommand[] => (list.some((c) => replaced.has(c)) ? list.map((c) => replaced.get(c) ?? c) : list);
    const upstream = relink(cmd.upstream);
    const substitutions = relink(cmd.substitutions);
    if (argv === cmd.argv && env === cmd.env && redirects === cmd.redirects && upstream === cmd.upstream && substitutions === cmd.substitutions) return cmd;
    return { ...cmd, argv, env, redirects, upstream, substitutions };
  }

  /** argv with each word expanded; a word that is one reference becomes the words of its value. */
  private words(argv: string[]): string[] {
    let out: string[] | undefined;
    for (let i = 0; i < argv.length; i++) {
      const w = argv[i]!;
      const expanded = w.includes('$') ? this.split(w) : undefined;
      if (expanded !== undefined) out ??= argv.slice(0, i);
      if (out !== undefined) out.push(...(expanded ?? [w]));
    }
    return out ?? argv;
  }

  /** The words `w` becomes, or undefined when it stays as written. */
  private split(w: string): string[] | undefined {
    if (whole.test(w)) {
      reference.lastIndex = 0;
      const m = reference.exec(w)!;
      const name = m[1] ?? m[3]!;
      const index = m[2];
      const list = this.lookup(name, index);
      if (list === undefined) return undefined;
      // `"$@"` and `"${a[@]}"` are one word per element; a scalar used bare is split at blanks, as the shell splits it.
      const all = name === '@' || name === '*' || index === '@' || index === '*';
      const words = all ? [...list] : (list[0] ?? '').split(/[ \t\n]+/).filter((x) => x !== '');
      return this.spend(words) ? words : undefined;
    }
    const joined = this.word(w);
    return joined === w ? undefined : [joined];
  }

  /** `w` with every known reference replaced by its value (elements joined by a space). */
  word(w: string): string {
    if (this.values.size === 0 || !w.includes('$')) return w;
    const out = w.replace(reference, (ref: string, braced: string | undefined, index: string | undefined, bare: string | undefined) => {
      const list = this.lookup((braced ?? bare)!, index);
      return list === undefined ? ref : list.join(' ');
    });
    return out !== w && this.spend([out]) ? out : w;
  }

  /** What a reference stands for, or undefined when the text did not define it. */
  private lookup(name: string, index: string | undefined): readonly string[] | undefined {
    if (/^[1-9][0-9]*$/.test(name)) {
      const at = this.values.get('@')?.[Number(name) - 1];
      return at === undefined ? undefined : [at];
    }
    const list = this.values.get(name === '*' ? '@' : name);
    if (list === undefined || index === undefined || index === '@' || index === '*') return list;
    if (!/^[0-9]+$/.test(index)) return undefined;
    const at = list[Number(index)];
    return at === undefined ? undefined : [at];
  }

  private spend(words: readonly string[]): boolean {
    for (const w of words) this.added += w.length;
    return this.added <= maxAdded;
  }

  /** Reads what `cmd` assigns for the commands after it. */
  private define(cmd: SimpleCommand): void {
    if (cmd.argv.length === 0) {
      for (const [name, value] of cmd.env) this.set(name, [value]);
      for (const [name, elements] of cmd.arrays ?? []) this.set(name, this.words(elements));
      return;
    }
    const program = cmd.argv[0]!;
    if (definers.has(program)) {
      for (const a of cmd.argv.slice(1)) {
        const m = nameAssignment.exec(a);
        if (m) this.set(m[1]!, [a.slice(m[0].length)]);
      }
    } else if (program === 'set' && cmd.argv[1] === '--') {
      this.set('@', cmd.argv.slice(2));
    } else if (program === 'unset') {
      for (const a of cmd.argv.slice(1)) this.values.delete(a);
    } else if (program === 'for' || program === 'read' || program === 'select' || program === 'getopts') {
      // Names these assign at run time are no longer what the line said earlier.
      for (const a of cmd.argv.slice(1)) if (!a.startsWith('-')) this.values.delete(a);
      // `for NAME in w1 w2 …` over a few literal words: NAME is each of them in turn.
      const words = cmd.argv.slice(3);
      if (program === 'for' && cmd.argv[2] === 'in' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(cmd.argv[1] ?? '') && words.length > 0 && words.length <= maxLoopWords && !words.some((w) => unknownWord.test(w))) {
        this.loop = { name: cmd.argv[1]!, words };
      } else if (this.loop !== undefined && cmd.argv[1] === this.loop.name) this.loop = undefined;
    }
  }

  private set(name: string, value: readonly string[]): void {
    if (value.some((v) => computed.test(v)) || value.length > maxElements || value.some((v) => v.length > maxValue)) {
      this.values.delete(name);
      return;
    }
    if (this.values.size >= maxNames && !this.values.has(name)) return;
    this.values.set(name, value);
  }
}

/** Whether `cmd` uses `name` in a word or a redirection's target. */
function uses(cmd: SimpleCommand, name: string): boolean {
  const bare = `$${name}`;
  const braced = `\${${name}`;
  const has = (w: string): boolean => {
    if (w.includes(braced)) return true;
    // `$name` ends where the name does: `$cx` is another name.
    for (let at = w.indexOf(bare); at >= 0; at = w.indexOf(bare, at + 1)) if (!/[A-Za-z0-9_]/.test(w[at + bare.length] ?? '')) return true;
    return false;
  };
  return cmd.argv.some(has) || cmd.env.some(([, v]) => has(v)) || cmd.redirects.some((r) => has(r.target));
}

/** Whether `cmd` assigns a name the commands after it may use. */
export function assigns(cmd: SimpleCommand): boolean {
  if (cmd.argv.length === 0) return cmd.env.length > 0 || cmd.arrays !== undefined;
  const program = cmd.argv[0]!;
  return (definers.has(program) && cmd.argv.length > 1) || (program === 'set' && cmd.argv[1] === '--') || (program === 'for' && cmd.argv[2] === 'in');
}
