import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { stateKey } from '../src/state/keys.js';
import { SessionKeys } from '../src/state/session-view.js';

// SessionKeys keeps the keys of a session so a key is the same string from one message to the next. The
// keys must be exactly the ones stateKey builds, however many names a layer uses and in whatever order.

const id = fc.oneof(fc.constantFrom('default', 's1', 'a:b', 'ü', '%', ''), fc.string({ maxLength: 8 }));
const name = fc.oneof(fc.constantFrom('fp', 'prov', 'w/behaviour/read-burst', 'pending/number:1'), fc.string({ maxLength: 12 }));

describe('SessionKeys', () => {
  it('makes the keys stateKey makes, for every layer, name, session, server and principal', () => {
    fc.assert(
      fc.property(id, id, fc.option(id, { nil: undefined }), fc.array(fc.tuple(fc.constantFrom('behaviour', 'data-flow', 'drift'), name), { maxLength: 120 }), (session, server, principal, uses) => {
        const keys = new SessionKeys(session, server, principal);
        expect(keys.inventory).toBe(stateKey('tools', session, server, undefined, 'inventory'));
        expect(keys.correlation('client', 7)).toBe(stateKey('corr', session, server, undefined, 'client:n7'));
        expect(keys.correlation('server', '7')).toBe(stateKey('corr', session, server, undefined, 'server:s7'));
        for (const [layer, n] of uses) {
          expect(keys.layer(layer, n)).toBe(stateKey('layer', session, server, principal, `${layer}/${n}`));
          expect(keys.server(layer, n)).toBe(stateKey('server', '', server, undefined, `${layer}/${n}`));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives requests and their answers the correlation keys correlation makes, in any order of ids, requesters and answers', () => {
    const requestId = fc.oneof(fc.integer({ min: -3, max: 200 }), fc.constantFrom(0.5, -0, Number.MAX_SAFE_INTEGER, 1e21), fc.string({ maxLength: 4 }));
    const step = fc.record({ answer: fc.boolean(), requester: fc.constantFrom('client', 'server', 'other'), id: requestId });
    fc.assert(
      fc.property(id, id, fc.array(step, { maxLength: 300 }), (session, server, steps) => {
        const keys = new SessionKeys(session, server, undefined);
        for (const s of steps) {
          const made = s.answer ? keys.answerCorrelation(s.requester, s.id) : keys.requestCorrelation(s.requester, s.id);
          expect(made).toBe(keys.correlation(s.requester, s.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives an answer the key its request was written under, and again when asked twice', () => {
    const keys = new SessionKeys('s1', 'files', undefined);
    const written = keys.requestCorrelation('client', 41);
    const taken = keys.answerCorrelation('client', 41);
    expect(taken).toBe(written);
    // Kept once: a second answer to the same id gets a key made anew, equal all the same.
    expect(keys.answerCorrelation('client', 41)).toBe(written);
  });

  it('gives a name the same key string again, and knows whose keys it holds', () => {
    const keys = new SessionKeys('s1', 'files', 'alice');
    expect(keys.layer('behaviour', 'fp')).toBe(keys.layer('behaviour', 'fp'));
    expect(keys.matches('files', 'alice')).toBe(true);
    expect(keys.matches('files', undefined)).toBe(false);
    expect(keys.matches('mail', 'alice')).toBe(false);
  });
});
