// A regular expression's source read into a small tree, for analyses of what its matches must hold
// (required-literals.ts, word-start-literals.ts). It reads the syntax JavaScript `u` patterns and RE2
// patterns share; where the two differ (flags, escapes that are letters or digits, POSIX classes, `[]`) it
// throws, and the analyses count the pattern as unread.

/** A piece of a pattern. */
export type PatternNode =
  | { readonly type: 'text'; readonly text: string }
  /** One character of a class, `.` or a class escape: its members when known (a few, listed), and whether none is a lower-case ASCII letter or a digit. */
  | { readonly type: 'class'; readonly chars: ReadonlySet<string> | undefined; readonly apart: boolean }
  /** Matches the empty string only: `$`, `\B`, a lookaround. */
  | { readonly type: 'empty' }
  /** `\b`. */
  | { readonly type: 'boundary' }
  /** `^` (the start of the text: patterns are read without the multi-line flag). */
  | { readonly type: 'start' }
  | { readonly type: 'sequence'; readonly items: readonly PatternNode[] }
  | { readonly type: 'alternation'; readonly branches: readonly PatternNode[] }
  | { readonly type: 'repeat'; readonly item: PatternNode; readonly min: number; readonly max: number };

const anything: PatternNode = { type: 'class', chars: undefined, apart: false };
/** Class escapes none of whose members is a lower-case ASCII letter or a digit. */
const apartEscapes = 's W';

/**
 * Whether a character is a lower-case ASCII letter or a digit: what a word of the forms rules match is
 * made of (they are lower case; a capital letter counts as not joining a word, which only ever lets more through).
 */
export const isLowerLetterOrDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

/** The characters a negated class must list for it to be {@link PatternNode} `apart`. */
const lettersAndDigits = [...'0123456789abcdefghijklmnopqrstuvwxyz'].map((c) => c.charCodeAt(0));

/** Reads a pattern; throws on what it does not read. */
export function readPattern(source: string): PatternNode {
  return new Reader(source).read();
}

class Reader {
  #at = 0;
  constructor(readonly source: string) {}

