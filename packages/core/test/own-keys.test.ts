import { describe, expect, it } from 'vitest';

import { listsOwnKeysOnly, prototypeLendsKeys } from '../src/records.js';

describe('whether for-in lists only an object’s own keys', () => {
  it('says so of parsed, literal and prototype-less objects, and not of others', () => {
    expect(listsOwnKeysOnly(JSON.parse('{"path":{"type":"string"}}') as object)).toBe(true);
    expect(listsOwnKeysOnly(Object.create(null) as object)).toBe(true);
    expect(listsOwnKeysOnly(Object.create({ inherited: 1 }) as object)).toBe(false);
    expect(listsOwnKeysOnly(new (class Holder {})())).toBe(false);
  });

  it('says so of none while Object.prototype lends an enumerable key', () => {
    expect(prototypeLendsKeys()).toBe(false);
    Object.defineProperty(Object.prototype, 'polluted', { value: 'from the prototype', enumerable: true, configurable: true, writable: true });
    try {
      expect(prototypeLendsKeys()).toBe(true);
      expect(listsOwnKeysOnly({ path: 'a' })).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
    expect(listsOwnKeysOnly({ path: 'a' })).toBe(true);
  });
});
