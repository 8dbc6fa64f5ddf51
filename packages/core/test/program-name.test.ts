import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { programName } from '../src/commands/programs.js';

describe('programName', () => {
  it('is the lower-cased base name without .exe, however the word is written', () => {
    const reference = (word: string): string => {
      const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).toLowerCase();
      return base.endsWith('.exe') ? base.slice(0, -4) : base;
    };
    const piece = fc.constantFrom('/', '\\', 'npm', 'Git', 'PYTHON3', '.exe', '.EXE', 'İ', 'Σ', 'ß', 'x', '.', '-', ' ', 'K');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), (word) => {
        expect(programName(word)).toBe(reference(word));
      }),
      { numRuns: 3000 },
    );
  });
});
