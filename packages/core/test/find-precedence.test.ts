import { describe, expect, it } from 'vitest';

import { analyzeShell } from '../src/commands/analyze.js';
import { findDeletesEverything } from '../src/commands/deletes.js';
import { pathChecks } from '../src/paths/write-targets.js';

// find's -o binds looser than the implied -a: a delete after `-o` belongs to its own alternative alone.
const rulesOf = (line: string): string[] => analyzeShell(line, pathChecks).map((f) => f.rule);

describe("find's -o precedence", () => {
  it.each([
    "find . -name '*.rej' -o -name '*' -delete",
    "find . -name '*.log' -o -delete",
    "find lib -iname '*.bak' -or -type f -delete",
    "find . -name '*.swp' -o -print -exec rm -f {} +",
  ])('reads a delete whose alternative tests nothing as deleting every file walked: %s', (line) => {
    expect(rulesOf(line)).toContain('cmd/destructive-delete');
  });

  it.each([
    "find . -name '*.tmp' -delete",
    "find . \\( -name '*.orig' -o -name '*.rej' \\) -delete",
    "find . -path ./node_modules -prune -o -name '*.tmp' -delete",
    "find . -name '*.tmp' -o -name '*.bak' -delete",
    "find . -type d -name node_modules -prune -o -type f -name '*.log' -print",
    "find dist -mindepth 1 -delete",
  ])('leaves a delete that still names its files, or prunes on purpose, alone: %s', (line) => {
    expect(rulesOf(line)).toEqual([]);
  });

  it('returns the alternative that deletes', () => {
    expect(findDeletesEverything(['.', '-name', '*.a', '-o', '-name', '*', '-delete'])).toBe('-name * -delete');
    expect(findDeletesEverything(['.', '-name', '*.a', '-delete'])).toBeUndefined();
  });
});
