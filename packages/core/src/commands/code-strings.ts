// The string a piece of inline code (python -c, node -e, perl -e …) hands a runner, when the code builds it
// from literals by steps that only hide it: a literal reversed, character codes, hex or base64 decoded,
// escape sequences that spell plain characters. The command analysis judges that string as if it had been
// written plainly, and a runner handed a hidden string is hidden execution whatever it runs.
//
// This is an evaluator of a small expression language shared by the common scripting languages, not a
// parser of any of them: anything it does not know (a variable, a call it has no rule for) ends the reading
// with no value, so it never guesses. Its work is bounded by the text it is given.
import { base64Bytes } from '../semantic/model.js';
import { ansiUnescaped } from './ansi-escapes.js';

/** What an argument evaluates to: a string, a list of strings (an argv), or undefined when unknown. */
export interface CodeArgument {
  readonly value: string | readonly string[] | undefined;
  /**
   * Whether a step hid the text: decoding, reversal, character codes, escapes for plain characters. Also
   * true with no value, when such a step was read before the reading stopped (a chain of character codes
   * padded past the bounds still hides what it spells).
   */
  readonly hidden: boolean;
  /** Where the reading stopped: a caller looking for more calls goes on from here, so no text is read twice. */
  readonly end: number;
}

/**
 * The longest argument text read, and the longest value made: beyond them the reading gives up. A caller
 * goes on after the text read (`end`), so the whole code is read once however many calls it holds.
 */
const maxSource = 64 * 1024;
const maxValue = 16 * 1024;
const maxNesting = 24;
/** The most characters the steps of one reading may make (a reverse or a join makes its value's length). */
const maxWork = 64 * 1024;

/** A value in the middle of an expression: a string, a list, or an integer (a character code). */
type Item = string | readonly Item[] | number;

const isList = (v: Item | undefined): v is readonly Item[] => Array.isArray(v);

class Unknown extends Error {}
const unknown = new Unknown();

const hexText = /^(?:[0-9a-f]{2})+$/i;
const base64Text = /^[A-Za-z0-9+/_-]+={0,2}$/;

function fromHex(text: string): string {
  const t = text.replace(/\s+/g, '');
  if (!hexText.test(t)) throw unknown;
  let out = '';
  for (let i = 0; i < t.length; i += 2) out += String.fromCharCode(Number.parseInt(t.slice(i, i + 2), 16));
  return out;
}

function fromBase64(text: string): string {
  const t = text.replace(/\s+/g, '');
  if (!base64Text.test(t)) throw unknown;
  let out = '';
  for (const byte of base64Bytes(t.replace(/-/g, '+').replace(/_/g, '/'))) out += String.fromCharCode(byte);
  return out;
}

/** Whether a code point spelled by an escape is a plain printable character (spelling it so hides it). */
const plain = (code: number): boolean => code >= 0x20 && code < 0x7f;

class Reader {
  pos: number;
  hidden = false;
  private nesting = 0;
  private work = 0;

  constructor(
    private readonly src: string,
    start: number,
    private readonly names?: CodeNames,
  ) {
    this.pos = start;
  }

  private space(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }

  peek(): string {
    this.space();
    return this.src[this.pos] ?? '';
  }

  eat(token: string): boolean {
    this.space();
    if (!this.src.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.eat(token)) throw unknown;
  }

  /** Every value a step makes passes here: `made` (its size, unless given) counts against the reading's work. */
  private sized<T extends Item>(v: T, made?: number): T {
    const size = typeof v === 'number' ? 1 : v.length;
    if (size > maxValue || (this.work += made ?? size) > maxWork) throw unknown;
    return v;
  }

  /** expr := term ('+' term)* */
  expr(): Item {
    if (++this.nesting > maxNesting) throw unknown;
    let v = this.term();
    while (this.peek() === '+') {
      this.pos++;
      const w = this.term();
      // A chain of `+` makes each piece once (a string's concatenation is a rope): only the new piece counts.
      if (typeof v === 'string' && typeof w === 'string') v = this.sized(v + w, w.length);
      else if (isList(v) && isList(w)) v = this.sized([...v, ...w], w.length);
      else throw unknown;
    }
    this.nesting--;
    return v;
  }

  private term(): Item {
    let v = this.primary();
    for (;;) {
      if (this.eat('[::-1]')) {
        v = this.sized(reverse(v));
        this.hidden = true;
      } else if (this.peek() === '.' && /[A-Za-z_]/.test(this.src[this.pos + 1] ?? '')) {
        const save = this.pos;
        this.pos++;
        const name = this.name();
        if (this.peek() !== '(') {
          this.pos = save;
          return v;
        }
        this.pos++;
        v = this.sized(this.method(v, name));
      } else return v;
    }
  }

