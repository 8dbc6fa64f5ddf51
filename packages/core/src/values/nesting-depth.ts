// Brackets nested deeper than a parser recurses: `[[[[…]]]]` two hundred thousand deep overflows the stack
// of a recursive JSON, YAML or expression parser, crashing the server that formats or validates it. Real
// documents nest a few dozen levels (the message itself may nest 64); a twenty-thousand-row table nests three.

/** Deeper than this, a value is a parser's stack overflow rather than data. */
export const nestingLimit = 1000;

/** The deepest nesting of `[`, `{` and `(` in `text` (outside double-quoted strings), stopping past the limit. Linear. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 0x5c) i++;
      else if (c === 0x22) quoted = false;
    } else if (c === 0x22) quoted = true;
    else if (c === 0x5b || c === 0x7b || c === 0x28) {
      if (++depth > deepest && (deepest = depth) > nestingLimit) return deepest;
    } else if ((c === 0x5d || c === 0x7d || c === 0x29) && depth > 0) depth--;
  }
  return deepest;
}
