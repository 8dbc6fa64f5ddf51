import { RE2JS } from 're2js';

/**
 * A compiled rule pattern: RE2 syntax and semantics (linear-time matching, no backreferences or
 * lookaround), on re2js, a pure JavaScript port of RE2 — runtime-neutral, garbage-collected, no heap cap.
 */
export interface Pattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean;
  /** The first match in `text`, if any (costlier than `test`: call it once `test` said yes). */
  firstMatch(text: string): string | undefined;
}

// The same pattern is compiled once per process, however many guards (and rule tests) load it.
const compiled = new Map<string, Pattern>();

/** Compiles an RE2 pattern (dot matches newlines). Throws the engine's syntax error if RE2 rejects it. */
export function compilePattern(source: string): Pattern {
  const known = compiled.get(source);
  if (known) return known;
  const regex = RE2JS.compile(source, RE2JS.DOTALL);
  const pattern: Pattern = {
    source,
    test: (text) => regex.test(text),
    firstMatch: (text) => {
      const matcher = regex.matcher(text);
      return matcher.find() ? (matcher.group() ?? '') : undefined;
    },
  };
  compiled.set(source, pattern);
  return pattern;
}