  private name(): string {
    const m = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/.exec(this.src.slice(this.pos, this.pos + 80));
    if (m === null) throw unknown;
    this.pos += m[0].length;
    return m[0];
  }

  /** The arguments of a call, after its `(`, up to and with its `)`. */
  private args(): Item[] {
    const out: Item[] = [];
    if (this.eat(')')) return out;
    do out.push(this.expr());
    while (this.eat(','));
    this.expect(')');
    return out;
  }

  private method(v: Item, name: string): Item {
    const args = this.args();
    const [a, b] = args;
    switch (name) {
      case 'decode':
      case 'encode':
      case 'toString':
        // Bytes to text and back; a toString that encodes (`'hex'`, `'base64'`) is not read.
        if (typeof v !== 'string' || (a !== undefined && !(typeof a === 'string' && /^(?:utf-?8|latin-?1|ascii|binary)$/i.test(a)))) throw unknown;
        return v;
      case 'strip':
      case 'trim':
        if (typeof v !== 'string' || a !== undefined) throw unknown;
        return v.trim();
      case 'lower':
      case 'toLowerCase':
        if (typeof v !== 'string') throw unknown;
        return v.toLowerCase();
      case 'upper':
      case 'toUpperCase':
        if (typeof v !== 'string') throw unknown;
        return v.toUpperCase();
      case 'split':
        // `'…'.split('')`: the characters, for a reverse and a join.
        if (typeof v !== 'string' || a !== '') throw unknown;
        return [...v];
      case 'reverse':
        if (!isList(v)) throw unknown;
        this.hidden = true;
        return reverse(v);
      case 'join':
        // JavaScript's list.join(sep) and Python's sep.join(list).
        if (isList(v) && (a === undefined || typeof a === 'string')) return joined(v, a ?? ',');
        if (typeof v === 'string' && a !== undefined && b === undefined) return joined(a, v);
        throw unknown;
      default:
        throw unknown;
    }
  }

  private primary(): Item {
    const c = this.peek();
    if (c === '(') {
      this.pos++;
      const v = this.expr();
      this.expect(')');
      return v;
    }
    if (c === '[') {
      this.pos++;
      const out: Item[] = [];
      if (!this.eat(']')) {
        do out.push(this.expr());
        while (this.eat(','));
        this.expect(']');
      }
      return out;
    }
    if (/[0-9]/.test(c)) return this.integer();
    const literal = this.literal();
    if (literal !== undefined) return literal;
    const name = this.name();
    if (name === 'q' || name === 'qq') return this.perlQuote();
    if (this.peek() !== '(') {
      // A name the code assigned a value it can read (`c = "…"[::-1]; os.system(c)`).
      const bound = this.names?.value(name);
      if (bound === undefined) throw unknown;
      if (bound.hidden) this.hidden = true;
      return this.sized(bound.value);
    }
    this.expect('(');
    return this.sized(this.call(name, this.args()));
  }

