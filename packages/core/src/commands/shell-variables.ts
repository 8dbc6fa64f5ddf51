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
/**
 * `$name`, `${name}`, `${name[i]}`, `$1`, `$@`, `${@}`, `$*`, and the braced forms with an operator
 * (group 1: `!` of indirection or `#` of length, 2: braced name, 3: its index, 4: the operator and its words,
 * 5: bare name). The operator's words may use plain references (`${OUT:-$HOME/x}`), not nested operators.
 */
const reference = /\$(?:\{([!#]?)([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*])(?:\[([^\]{}$]{0,16})\])?((?:[:#%/^,=+?-](?:[^{}$\\]|\\.|\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*\}){0,256})?)\}|([A-Za-z_][A-Za-z0-9_]*|[0-9@*]))/g;
/** A braced reference with a default, the one form {@link reference} may resolve when no name is known (a superset). */
const defaultReference = /\$\{[A-Za-z0-9_@*]+(?:\[[^\]{}$]{0,16}\])?:?[-=]/;
/** A word that is one reference, nothing else. */
const whole = /^\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*|\{(?:[0-9]+|[@*])\}|[0-9@*]|\{!?(?:[A-Za-z_][A-Za-z0-9_]*|[@*])(?:\[[^\]{}$]{0,16}\])?(?:[:#%/^,=+?-][^{}$]{0,256})?\})$/;
/** Text the shell would compute when the line runs: its value is not known from the line. */
const computed = /\$\(|`|\$\{[!#]|\$\{[^}]*[:#%/^,=+?-]/;

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
    if (this.values.size === 0 && this.loop === undefined && !commands.some((c) => assigns(c) || expandsOperator(c))) return commands;
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
      const next = this.values.size === 0 && !expandsOperator(cmd) ? cmd : this.command(cmd, replaced);
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
      const name = m[2] ?? m[5]!;
      const index = m[3];
      const list = this.resolve(m[1] ?? '', name, index, m[4] ?? '');
      if (list === undefined) return undefined;
      // `"$@"` and `"${a[@]}"` are one word per element; a scalar used bare is split at blanks (or at the
      // characters of an `IFS` the line set), as the shell splits it.
      const all = name === '@' || name === '*' || index === '@' || index === '*';
      const words = all ? [...list] : splitAt(list[0] ?? '', this.values.get('IFS')?.[0]);
      return this.spend(words) ? words : undefined;
    }
    const joined = this.word(w);
    return joined === w ? undefined : [joined];
  }

  /** `w` with every known reference replaced by its value (elements joined by a space). */
  word(w: string): string {
    if (!w.includes('$') || (this.values.size === 0 && !w.includes('${'))) return w;
    // With no name known, only a default (`${X:-rm}`, `${X=rm}`) stands for anything: a word without one is
    // as written, told by a look for its `-` or `=` and then for it (the full pattern cost ~28 instructions a
    // character of a long word; a nested substitution makes each level's word hold the rest of the text).
    if (this.values.size === 0 && ((!w.includes('-') && !w.includes('=')) || !defaultReference.test(w))) return w;
    const out = w.replace(reference, (ref: string, prefix: string | undefined, braced: string | undefined, index: string | undefined, op: string | undefined, bare: string | undefined) => {
      const list = this.resolve(prefix ?? '', (braced ?? bare)!, index, op ?? '');
      return list === undefined ? ref : list.join(' ');
    });
    return out !== w && this.spend([out]) ? out : w;
  }

  /**
   * What a reference with its operator stands for, or undefined when that is not known from the line: the
   * value or a default (`${X:-rm}`: a name the line did not set reads as its default, which is what an
   * attacker counts on), indirection (`${!n}`), length, literal or simple glob trimming and replacement,
   * case changes and substrings. Any other operator leaves the reference as written.
   */
  private resolve(prefix: string, name: string, index: string | undefined, op: string): readonly string[] | undefined {
    if (prefix === '!') {
      // `${!name}`: the name held by `name` (`${!prefix*}` lists names, which is not known here).
      const target = this.lookup(name, undefined)?.[0];
      if (target === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(target)) return undefined;
      name = target;
      // A name the line did not set is read as the reference it spells (`n=HOME; ${!n}` is `$HOME`).
      if (op === '' && index === undefined && !this.values.has(name)) return [`$${name}`];
    }
    const list = this.lookup(name, index);
    if (prefix === '#') return list === undefined || op !== '' ? undefined : [String(index === '@' || index === '*' ? list.length : (list[0] ?? '').length)];
    if (op === '') return list;
    const known = list !== undefined && !(op.startsWith(':') && list.every((v) => v === ''));
    const kind = /^:?[-=+?]/.exec(op)?.[0];
    if (kind !== undefined) {
      const rest = op.slice(kind.length);
      const set = kind.endsWith('-') || kind.endsWith('=');
      if (kind.endsWith('+')) return known ? [this.word(rest)] : undefined;
      if (known || !set) return list;
      // The environment always sets these: its value, not the default, is what runs.
      if (environmentNames.has(name) || secretName.test(name)) return undefined;
      const value = this.word(rest);
      if (kind.endsWith('=') && name !== '@' && !/^[0-9]/.test(name)) this.set(name, [value]);
      return [value];
    }
    if (list === undefined) return undefined;
    const each = (f: (v: string) => string | undefined): readonly string[] | undefined => {
      const out: string[] = [];
      for (const v of list) {
        const next = f(v);
        if (next === undefined) return undefined;
        out.push(next);
      }
      return out;
    };
    if (op === '^^') return each((v) => v.toUpperCase());
    if (op === ',,') return each((v) => v.toLowerCase());
    if (op === '^') return each((v) => v.charAt(0).toUpperCase() + v.slice(1));
    if (op === ',') return each((v) => v.charAt(0).toLowerCase() + v.slice(1));
    const substring = /^:[ \t]*(-?[0-9]{1,5})(?::[ \t]*(-?[0-9]{1,5}))?$/.exec(op);
    if (substring) {
      return each((v) => {
        const from = Number(substring[1]);
        const start = from < 0 ? Math.max(0, v.length + from) : from;
        if (substring[2] === undefined) return v.slice(start);
        const length = Number(substring[2]);
        return length < 0 ? v.slice(start, v.length + length) : v.slice(start, start + length);
      });
    }
    const trim = /^(##?|%%?)(.*)$/s.exec(op);
    if (trim) {
      const pattern = globTokens(trim[2]!);
      if (pattern === undefined || !this.matchable(list, pattern)) return undefined;
      const longest = trim[1]!.length === 2;
      return trim[1]!.startsWith('#') ? each((v) => trimFront(v, pattern, longest)) : each((v) => reverse(trimFront(reverse(v), [...pattern].reverse(), longest)));
    }
    const replace = /^\/([/#%]?)((?:[^/\\]|\\.)*)(?:\/(.*))?$/s.exec(op);
    if (replace) {
      const pattern = globTokens(replace[2]!);
      if (pattern === undefined || pattern.length === 0 || !this.matchable(list, pattern)) return undefined;
      const with_ = unescape(this.word(replace[3] ?? ''));
      const anchor = replace[1] === '#' ? '^' : '';
      const end = replace[1] === '%' ? '$' : '';
      const re = new RegExp(`${anchor}${globSource(pattern, true)}${end}`, replace[1] === '/' ? 'g' : '');
      return each((v) => v.replace(re, () => with_));
    }
    return undefined;
  }

  /**
   * Whether a glob may be matched against these values: a star may try every position from every start,
   * so values it is tried on are short, and every match counts against the expansion budget.
   */
  private matchable(list: readonly string[], pattern: readonly string[]): boolean {
    if (pattern.includes('*') && list.some((v) => v.length > maxGlobbed)) return false;
    return this.spend(list);
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
  /** The names the text assigned with known values (a later line of the session sees them: its shell is the same). */
  known(): [string, readonly string[]][] {
    return [...this.values].filter(([name]) => name !== '@' && (this.loop === undefined || name !== this.loop.name));
  }

  /** A name an earlier line of the session assigned, known before this text is read. */
  seed(name: string, words: readonly string[]): void {
    this.values.set(name, words);
  }

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

/** Names the environment always sets: a default given for them never runs. */
const environmentNames = new Set(['HOME', 'PATH', 'USER', 'LOGNAME', 'SHELL', 'PWD', 'HOSTNAME', 'UID']);
/** A name the environment keeps a secret in: a line that sends it counts on its value, not the default (url-variables.ts reads it as written). */
const secretName = /token|key|secret|passw|credential|auth/i;
/** Glob patterns with more stars than this are not followed (each star may try every position). */
const maxStars = 2;
/** The longest value a pattern with a star is matched against. */
const maxGlobbed = 256;

/** A glob pattern as tokens (`*`, `?`, or one literal character); undefined for a bracket class or too many stars. */
function globTokens(pattern: string): string[] | undefined {
  const out: string[] = [];
  let stars = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) out.push(`\\${pattern[++i]!}`);
    else if (c === '[' || c === '$' || c === '`') return undefined;
    else if (c === '*' && ++stars > maxStars) return undefined;
    else out.push(c);
  }
  return out;
}

const escapeRegExp = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The regular expression source of glob tokens, greedy (longest) or lazy (shortest). */
const globSource = (tokens: readonly string[], greedy: boolean): string =>
  tokens.map((t) => (t === '*' ? (greedy ? '[^]*' : '[^]*?') : t === '?' ? '[^]' : escapeRegExp(t.startsWith('\\') ? t.slice(1) : t))).join('');

/** `v` without its shortest (or longest) start the pattern matches. */
function trimFront(v: string, tokens: readonly string[], longest: boolean): string {
  const m = new RegExp(`^${globSource(tokens, longest)}`).exec(v);
  return m === null ? v : v.slice(m[0].length);
}

const reverse = (s: string): string => [...s].reverse().join('');
const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/** A value split into words at blanks, or at the characters of the line's own `IFS`. */
function splitAt(value: string, ifs: string | undefined): string[] {
  if (ifs === undefined || ifs === '') return value.split(/[ \t\n]+/).filter((x) => x !== '');
  const seps = new Set([...ifs]);
  const out: string[] = [];
  let word = '';
  for (const c of value) {
    if (seps.has(c)) {
      if (word !== '') out.push(word);
      word = '';
    } else word += c;
  }
  if (word !== '') out.push(word);
  return out;
}

/** Whether `cmd` uses a braced reference with an operator (`${X:-rm}`), which reads as its value or default. */
export function expandsOperator(cmd: SimpleCommand): boolean {
  const has = (w: string): boolean => w.includes('${') && /\$\{(?:[!#]|[A-Za-z_0-9@*]+(?:\[[^\]]*\])?[:#%/^,=+?-])/.test(w);
  return cmd.argv.some(has) || cmd.env.some(([, v]) => has(v)) || cmd.redirects.some((r) => has(r.target));
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
