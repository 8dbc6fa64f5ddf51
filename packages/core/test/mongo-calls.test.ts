import { describe, expect, it } from 'vitest';

import { destructiveMongo } from '../src/commands/mongo-calls.js';
import { cpuMs } from './cpu-time.js';

// A MongoDB script is read by its calls: an empty filter takes every document, a drop takes the collection.
describe('destructiveMongo', () => {
  it.each([
    'db.users.deleteMany({})',
    'db.getCollectionNames().forEach(c => db[c].deleteMany( { } ))',
    'db.orders.remove({})',
    'db.sessions.drop()',
    'db.dropDatabase()',
    'db.getSiblingDB("prod") . dropDatabase ( )',
  ])('reads %s as destructive', (script) => {
    expect(destructiveMongo(script)).toBeDefined();
  });

  it.each([
    'db.users.find({ active: true }).limit(5).toArray()',
    'db.sessions.deleteMany({ expiresAt: { $lt: new Date() } })',
    'db.orders.remove({ _id: id })',
    'db.users.updateOne({ _id: 1 }, { $set: { seen: true } })',
    'const dropdown = ui.dropdownMenu()',
  ])('finds nothing destructive in %s', (script) => {
    expect(destructiveMongo(script)).toBeUndefined();
  });

  it('reads a user made or granted a role over every database as destructive, and a role over its own database as not', () => {
    expect(destructiveMongo(JSON.stringify({ createUser: 'etl', pwd: 'x', roles: ['readWriteAnyDatabase'] }))).toBe('createUser with role readWriteAnyDatabase');
    expect(destructiveMongo('db.getSiblingDB("admin").grantRolesToUser("report", [{ role: "clusterAdmin", db: "admin" }])')).toBeDefined();
    expect(destructiveMongo(JSON.stringify({ createUser: 'report', pwd: 'x', roles: [{ role: 'read', db: 'shop' }] }))).toBeUndefined();
    expect(destructiveMongo(JSON.stringify({ usersInfo: 'report', showPrivileges: true }))).toBeUndefined();
  });

  it('stays linear on a long script', () => {
    const script = `${'db.x.remove( '.repeat(20_000)}`;
    expect(cpuMs(() => destructiveMongo(script))).toBeLessThan(500);
  });
});
