import { describe, expect, it } from 'vitest';

import { optimizeEarly } from '../src/tier-up.js';

// What the budget does to V8 is measured by bench/tier-up.mjs; here, when it is set.
describe('optimizeEarly', () => {
  it('leaves a budget the user gave to node or in NODE_OPTIONS alone', () => {
    expect(optimizeEarly(['--interrupt-budget=1000'], '')).toBe(false);
    expect(optimizeEarly([], '--max-old-space-size=512 --interrupt-budget=1000')).toBe(false);
  });

  it('sets the budget when neither names one', () => {
    expect(optimizeEarly(['--inspect-port=0'], '--max-old-space-size=512')).toBe(true);
  });
});
