import { describe, expect, it } from 'vitest';

import { InFlight } from '../src/in-flight.js';

describe('InFlight', () => {
  it('keeps a numeric and a string id of the same digits apart, and drains them in the order they were sent', () => {
    const inFlight = new InFlight();
    inFlight.toServer({ kind: 'request', id: 1, method: 'tools/call' });
    inFlight.toServer({ kind: 'request', id: '1', method: 'tools/call' });
    inFlight.toServer({ kind: 'request', id: 2, method: 'tools/call' });
    inFlight.toHost({ kind: 'response', id: '1' });
    expect(inFlight.size).toBe(2);
    expect(inFlight.drain()).toEqual([1, 2]);
    expect(inFlight.size).toBe(0);
  });

  it('forgets a cancelled request and the requests of an answered batch', () => {
    const inFlight = new InFlight();
    inFlight.toServer({ kind: 'batch', items: [{ kind: 'request', id: 'a', method: 'x' }, { kind: 'request', id: 0, method: 'y' }, { kind: 'request', id: 7, method: 'z' }] });
    inFlight.toServer({ kind: 'notification', method: 'notifications/cancelled', cancels: 'a' });
    inFlight.toHost({ kind: 'batch', items: [{ kind: 'response', id: 0 }] });
    expect(inFlight.drain()).toEqual([7]);
  });
});
