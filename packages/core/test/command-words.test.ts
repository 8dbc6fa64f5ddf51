import { describe, expect, it } from 'vitest';

import { nextCommandWord, type WordSpan } from '../src/commands/command-words.js';

// The word reader key-uses.ts and database-loads.ts share: words of one command, quoted or bare, up to where
// the caller says the command ends. Written for this suite.
const endsAtSemicolon = (c: string): boolean => c === ';';

/** Every word `nextCommandWord` reads from the start of `text`. */
function words(text: string, bareStops?: (c: string) => boolean): string[] {
  const out: string[] = [];
  const read: WordSpan = { start: 0, end: 0 };
  for (let i = nextCommandWord(text, 0, endsAtSemicolon, read, bareStops); i >= 0; i = nextCommandWord(text, i, endsAtSemicolon, read, bareStops)) out.push(text.slice(read.start, read.end));
  return out;
}

describe('nextCommandWord', () => {
  it('reads bare and quoted words up to the end of the command', () => {
    expect(words(`ssh -i "my key" deploy@web01;rm x`)).toEqual(['ssh', '-i', 'my key', 'deploy@web01']);
  });

  it('stops at a quote that never closes', () => {
    expect(words(`chmod 600 'unclosed`)).toEqual(['chmod', '600']);
  });

  it('ends a bare word where the caller says, and keeps quotes inside one otherwise', () => {
    expect(words(`a"b c`, (c) => c === '"')).toEqual(['a']);
    expect(words(`-oIdentityFile="k" x`)).toEqual(['-oIdentityFile="k"', 'x']);
  });
});
