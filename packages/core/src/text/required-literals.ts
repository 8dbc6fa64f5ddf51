// Literals a regular expression cannot match without: for a pattern, a set of strings such that every
// match contains one of them. A pass of a literal index over a text then tells which patterns can match
// at all, so the costly regex runs only for those. Derived from the pattern's source, so the set is right
// by construction; anything the reader does not understand counts as "could be anything".

/** What a piece of a pattern can match: all its strings when they are few, and literals one of which every match holds. */
interface Info {
  /** Every string the piece matches (undefined: too many or not known). */
  readonly exact: ReadonlySet<string> | undefined;
  /** Strings one of which every match contains (undefined: none known). */
  readonly required: ReadonlySet<string> | undefined;
}

const unknown: Info = { exact: undefined, required: undefined };
const empty: Info = { exact: new Set(['']), required: undefined };
/** Largest set of exact strings kept, and their longest length; past that a piece counts as unknown. */
const maxStrings = 256;
const maxLength = 48;

const literal = (s: string): Info => ({ exact: new Set([s]), required: new Set([s]) });

/** How selective a set of required literals is: its shortest literal's length (0: useless). */
function strength(set: ReadonlySet<string> | undefined): number {
  if (set === undefined || set.size === 0) return 0;
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest;
}

function better(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  const sa = strength(a);
  const sb = strength(b);
  if (sb > sa || (sb === sa && sb > 0 && b!.size < a!.size)) return b;
  return sa > 0 ? a : undefined;
}

/** The literals one of which every match of a piece holds: its own required set or its exact strings. */
const best = (info: Info): ReadonlySet<string> | undefined => better(info.required, info.exact);

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined {
  if (a.size * b.size > maxStrings) return undefined;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.length + y.length > maxLength) return undefined;
      out.add(x + y);
    }
  }
  return out;
}

function sequence(items: readonly Info[]): Info {
  let current: ReadonlySet<string> | undefined = new Set(['']);
  let whole = true;
  let required: ReadonlySet<string> | undefined;
  const flush = (): void => {
    if (current !== undefined && !current.has('')) required = better(required, current);
  };
  for (const item of items) {
    const joined: ReadonlySet<string> | undefined = current !== undefined && item.exact !== undefined ? cross(current, item.exact) : undefined;
    if (joined !== undefined) {
      current = joined;
      continue;
    }
    // The strings so far end here: every match holds one of them, then the item's own match.
    whole = false;
    flush();
    required = better(required, best(item));
    current = item.exact;
  }
  flush();
  return { exact: whole ? current : undefined, required };
}

function alternation(branches: readonly Info[]): Info {
  let exact: Set<string> | undefined = new Set<string>();
  let required: Set<string> | undefined = new Set<string>();
  for (const branch of branches) {
    if (exact !== undefined && branch.exact !== undefined && exact.size + branch.exact.size <= maxStrings) for (const s of branch.exact) exact.add(s);
    else exact = undefined;
    const own = best(branch);
    if (required !== undefined && own !== undefined) for (const s of own) required.add(s);
    else required = undefined;
  }
  return { exact, required };
}

function repeat(item: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return item;
  if (min === 0 && max === 1) return { exact: item.exact && new Set(['', ...item.exact]), required: undefined };
  return min >= 1 ? { exact: undefined, required: best(item) } : unknown;
}

/**
 * Reads a pattern in JavaScript `u` syntax or RE2 syntax into {@link Info}; where the two differ (flags,
 * escapes that are letters or digits, POSIX classes) it stops, and the pattern counts as unread.
 */
class Reader {
  #at = 0;
  constructor(readonly source: string) {}

