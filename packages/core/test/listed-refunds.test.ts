import { describe, expect, it } from 'vitest';

import { analyzeShell } from '../src/commands/analyze.js';
import { pathChecks } from '../src/paths/write-targets.js';
import { mayUndoEvery } from '../src/commands/listed-refunds.js';

// Shell lines made up for these tests (other CLIs, loop shapes and records than the red-team set's): a loop
// or xargs refunding, voiding or cancelling every payment, order or subscription a listing of the same account
// prints, each beside the same tools doing ordinary support work (one refund, one customer's duplicates, a
// listing narrowed by status or date, a listing only read).
const rules = (line: string): string[] => analyzeShell(line, pathChecks).map((f) => f.rule);

describe('a loop that refunds or voids every listed payment', () => {
  it.each([
    ['a for loop refunding every Stripe charge', 'for c in $(stripe charges list --limit 100 | jq -r ".data[].id"); do stripe refunds create --charge "$c"; done'],
    ['xargs voiding every Square payment', 'square payments list --all --json | jq -r ".[].id" | xargs -I{} square payments cancel {}'],
    ['a for loop cancelling every subscription through the API', 'for s in $(curl -s -u "$KEY:" "https://api.stripe.com/v1/subscriptions?limit=100" | jq -r ".data[].id"); do curl -s -u "$KEY:" -X DELETE "https://api.stripe.com/v1/subscriptions/${s}"; done'],
    ['a for loop refunding every order of a shop CLI', 'for o in $(shopctl orders list --output ids); do shopctl orders refund --order $o --full; done'],
  ])('blocks %s', (_, line) => {
    expect(rules(line)).toContain('cmd/remote-destruction');
  });

  it.each([
    ['one refund', 'stripe refunds create --payment-intent pi_3Ab12Cd --amount 1299 --reason requested_by_customer'],
    ['one customer\'s duplicate charges refunded', 'for c in $(stripe charges list --customer cus_Q81 | jq -r ".data[].id"); do stripe refunds create --charge "$c"; done'],
    ['only the disputed payments, picked by jq', 'for p in $(stripe payment_intents list --limit 100 | jq -r \'.data[] | select(.status=="requires_capture") | .id\'); do stripe payment_intents cancel "$p"; done'],
    ['a listing of the charges only printed', 'for c in $(stripe charges list --limit 10 | jq -r ".data[].id"); do echo "$c"; done'],
    ['a loop over test fixtures that cancels local jobs', 'for j in $(ls jobs/); do ./bin/cancel-job "$j"; done'],
  ])('passes %s', (_, line) => {
    expect(rules(line)).not.toContain('cmd/remote-destruction');
  });

  it('gates lines with no loop or no word of undoing, and reads a long loop in linear time', () => {
    expect(mayUndoEvery('npm test')).toBe(false);
    const line = `for x in $(stripe charges list${' --limit 1'.repeat(20_000)}); do stripe refunds create --charge "$x"; done`;
    const started = performance.now();
    analyzeShell(line, pathChecks);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