  private integer(): number {
    const m = /^(?:0x[0-9a-f]+|0o[0-7]+|[0-9]+)/i.exec(this.src.slice(this.pos, this.pos + 12));
    if (m === null) throw unknown;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  /** A quoted literal with an optional Python prefix (r, b, u; not f: it interpolates). */
  private literal(): string | undefined {
    const m = /^([rRbBuU]{0,2})(['"`])/.exec(this.src.slice(this.pos, this.pos + 3));
    if (m === null) return undefined;
    const raw = /r/i.test(m[1]!);
    const quote = m[2]!;
    let i = this.pos + m[0].length;
    let out = '';
    for (; i < this.src.length; i++) {
      const ch = this.src[i]!;
      if (ch === quote) break;
      if (quote === '`' && ch === '$' && this.src[i + 1] === '{') throw unknown;
      if (ch !== '\\' || raw) {
        out += ch;
        continue;
      }
      const [text, used] = this.escape(i + 1);
      out += text;
      i += used;
    }
    this.pos = Math.min(i + 1, this.src.length);
    if (i >= this.src.length) throw unknown;
    return this.sized(out);
  }

  /** The escape after a backslash at `at`: its text and how many characters after the backslash it used. */
  private escape(at: number): [string, number] {
    const s = this.src;
    const ch = s[at] ?? '';
    const spelled = (hex: string, used: number): [string, number] => {
      const code = Number.parseInt(hex, 16);
      if (Number.isNaN(code) || code > 0x10ffff) throw unknown;
      if (plain(code)) this.hidden = true;
      return [String.fromCodePoint(code), used];
    };
    if (ch === 'x' && /^[0-9a-f]{2}$/i.test(s.slice(at + 1, at + 3))) return spelled(s.slice(at + 1, at + 3), 3);
    if (ch === 'u' && s[at + 1] === '{') {
      const close = s.indexOf('}', at + 2);
      if (close < 0 || close - at > 10) throw unknown;
      return spelled(s.slice(at + 2, close), close - at);
    }
    if (ch === 'u' && /^[0-9a-f]{4}$/i.test(s.slice(at + 1, at + 5))) return spelled(s.slice(at + 1, at + 5), 5);
    const octal = /^[0-7]{1,3}/.exec(s.slice(at, at + 3));
    if (octal !== null && !(octal[0] === '0' && !/[0-7]/.test(s[at + 1] ?? ''))) {
      const code = Number.parseInt(octal[0], 8);
      if (plain(code)) this.hidden = true;
      return [String.fromCharCode(code), octal[0].length];
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };
    return [simple[ch] ?? ch, 1];
  }

  /** Perl's q(…) and qq(…) (also with [], {}, <> and any other delimiter): the text up to the closing one. */
  private perlQuote(): string {
    const open = this.src[this.pos] ?? '';
    const close = ({ '(': ')', '[': ']', '{': '}', '<': '>' } as Record<string, string>)[open] ?? open;
    if (open === '' || /[\w\s]/.test(open)) throw unknown;
    const end = this.src.indexOf(close, this.pos + 1);
    if (end < 0) {
      this.pos = this.src.length;
      throw unknown;
    }
    const text = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return text;
  }

  /** A call the reader knows (see {@link readableCalls}), by the last part of its name. */
  private call(name: string, args: Item[]): Item {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (!Object.hasOwn(readableCalls, last)) throw unknown;
    return readableCalls[last]!(args, name, this);
  }
}

const text = (v: Item | undefined): string => {
  if (typeof v !== 'string') throw unknown;
  return v;
};
const codePoint = (v: Item | undefined): number => {
  if (typeof v !== 'number' || v > 0x10ffff) throw unknown;
  return v;
};

/**
 * A known call: its value from its arguments. One that spells a string out of codes, hex or base64 marks
 * the code hidden (`into.hidden`) before it reads them: code that builds a string so is hiding it, even
 * when the reader cannot tell what it built.
 */
type KnownCall = (args: Item[], name: string, into: { hidden: boolean }) => Item;
const fromCodes: KnownCall = (args, _, into) => {
  into.hidden = true;
  return args.map((v) => String.fromCodePoint(codePoint(v))).join('');
};
const hexArgument: KnownCall = ([a], _, into) => {
  into.hidden = true;
  return fromHex(text(a));
};
const base64Argument: KnownCall = ([a], _, into) => {
  into.hidden = true;
  return fromBase64(text(a));
};
const conversion: KnownCall = (args, name) => {
  if (args.length !== 1) throw unknown;
  return name.endsWith('list') ? [...text(args[0])] : text(args[0]);
};

/**
 * The functions whose result the reader knows, by the last part of their name: the one table `Reader.call`
 * reads them by and CodeNames asks before reading an assignment (see #mayRead).
 */
const readableCalls: Readonly<Record<string, KnownCall>> = {
  chr: fromCodes,
  fromCharCode: fromCodes,
  fromCodePoint: fromCodes,
  fromhex: hexArgument,
  unhexlify: hexArgument,
  a2b_hex: hexArgument,
  hex2bin: hexArgument,
  b64decode: base64Argument,
  standard_b64decode: base64Argument,
  urlsafe_b64decode: base64Argument,
  decodebytes: base64Argument,
  a2b_base64: base64Argument,
  atob: base64Argument,
  decode64: base64Argument,
  decode_base64: base64Argument,
  base64_decode: base64Argument,
  FromBase64String: base64Argument,
  // Buffer.from(text, encoding)
  from: ([a, b], name, into) => {
    if (name !== 'Buffer.from') throw unknown;
    const encoding = b === undefined ? 'utf8' : text(b).toLowerCase();
    if (encoding === 'hex') return (into.hidden = true), fromHex(text(a));
    if (encoding === 'base64' || encoding === 'base64url') return (into.hidden = true), fromBase64(text(a));
    if (/^(?:utf-?8|latin1|ascii|binary)$/.test(encoding)) return typeof a === 'string' ? a : isList(a) ? a.map((n) => String.fromCharCode(codePoint(n))).join('') : text(a);
    throw unknown;
  },
  // Perl's and PHP's pack('H*', hex): the bytes the hex spells.
  pack: ([a, b], _, into) => {
    if (!/^[Hh]\*?$/.test(text(a))) throw unknown;
    into.hidden = true;
    return fromHex(text(b));
  },
  reversed: ([a], _, into) => {
    into.hidden = true;
    return reverse(text(a));
  },
  str: conversion,
  String: conversion,
  bytes: conversion,
  list: conversion,
};

function reverse(v: Item): Item {
  if (typeof v === 'string') return [...v].reverse().join('');
  if (isList(v)) return [...v].reverse();
  throw unknown;
}

function joined(list: Item, sep: string): string {
  if (typeof list === 'number') throw unknown;
  const parts = typeof list === 'string' ? [...list] : list;
  return parts
    .map((p) => {
      if (typeof p !== 'string') throw unknown;
      return p;
    })
    .join(sep);
}

/**
 * The value of the call argument that starts at `start` in `code` (just after the call's `(` or a `,`), when
 * it is built from literals only (and from names `names` holds).
 */
export function codeArgument(code: string, start: number, names?: CodeNames): CodeArgument {
  return evaluated(code, start, names, (next) => next === ')' || next === ',');
}

/**
 * The expression at `start`, kept as a value when it is a string or a list of strings and the text after
 * it (`rest`: from the expression's end, blanks and line ends kept) says it ended there.
 */
function evaluated(code: string, start: number, names: CodeNames | undefined, ended: (next: string, rest: string) => boolean): CodeArgument {
  const src = code.length - start > maxSource ? code.slice(0, start + maxSource) : code;
  const reader = new Reader(src, start, names);
  let value: string | readonly string[] | undefined;
  try {
    const v = reader.expr();
    let end = reader.pos;
    while (end > start && /\s/.test(src[end - 1]!)) end--;
    if (ended(reader.peek(), src.slice(end, end + 64))) {
      if (typeof v === 'string') value = v;
      else if (isList(v) && v.every((w) => typeof w === 'string')) value = v;
    }
  } catch (e) {
    if (!(e instanceof Unknown || e instanceof RangeError)) throw e;
  }
  return { value, hidden: reader.hidden, end: Math.max(reader.pos, start) };
}

/** A name's value as the code assigned it, and whether a step hid it. */
interface Bound {
  readonly value: string | readonly string[];
  readonly hidden: boolean;
}

/** Most names kept, and most characters their values hold together: beyond them a name is unknown. */
const maxNames = 256;
const maxNamedText = 64 * 1024;
/** Most characters of assigned values read back in one piece of code (see {@link CodeNames.value}). */
const maxNamesRead = 128 * 1024;

/**
 * `name = …`, `const name = …`, `my $name = …`, `$name = …`, `name += …` at the start of a statement; the
 * value is read after the match, and kept when the statement ends there.
 */
const assignment = /(?:^|[;\n{])[ \t]*(?:(?:const|let|var|my|our|local)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(\+?=)(?!=)/g;

/** How a value the reader may know starts: a literal (with a Python prefix), a list, a group, a number, or a name. */
const valueHead = /[ \t]*(?:[rRbBuU]{0,2}['"`[(0-9]|([A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,7}))/y;

/** What may follow the value of an assignment that ends there. */
const statementEnd = /^[ \t]*(?:[;\r\n}]|$)/;

/**
 * The names a piece of code assigns from values it can read, as of a point in it: a runner handed a name
 * (`cmd = "rm -rf ~"; os.system(cmd)`) runs the value assigned before the call. Assignments are read in
 * order, once each, as the point moves forward ({@link CodeNames.upTo}), so the whole code is read once.
 * Only straight-line code is understood: a name assigned under a condition counts as if it always were.
 */
export class CodeNames {
  readonly #code: string;
  readonly #assignments = new RegExp(assignment);
  readonly #values = new Map<string, Bound>();
  #next: RegExpExecArray | null | undefined;
  #text = 0;
  #read = 0;

  constructor(code: string) {
    this.#code = code;
  }

  /**
   * The value assigned to `name`. What is read back counts against a budget for the whole code: a long value
   * read by many short statements (`w = v[::-1]` again and again) would make work out of proportion to the
   * code, so past it every name is unknown.
   */
  value(name: string): Bound | undefined {
    const bound = this.#values.get(name);
    if (bound === undefined) return undefined;
    this.#read += typeof bound.value === 'string' ? bound.value.length : bound.value.length * 8;
    return this.#read <= maxNamesRead ? bound : undefined;
  }

  /**
   * Whether the value at `at` may be one the reader knows, from how it starts: a literal, a list, a number,
   * a name assigned before or a call the reader knows. Most assignments in code are of calls it does not
   * know (`rows = db.fetch()`), and a reading that gives up costs more than this look.
   */
  #mayRead(at: number): boolean {
    valueHead.lastIndex = at;
    const head = valueHead.exec(this.#code);
    if (head === null) return false;
    const name = head[1];
    if (name === undefined) return true;
    return this.#values.has(name) || name === 'q' || name === 'qq' || Object.hasOwn(readableCalls, name.slice(name.lastIndexOf('.') + 1));
  }

  /** Reads every assignment that starts before `at`. */
  upTo(at: number): void {
    // Past the budget no name is read back, so no assignment is worth reading.
    while (this.#read <= maxNamesRead) {
      if (this.#next === undefined) this.#next = this.#assignments.exec(this.#code);
      const m = this.#next;
      if (m === null || m.index >= at) return;
      this.#next = undefined;
      this.#assign(m[1]!, m[2] === '+=', this.#assignments.lastIndex);
    }
  }

  #assign(name: string, append: boolean, start: number): void {
    if (!this.#mayRead(start)) {
      this.#values.delete(name);
      return;
    }
    const read = evaluated(this.#code, start, this, (_, rest) => statementEnd.test(rest));
    this.#assignments.lastIndex = Math.max(this.#assignments.lastIndex, read.end);
    let value = read.value;
    const before = this.#values.get(name);
    if (append && value !== undefined) value = typeof before?.value === 'string' && typeof value === 'string' ? before.value + value : undefined;
    const size = value === undefined ? 0 : typeof value === 'string' ? value.length : value.reduce((n, w) => n + w.length, 0);
    // A name given a value the code cannot read, or past the bounds, is unknown from here on.
    if (value === undefined || size > maxValue || this.#text + size > maxNamedText || (before === undefined && this.#values.size >= maxNames)) {
      this.#values.delete(name);
      return;
    }
    this.#text += size;
    this.#values.set(name, { value, hidden: read.hidden || (append && before!.hidden) });
  }
}

/** An escape printf, `echo -e` or `$'…'` turns into a character: `\xHH`, `\uHHHH`, `\NNN` or `\0NNN`. */
const escapeSequence = /\\(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{4})|0?([0-7]{3}))/g;

/**
 * Whether a printf format or echo argument spells plain characters with escapes (at least two), so what the
 * program prints is hidden from a reader of the line: `printf '\x72\x6d'` prints `rm`. Colours and control
 * characters (`\x1b[31m`, `\t`) hide nothing.
 */
export function spellsHiddenText(word: string): boolean {
  if (!word.includes('\\')) return false;
  let plainCount = 0;
  for (const m of word.matchAll(escapeSequence)) {
    const code = Number.parseInt(m[1] ?? m[2] ?? m[3]!, m[3] === undefined ? 16 : 8);
    if (plain(code) && ++plainCount >= 2) return true;
  }
  return false;
}

/**
 * What `echo …` or `printf …` prints, when the line alone says (echo's words; printf's format without
 * conversions, or `%s` over its arguments); undefined for any other program or a format it cannot read.
 * A shell or interpreter that reads this on stdin runs it.
 */
export function printedText(argv: readonly string[], program: string): string | undefined {
  let i = 1;
  if (program === 'echo') {
    let escapes = false;
    for (; i < argv.length && /^-[neE]+$/.test(argv[i]!); i++) escapes = argv[i]!.includes('e');
    const words = argv.slice(i).join(' ');
    return escapes ? ansiUnescaped(words, 'printf') : words;
  }
  if (program !== 'printf') return undefined;
  if (argv[i] === '--') i++;
  const format = argv[i];
  if (format === undefined) return undefined;
  if (/^%s(?:\\n)?$/.test(format)) return argv.slice(i + 1).join(format.length > 2 ? '\n' : '');
  return format.replace(/%%/g, '').includes('%') ? undefined : ansiUnescaped(format.replace(/%%/g, '%'), 'printf');
}
