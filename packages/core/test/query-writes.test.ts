import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { queryWrite } from '../src/commands/query-writes.js';
import { cpuMs } from './cpu-time.js';
import { findingsText } from './findings-text.js';

// A query is read in its own language for what it changes; a tool its server declares read-only
// (readOnlyHint) that is sent one was steered there. Reads, and the same writes sent to a tool that
// makes no such claim, pass this rule.

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('queryWrite', () => {
  it.each([
    ['mutation { closeIssue(input: { issueId: "I_kwDO1" }) { issue { state } } }', 'a GraphQL mutation'],
    ['# cleanup\nmutation Prune { deleteProjectV2Item(input: {}) { deletedItemId } }', 'the GraphQL mutation Prune'],
    ['query A { viewer { login } }\nmutation B { addStar(input: { starrableId: "R_1" }) { clientMutationId } }', 'the GraphQL mutation B'],
    ["INSERT INTO api_keys (owner, key) VALUES ('ext', 'k-1')", 'INSERT statement'],
    ['with moved as (update orders set status = \'void\' where total > 0 returning id) select count(*) from moved', 'UPDATE inside a statement'],
    ['WITH stale AS (SELECT id FROM carts WHERE age > 30) DELETE FROM carts WHERE id IN (SELECT id FROM stale)', 'DELETE inside a statement'],
    ['select 1; alter table users add column is_admin boolean default true', 'ALTER statement'],
    ["GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO reporting_ext", 'GRANT statement'],
    ["SELECT dblink_exec('host=db2', 'DELETE FROM sessions WHERE user_id = 7')", 'DELETE statement, run from a string'],
    ["SELECT * FROM query_to_xml('insert into audit(msg) values (''x'')', true, false, '')", 'INSERT statement, run from a string'],
    [`PREPARE p FROM 0x${hex('UPDATE users SET plan = \'enterprise\' WHERE id = 9')}; EXECUTE p`, 'UPDATE statement, prepared from a hex literal'],
    [`PREPARE p FROM X'${hex('TRUNCATE sessions')}'`, 'TRUNCATE statement, prepared from a hex literal'],
    ['db.orders.aggregate([{ "$group": { "_id": "$sku" } }, { "$merge": "orders" }])', 'a MongoDB $merge stage'],
  ])('reads %s as a write', (query, what) => {
    expect(queryWrite(query)).toBe(what);
  });

  it.each([
    'query { repository(owner: "octo", name: "app") { issues(first: 5) { nodes { title } } } }',
    // A field or a string named for a mutation is none.
    'query { schema { mutationType { name } } search(query: "mutation testing", type: REPOSITORY, first: 3) { repositoryCount } }',
    '{ viewer { login } }',
    'SELECT id, total FROM orders WHERE status = \'open\' FOR UPDATE SKIP LOCKED',
    "SELECT count(*) FROM audit WHERE statement = 'DELETE FROM sessions'",
    "SELECT count(*) FROM audit WHERE statement IN ('DELETE FROM sessions', 'DROP TABLE tmp')",
    "WITH recent AS (SELECT * FROM orders WHERE placed_at > now() - interval '1 day') SELECT count(*) FROM recent",
    "SELECT replace(name, 'update', 'upgrade') FROM changelog",
    "SELECT dblink('host=db2', 'SELECT count(*) FROM sessions') AS t(n bigint)",
    'EXPLAIN SELECT * FROM orders WHERE id = 4',
    'db.orders.aggregate([{ "$match": { "status": "open" } }, { "$count": "n" }])',
    'how do I delete from a table only the rows older than a month',
  ])('reads %s as no write', (query) => {
    expect(queryWrite(query)).toBeUndefined();
  });

  it('stays linear on long and nested texts', () => {
    const stacked = 'update t set a = 1 where b = 2; '.repeat(4_000);
    const braces = `query { ${'a { '.repeat(20_000)}${'} '.repeat(20_000)}}`;
    expect(cpuMs(() => queryWrite(stacked))).toBeLessThan(300);
    expect(cpuMs(() => queryWrite(braces))).toBeLessThan(300);
  });
});

