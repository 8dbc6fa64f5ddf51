// The instruction layer finds the readings of a tool list's strings among the message's scanned values
// (values/readings-near.ts) instead of asking the guard's readings again: what it finds must be what the
// readings give, for texts met before, met for the first time, repeated within the message, too long to keep,
// and texts no value holds, asked in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RecentTexts } from '../src/recent.js';
import type { RawValue } from '../src/values/extract.js';
import { Kind } from '../src/values/kinds.js';
import { ReadingsNear } from '../src/values/readings-near.js';
import { type Reading, scanValues } from '../src/values/scanned.js';

// Strings of tool definitions written for this test, one past the readings' longest kept text.
const texts = [
  'list_branches', 'List branches', 'Lists the branches of a repository, newest first.', 'Name of the repository owner',
  'Opaque cursor from the previous page', 'name', 'created', 'uri', 'owner', `A long description ${'of a field '.repeat(12)}`,
];
const asked = [...texts, 'a text no value holds', 'owner name'];

describe('readings found near the values', () => {
  it('are the readings the guard gives for the same texts', () => {
    const limits = { maxDecodeRounds: 4 };
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(...asked), { maxLength: 30 }), (messages, questions) => {
        const readings = new RecentTexts<Reading>({ maxEntries: 64, maxTextLength: 100 });
        const near = new ReadingsNear(readings);
        for (const strings of messages) {
          const raws: RawValue[] = strings.map((raw, i) => ({ path: ['result', 'tools', 0, `k${i}`], key: `k${i}`, raw, kinds: Kind.ToolMetadata | Kind.Text, byShape: false }));
          near.within(scanValues(raws, limits, 'server', readings));
          for (const text of questions) expect(near.get(text)).toBe(readings.get(text));
          near.within();
        }
      }),
      { numRuns: 500 },
    );
  });
});
