// Code that asks the interpreter for more memory than any machine has: a string, list or buffer of a
// terabyte (`"x" * 10**12`, `'x'.repeat(1e12)`, `bytearray(1 << 40)`, `Buffer.alloc(2 ** 40)`), the size
// written as a constant or put in a variable first (`n = 10 ** 12` then `"x" * n`). The process swaps the
// machine to a halt before it is killed. `"x" * 10**3` or a buffer of 64 MiB is ordinary test data.

/** More than this many items or bytes in one allocation: no test needs it. */
export const allocationLimit = 1e10;

const maxText = 64 * 1024;

/** A tiny reader of constant integer expressions: numbers, names bound earlier, `**`, `*`, `<<`, brackets. */
class Constant {
  i = 0;
  constructor(readonly text: string, readonly names: ReadonlyMap<string, number>) {}

  private space(): void {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++;
  }

  private atom(): number {
    this.space();
    if (this.text[this.i] === '(') {
      this.i++;
      const v = this.shift();
      this.space();
      if (this.text[this.i] !== ')') return Number.NaN;
      this.i++;
      return v;
    }
    const m = /^(?:0x[0-9a-f_]+|\d[\d_]*(?:\.\d+)?(?:e\+?\d+)?|[A-Za-z_$][\w$]*)/i.exec(this.text.slice(this.i, this.i + 64));
    if (m === null) return Number.NaN;
    this.i += m[0].length;
    if (/^[A-Za-z_$]/.test(m[0])) return this.names.get(m[0]) ?? Number.NaN;
    return Number(m[0].replace(/_/g, ''));
  }

  private power(): number {
    const base = this.atom();
    this.space();
    if (this.text.startsWith('**', this.i)) {
      this.i += 2;
      return base ** this.power();
    }
    return base;
  }

  private product(): number {
    let v = this.power();
    for (this.space(); this.text[this.i] === '*' && this.text[this.i + 1] !== '*'; this.space()) {
      this.i++;
      v *= this.power();
    }
    return v;
  }

  shift(): number {
    let v = this.product();
    for (this.space(); this.text.startsWith('<<', this.i); this.space()) {
      this.i += 2;
      v *= 2 ** this.product();
    }
    return v;
  }

  /** The value of the whole text, or NaN when it is not a constant expression. */
  static of(text: string, names: ReadonlyMap<string, number>): number {
    const reader = new Constant(text.trim(), names);
    const v = reader.shift();
    reader.space();
    return reader.i === reader.text.length ? v : Number.NaN;
  }

  /** The value of the longest constant expression at the start of `text`, or NaN. */
  static leading(text: string, names: ReadonlyMap<string, number>): number {
    const reader = new Constant(text, names);
    return reader.shift();
  }
}

/** `NAME = VALUE` at the start of a line or a statement (`let n = 2 ** 41;`, `size = 10 ** 12`, `my $n = 1e12;`). */
const assignment = /(?:^|[;{])[ \t]*(?:(?:const|let|var|my|local)\s+)?\$?([A-Za-z_]\w*)[ \t]*:?=[ \t]*([^;\n#]+)/gm;
/** Where a size is asked for: the number follows the match. */
const sized = /(?:\.repeat|\bbytearray|\bbytes|\bBuffer\.alloc(?:Unsafe)?|\bnew\s+(?:Array|ArrayBuffer|(?:Uint|Int|Float)(?:8|16|32|64)(?:Clamped)?Array)|\bArray|\bnp\.(?:zeros|ones|empty|full)|\bnumpy\.(?:zeros|ones|empty)|\bos\.urandom|\bmalloc|\bcalloc|\blist\(\s*range)\s*\(/g;
/** A string, bytes or list literal repeated: `"x" * N`, `[0] * N`, perl's `"x" x N`. */
const repeatedAfter = /(?:[bB]?"[^"\n]{0,64}"|[bB]?'[^'\n]{0,64}'|\[[^\]\n]{0,64}\])\s*(?:\*|\bx)\s*/g;
/** `N * "x"`: the number comes first. */
const repeatedBefore = /([\w$. ()*<>]{1,80}?)\s*\*\s*(?:[bB]?"|[bB]?'|\[)/g;

/** The allocation past {@link allocationLimit} that code asks for, as evidence; undefined when there is none. */
export function hugeAllocation(code: string): string | undefined {
  if (code.length > maxText) return undefined;
  const names = new Map<string, number>();
  assignment.lastIndex = 0;
  for (let m = assignment.exec(code); m !== null; m = assignment.exec(code)) {
    const v = Constant.of(m[2]!, names);
    if (!Number.isNaN(v)) names.set(m[1]!, v);
  }
  const huge = (at: number): boolean => Constant.leading(code.slice(at, at + 200), names) > allocationLimit;
  for (const pattern of [sized, repeatedAfter]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(code); m !== null; m = pattern.exec(code)) {
      if (huge(m.index + m[0].length)) return code.slice(m.index, m.index + m[0].length + 40).split('\n')[0]!.slice(0, 120);
    }
  }
  repeatedBefore.lastIndex = 0;
  for (let m = repeatedBefore.exec(code); m !== null; m = repeatedBefore.exec(code)) {
    const v = Constant.of(m[1]!.replace(/^.*[=(,]\s*/, ''), names);
    if (v > allocationLimit) return m[0].slice(0, 120);
  }
  return undefined;
}