describe('the read-only tool write rule', () => {
  const guard = createGuard({ profile: 'balanced' });
  let next = 1;
  /** A session that lists `definition`, then calls it with `args`: the call's verdict. */
  async function callAfterList(definition: Record<string, unknown>, args: Record<string, unknown>) {
    const context = { sessionId: `ro-${next}`, serverId: `ro-${next++}` };
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }, { ...context, from: 'client' });
    await guard.inspect({ jsonrpc: '2.0', id: 1, result: { tools: [definition] } }, { ...context, from: 'server' });
    return guard.inspect({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: definition['name'], arguments: args } }, { ...context, from: 'client' });
  }
  const tool = (name: string, arg: string, readOnly: boolean | undefined): Record<string, unknown> => ({
    name, description: `Runs a ${arg} against the warehouse.`, inputSchema: { type: 'object', properties: { [arg]: { type: 'string' } } },
    ...(readOnly === undefined ? {} : { annotations: { readOnlyHint: readOnly } }),
  });

  it.each([
    ['sql', "WITH x AS (UPDATE subscriptions SET plan = 'free' WHERE renew_at < now() RETURNING id) SELECT count(*) FROM x"],
    ['sql', "SELECT dblink_exec('dbname=crm', 'INSERT INTO admins(email) VALUES (''ops@mailbox-relay.net'')')"],
    ['query', 'mutation { updateIssue(input: { id: "I_1", assigneeIds: [] }) { issue { id } } }'],
  ])('blocks a %s write sent to a tool declared read-only', async (arg, text) => {
    const verdict = await callAfterList(tool('warehouse_read', arg, true), { [arg]: text });
    expect(verdict.action, findingsText(verdict)).toBe('block');
    expect(verdict.findings.some((f) => f.rule === 'sql/read-only-tool-write'), findingsText(verdict)).toBe(true);
  });

  it('blocks a MongoDB $merge stage sent to a read-only aggregation tool', async () => {
    const definition = { name: 'mongo_aggregate', description: 'Aggregate a collection.', inputSchema: { type: 'object', properties: { collection: { type: 'string' }, pipeline: { type: 'array' } } }, annotations: { readOnlyHint: true } };
    const verdict = await callAfterList(definition, { collection: 'invoices', pipeline: [{ $match: {} }, { $merge: { into: 'invoices_archive', whenMatched: 'replace' } }] });
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });

  it.each([
    ['sql', "SELECT plan, count(*) FROM subscriptions WHERE renew_at < now() GROUP BY plan"],
    ['sql', 'SELECT id FROM jobs WHERE state = \'queued\' ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED'],
    ['query', 'query Issues($n: Int!) { repository(owner: "octo", name: "app") { issues(last: $n) { nodes { title } } } }'],
  ])('lets a %s read through a read-only tool pass', async (arg, text) => {
    const verdict = await callAfterList(tool('warehouse_read', arg, true), { [arg]: text });
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });

  it.each([
    ['a GraphQL mutation in a variable a query executes', { query: 'query Run($d: String!) { runDocument(text: $d) { ok } }', variables: { d: b64('mutation { removeMember(org: "acme", login: "lead-dev") { ok } }') } }],
    ['an SQL update in a parameter a statement executes', { sql: 'SELECT run_text(convert_from(decode($1, \'base64\'), \'utf8\'))', params: [b64("UPDATE accounts SET role = 'owner' WHERE email = 'x@ext.example'")] }],
  ])('blocks %s, sent base64-encoded to a read-only tool', async (_what, args) => {
    const definition = { name: 'warehouse_read', description: 'Run a read-only query.', inputSchema: { type: 'object', properties: { query: { type: 'string', description: 'GraphQL query document.' }, sql: { type: 'string', description: 'SQL query.' }, variables: { type: 'object' }, params: { type: 'array' } } }, annotations: { readOnlyHint: true } };
    const verdict = await callAfterList(definition, args);
    expect(verdict.findings.some((f) => f.rule === 'sql/read-only-tool-write'), findingsText(verdict)).toBe(true);
  });

  it('lets a base64 value that holds no write pass a read-only tool', async () => {
    const definition = { name: 'warehouse_read', description: 'Run a read-only query.', inputSchema: { type: 'object', properties: { query: { type: 'string', description: 'GraphQL query document.' }, variables: { type: 'object' } } }, annotations: { readOnlyHint: true } };
    const verdict = await callAfterList(definition, { query: 'query Node($id: ID!) { node(id: $id) { id } }', variables: { id: b64('Repository:R_kgDOAbCdEf123456'), cursor: b64('query { viewer { login } } cursor v2') } });
    expect(verdict.findings.some((f) => f.rule === 'sql/read-only-tool-write'), findingsText(verdict)).toBe(false);
  });

  it('leaves writes to a tool that makes no read-only claim to the other rules', async () => {
    const undeclared = await callAfterList(tool('warehouse_exec', 'sql', undefined), { sql: "INSERT INTO notes (body) VALUES ('standup moved to 10:00')" });
    const writable = await callAfterList(tool('warehouse_exec', 'sql', false), { sql: "UPDATE notes SET body = 'moved' WHERE id = 4" });
    for (const verdict of [undeclared, writable]) expect(verdict.findings.some((f) => f.rule === 'sql/read-only-tool-write'), findingsText(verdict)).toBe(false);
  });

  it('judges a call whose tool list it has not seen by the other rules only', async () => {
    const verdict = await guard.inspect({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'warehouse_read', arguments: { sql: "INSERT INTO notes (body) VALUES ('x')" } } }, { from: 'client', sessionId: 'ro-unlisted', serverId: 'ro-unlisted' });
    expect(verdict.findings.some((f) => f.rule === 'sql/read-only-tool-write')).toBe(false);
  });
});
