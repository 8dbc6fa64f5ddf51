// What the guard remembers of texts is bounded by its `caches` option: the readings it keeps (and with them
// what every layer keeps of a text: rule reports, piece clauses, command findings, a tool name's variant
// keys) are at most `maxEntries`, none of a text longer than `maxTextLength`, and a text met once has none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { Recent, RecentTexts } from '../src/recent.js';
import type { RawValue } from '../src/values/extract.js';
import { Kind } from '../src/values/kinds.js';
import { keptReading, type Reading, scanValues } from '../src/values/scanned.js';

const word = fc.constantFrom('read', 'the', 'file', '/etc/hosts', 'https://example.com/a', 'and', 'send', 'it', 'ls -la', '\u00e9t\u00e9');
const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const value = (raw: string): RawValue => ({ path: ['params', 'arguments', 'x'], key: 'x', raw, kinds: Kind.Text, byShape: true });

describe('cache bounds', () => {
  it('keep at most maxEntries of the latest entries, each one the latest set', () => {
    fc.assert(
      fc.property(fc.nat(8), fc.array(fc.tuple(fc.nat(30), fc.nat()), { maxLength: 200 }), (capacity, writes) => {
        const recent = new Recent<number, number>(capacity);
        const latest = new Map<number, number>();
        for (const [key, v] of writes) {
          recent.set(key, v);
          latest.set(key, v);
          expect(recent.size).toBeLessThanOrEqual(capacity);
          // What is kept is what was set last; the entry just set is kept unless nothing is.
          expect(recent.get(key)).toBe(capacity === 0 ? undefined : v);
        }
        for (const [key, v] of latest) expect([undefined, v]).toContain(recent.get(key));
      }),
      { numRuns: 300 },
    );
  });

  it('give a text a reading from its second sighting on, and keep at most maxEntries readings, none of a text past maxTextLength', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }), fc.array(text, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (maxEntries, maxTextLength, pool, picks) => {
        const readings = new RecentTexts<Reading>({ maxEntries, maxTextLength });
        const sightings = new Map<string, number>();
        // Drawn from a few texts, so each comes again.
        for (const raw of picks.map((i) => pool[i % pool.length]!)) {
          const seenBefore = sightings.get(raw) ?? 0;
          sightings.set(raw, seenBefore + 1);
          // Read as a server's text: the paths and URLs inside it are not values of their own, met apart.
          const [scanned] = scanValues([value(raw)], { maxDecodeRounds: 4 }, 'server', readings);
          expect(readings.size).toBeLessThanOrEqual(maxEntries);
          if (raw.length > maxTextLength || maxEntries === 0 || seenBefore === 0) {
            // Nothing to hang a layer's results on: met once, too long, or nothing kept.
            expect(scanned!.reading).toBeUndefined();
            if (seenBefore === 0 || maxEntries === 0) expect(keptReading(readings, raw)).toBeUndefined();
          }
          if (scanned!.reading !== undefined) expect(keptReading(readings, raw)).toBe(scanned!.reading);
        }
      }),
      { numRuns: 400 },
    );
  });
});