  read(): Info {
    const info = this.#alternation();
    if (this.#at !== this.source.length) throw new Error('unbalanced');
    return info;
  }

  #alternation(): Info {
    const branches = [this.#sequence()];
    while (this.source[this.#at] === '|') {
      this.#at++;
      branches.push(this.#sequence());
    }
    return branches.length === 1 ? branches[0]! : alternation(branches);
  }

  #sequence(): Info {
    const items: Info[] = [];
    while (this.#at < this.source.length && this.source[this.#at] !== '|' && this.source[this.#at] !== ')') {
      items.push(this.#quantified(this.#atom()));
    }
    return sequence(items);
  }

  #quantified(item: Info): Info {
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
    return repeat(item, min, max);
  }

  #atom(): Info {
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
      return zeroWidth ? empty : inner;
    }
    if (c === '[') return this.#characterClass();
    this.#at++;
    if (c === '.') return unknown;
    if (c === '^' || c === '$') return empty;
    if (c === '\\') return this.#escape(false) ?? unknown;
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Error('syntax');
    const cp = s.codePointAt(this.#at - 1)!;
    if (cp > 0xffff) this.#at++;
    return literal(String.fromCodePoint(cp));
  }

  /** An escape after its backslash: a literal, an assertion (`empty`), or undefined for a class or back reference. */
  #escape(inClass: boolean): Info | undefined {
    const s = this.source;
    const c = s[this.#at]!;
    this.#at++;
    if (c === 'b' || c === 'B') return inClass ? literal('\b') : empty;
    if ('dDsSwW'.includes(c)) return undefined;
    if (c === 'p' || c === 'P') {
      if (s[this.#at] === '{') this.#at = s.indexOf('}', this.#at) + 1;
      else this.#at++;
      return undefined;
    }
    const hex = (digits: string): Info => literal(String.fromCodePoint(parseInt(digits, 16)));
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
    if (controls[c] !== undefined) return literal(controls[c]);
    if (c === '0' && !/[0-9]/.test(s[this.#at] ?? '')) return literal('\0');
    // Only punctuation escapes itself in both syntaxes; letters and digits (back references, octal, \a,
    // \A, \z, \Q…\E, \C, control letters) mean different things in RE2 and JavaScript: not read.
    if (/[\p{L}\p{N}]/u.test(c)) throw new Error('escape');
    return literal(c);
  }

  /** A bracket class: its characters when it lists a few (no ranges wider than 32, no negation, no class escapes). */
  #characterClass(): Info {
    const s = this.source;
    this.#at++;
    const negated = s[this.#at] === '^';
    if (negated) this.#at++;
    // `[]` and `[^]` mean nothing and anything in JavaScript, a literal `]` in RE2: not read.
    if (s[this.#at] === ']') throw new Error('class');
    const chars = new Set<string>();
    let known = !negated;
    while (this.#at < s.length && s[this.#at] !== ']') {
      let one: string | undefined;
      if (s[this.#at] === '[') throw new Error('nested class');
      if (s[this.#at] === '\\') {
        this.#at++;
        const escaped = this.#escape(true);
        one = escaped?.exact?.values().next().value;
        if (escaped === undefined || one === undefined || one === '') known = false;
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
          to = this.#escape(true)?.exact?.values().next().value;
        } else {
          to = String.fromCodePoint(s.codePointAt(this.#at)!);
          this.#at += to.length;
        }
        const from = one.codePointAt(0)!;
        const until = to?.codePointAt(0);
        if (until === undefined || until - from > 32) known = false;
        else for (let cp = from; cp <= until; cp++) chars.add(String.fromCodePoint(cp));
      } else if (one !== undefined) {
        chars.add(one);
      }
    }
    if (s[this.#at] !== ']') throw new Error('class');
    this.#at++;
    if (!known || chars.size === 0 || chars.size > 64) return unknown;
    return { exact: chars, required: chars };
  }
}

/**
 * Literals one of which every match of `source` contains, or undefined when none can be named (a pattern
 * that can match the empty string, or one whose syntax is not read here). Case-sensitive, as the pattern is.
 */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const info = new Reader(source).read();
    const set = best(info);
    return set === undefined ? undefined : [...set];
  } catch {
    return undefined;
  }
}
