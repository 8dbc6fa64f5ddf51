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

  it('gives a name the same key string again, and knows whose keys it holds', () => {
    const keys = new SessionKeys('s1', 'files', 'alice');
    expect(keys.layer('behaviour', 'fp')).toBe(keys.layer('behaviour', 'fp'));
    expect(keys.matches('files', 'alice')).toBe(true);
    expect(keys.matches('files', undefined)).toBe(false);
    expect(keys.matches('mail', 'alice')).toBe(false);
  });
});
