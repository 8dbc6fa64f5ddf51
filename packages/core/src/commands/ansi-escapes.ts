/**
 * Backslash escapes as bash reads them in `$'…'` and as `printf` (and `echo -e`) read them in a format:
 * one reader, so a command hidden behind escapes is seen the same way wherever the shell would decode it.
 */

const simple: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

// Octal: `$'…'` takes one to three digits; printf and `echo -e` also take `\0` followed by up to three.
const dollarQuote = /\\(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8})|([0-7]{1,3})|([\s\S]))/g;
const printf = /\\(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8})|0?([0-7]{1,3})|([\s\S]))/g;

/**
 * The characters `text`'s escapes spell (`text` is the body between the quotes of `$'…'`, or a printf
 * format). An escape neither form knows keeps its backslash, as bash does.
 */
export function ansiUnescaped(text: string, form: 'dollar-quote' | 'printf'): string {
  if (!text.includes('\\')) return text;
  return text.replace(form === 'printf' ? printf : dollarQuote, (whole, x?: string, u?: string, wide?: string, octal?: string, other?: string) => {
    const hex = x ?? u ?? wide;
    if (hex !== undefined) return String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff));
    if (octal !== undefined) return String.fromCharCode(Number.parseInt(octal, 8) & 255);
    return simple[other!] ?? whole;
  });
}
