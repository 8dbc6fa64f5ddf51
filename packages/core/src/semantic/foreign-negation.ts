import { nfkcPattern } from './nfkc-pattern.js';

/**
 * A negation of a verb or modal in the languages the foreign readers know: just before it (Latin, Cyrillic,
 * Devanagari, Arabic, Chinese scripts), or just after it (the Japanese and Korean negative endings).
 */
const before = nfkcPattern(
  String.raw`(?:^|[\s,])(?:no|não|non|ne|n'|nicht|niemals|nie|nunca|jamais|mai|niet|nooit|inte|aldrig|nigdy|nikdy|не|ні|никогда|ніколи|asla|jangan|tidak(?:\s+(?:boleh|dapat|perlu))?|tak|dilarang|không(?:\s+(?:được|nên|thể|bao giờ))?|đừng|chớ|नहीं|मत|न|لا|لن|안|不|别|不要|不得|没有|禁止|绝不)\s*$`,
  'u',
);
const after = /^(?:\p{L}{0,3})(?:ない|しない|ません|せず|禁止|않|지\s*않|지\s*마)/u;

/** Whether a negation stands in the 12 characters of `text` before `index`. */
export const negatedBefore = (text: string, index: number): boolean => before.test(text.slice(Math.max(0, index - 12), index));

/** Whether the word `text[start, end)` is negated: a negation just before it, or an ending just after it. */
export const negatedAt = (text: string, start: number, end: number): boolean =>
  negatedBefore(text, start) || after.test(text.slice(end, end + 8));