  read(): PatternNode {
    const node = this.#alternation();
    if (this.#at !== this.source.length) throw new Error('unbalanced');
    return node;
  }

  #alternation(): PatternNode {
    const branches = [this.#sequence()];
    while (this.source[this.#at] === '|') {
      this.#at++;
      branches.push(this.#sequence());
    }
    return branches.length === 1 ? branches[0]! : { type: 'alternation', branches };
  }

  #sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.#at < this.source.length && this.source[this.#at] !== '|' && this.source[this.#at] !== ')') {
      items.push(this.#quantified(this.#atom()));
    }
    return { type: 'sequence', items };
  }

  #quantified(item: PatternNode): PatternNode {
    const c = this.source[this.#at];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.#at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.#at, this.#at + 16));
      if (m === null) throw new Error('quantifier');
      this.#at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else {
      return item;
    }
    if (this.source[this.#at] === '?') this.#at++;
    return { type: 'repeat', item, min, max };
  }

  #atom(): PatternNode {
    const s = this.source;
    const c = s[this.#at]!;
    if (c === '(') {
      this.#at++;
      let zeroWidth = false;
      if (s[this.#at] === '?') {
        const head = /^\?(?::|=|!|<=|<!|P?<[A-Za-z_][A-Za-z0-9_]*>)/.exec(s.slice(this.#at, this.#at + 40));
        if (head === null) throw new Error('group');
        zeroWidth = head[0] === '?=' || head[0] === '?!' || head[0] === '?<=' || head[0] === '?<!';
        this.#at += head[0].length;
      }
      const inner = this.#alternation();
      if (s[this.#at] !== ')') throw new Error('group');
      this.#at++;
      return zeroWidth ? { type: 'empty' } : inner;
    }
    if (c === '[') return this.#characterClass();
    this.#at++;
    if (c === '.') return anything;
    if (c === '^') return { type: 'start' };
    if (c === '$') return { type: 'empty' };
    if (c === '\\') return this.#escape(false);
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Error('syntax');
    const cp = s.codePointAt(this.#at - 1)!;
    if (cp > 0xffff) this.#at++;
    return { type: 'text', text: String.fromCodePoint(cp) };
  }

  /** An escape after its backslash: a character, an assertion, or a class. */
  #escape(inClass: boolean): PatternNode {
    const s = this.source;
    const c = s[this.#at]!;
    this.#at++;
    if (c === 'b' && inClass) return { type: 'text', text: '\b' };
    if (c === 'b') return { type: 'boundary' };
    if (c === 'B') return inClass ? { type: 'text', text: '\b' } : { type: 'empty' };
    if ('dDsSwW'.includes(c)) return { type: 'class', chars: undefined, apart: apartEscapes.includes(c) };
    if (c === 'p' || c === 'P') {
      if (s[this.#at] === '{') this.#at = s.indexOf('}', this.#at) + 1;
      else this.#at++;
      return anything;
    }
    const hex = (digits: string): PatternNode => ({ type: 'text', text: String.fromCodePoint(parseInt(digits, 16)) });
    if ((c === 'x' || c === 'u') && s[this.#at] === '{') {
      const end = s.indexOf('}', this.#at);
      const digits = s.slice(this.#at + 1, end);
      if (end < 0 || !/^[0-9a-fA-F]{1,6}$/.test(digits)) throw new Error('escape');
      this.#at = end + 1;
      return hex(digits);
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(this.#at, this.#at + 2))) {
      this.#at += 2;
      return hex(s.slice(this.#at - 2, this.#at));
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.#at, this.#at + 4))) {
      this.#at += 4;
      return hex(s.slice(this.#at - 4, this.#at));
    }
    const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
    if (controls[c] !== undefined) return { type: 'text', text: controls[c] };
    if (c === '0' && !/[0-9]/.test(s[this.#at] ?? '')) return { type: 'text', text: '\0' };
    // Only punctuation escapes itself in both syntaxes; letters and digits (back references, octal, \a,
    // \A, \z, \Q…\E, \C, control letters) mean different things in RE2 and JavaScript: not read.
    if (/[\p{L}\p{N}]/u.test(c)) throw new Error('escape');
    return { type: 'text', text: c };
  }

  /**
   * A bracket class: its characters when it lists a few (no ranges wider than 32, no negation, no class
   * escapes), and whether it holds no lower-case ASCII letter or digit (read through ranges, negation and `\s`, `\W`, `\w`, `\d`).
   */
  #characterClass(): PatternNode {
    const s = this.source;
    this.#at++;
    const negated = s[this.#at] === '^';
    if (negated) this.#at++;
    // `[]` and `[^]` mean nothing and anything in JavaScript, a literal `]` in RE2: not read.
    if (s[this.#at] === ']') throw new Error('class');
    const chars = new Set<string>();
    let known = !negated;
    // The lower-case letters and digits the listed members cover (1 each), and whether a member might be one beyond those.
    const covered = new Uint8Array(128);
    let someLetterOrDigit = false;
    const cover = (from: number, to: number): void => {
      for (let c = Math.max(from, 0); c <= Math.min(to, 127); c++) if (isLowerLetterOrDigit(c)) covered[c] = 1;
    };
    while (this.#at < s.length && s[this.#at] !== ']') {
      let one: string | undefined;
      if (s[this.#at] === '[') throw new Error('nested class');
      if (s[this.#at] === '\\') {
        this.#at++;
        const escaped = this.#escape(true);
        one = escaped.type === 'text' ? escaped.text : undefined;
        if (one === undefined || one === '') known = false;
        if (escaped.type === 'class') {
          const letter = s[this.#at - 1]!;
          if (letter === 'w') cover(0, 127);
          else if (letter === 'd') cover(0x30, 0x39);
          else if (!escaped.apart) someLetterOrDigit = true;
        } else if (escaped.type !== 'text') someLetterOrDigit = true;
      } else {
        const cp = s.codePointAt(this.#at)!;
        one = String.fromCodePoint(cp);
        this.#at += one.length;
      }
      if (s[this.#at] === '-' && s[this.#at + 1] !== ']' && one !== undefined) {
        this.#at++;
        let to: string | undefined;
        if (s[this.#at] === '\\') {
          this.#at++;
          const escaped = this.#escape(true);
          to = escaped.type === 'text' ? escaped.text : undefined;
        } else {
          to = String.fromCodePoint(s.codePointAt(this.#at)!);
          this.#at += to.length;
        }
        const from = one.codePointAt(0)!;
        const until = to?.codePointAt(0);
        if (until === undefined) someLetterOrDigit = true;
        else cover(from, until);
        if (until === undefined || until - from > 32) known = false;
        else for (let cp = from; cp <= until; cp++) chars.add(String.fromCodePoint(cp));
      } else if (one !== undefined) {
        chars.add(one);
        cover(one.codePointAt(0)!, one.codePointAt(0)!);
      }
    }
    if (s[this.#at] !== ']') throw new Error('class');
    this.#at++;
    // A class holds no letter or digit when it lists none, or, negated, when it lists them all.
    const apart = negated ? lettersAndDigits.every((c) => covered[c] === 1) : !someLetterOrDigit && !covered.includes(1);
    return { type: 'class', chars: known && chars.size > 0 && chars.size <= 64 ? chars : undefined, apart };
  }
}

/** Largest set of strings a reading of patterns keeps, and their longest length; past that a piece counts as unknown. */
export const maxStrings = 256;
const maxStringLength = 48;

/** Every string of `a` followed by one of `b`, or undefined past the bounds above. */
export function crossStrings(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined {
  if (a.size * b.size > maxStrings) return undefined;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.length + y.length > maxStringLength) return undefined;
      out.add(x + y);
    }
  }
  return out;
}

/**
 * The sources of the alternatives of `source` at its top level, a non-capturing group that is a whole
 * alternative opened into its own (`a|(?:b|c)` gives `a`, `b`, `c`): a text matches the pattern exactly when
 * it matches one of them. Read as {@link readPattern} reads escapes, classes and groups.
 */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  groupsOf(source, (c, depth, i) => {
    if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  out.push(source.slice(start));
  return out.length === 1 && !isOneGroup(source) ? out : out.flatMap((branch) => (isOneGroup(branch) ? alternativesOf(branch.slice(3, -1)) : [branch]));
}

/** Whether `source` is one non-capturing group, unquantified: `(?:…)` whose `(` closes at its last character. */
function isOneGroup(source: string): boolean {
  return source.startsWith('(?:') && source.endsWith(')') && groupsOf(source, (c, depth) => c === ')' && depth === 0) === source.length - 1;
}

/**
 * Shows `visit` each character of `source` outside escapes and character classes, with the group depth
 * after it, until it answers true; gives that character's index, or -1. (Pattern sources are read at
 * start-up only, so a callback costs nothing that counts.)
 */
function groupsOf(source: string, visit: (c: string, depth: number, i: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (visit(c, depth, i)) return i;
    }
  }
  return -1;
}
