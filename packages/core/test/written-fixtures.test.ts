import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { call } from './redteam-kit/builders.js';
import { inspectExchange } from './redteam-kit/inspect.js';

// An SQL injection probe tests how a server builds a statement from an argument. The body of a file a call
// writes (a filter's test fixtures, a WAF rule's examples) reaches no statement (rules' `written-files`);
// the same probe in a query, an id, a search or a one-line field beside a path still blocks.
const guard = createGuard({ profile: 'balanced' });
const verdict = async (name: string, args: Record<string, unknown>): Promise<string> => (await inspectExchange(guard, call(name, args))).action;
const fixtures = "import { describe, it, expect } from 'vitest';\nimport { sanitize } from '../src/sanitize';\n\nconst payloads = [\"1' OR '1'='1\", \"x'); DROP TABLE users;--\", \"1 UNION SELECT NULL,NULL--\", \"' or sleep(5)#\"];\n\ndescribe('sanitize', () => {\n  it.each(payloads)('rejects %s', (p) => expect(sanitize(p)).toBeNull());\n});\n";

describe('SQL probes in a file written', () => {
  it.each([
    ['a test of the sanitizer', 'write_file', { path: 'test/sanitize.test.ts', content: fixtures }],
    ['a WAF rule file with examples', 'write_file', { path: 'waf/sqli.conf', content: "# blocks classic probes such as admin' OR '1'='1 and '; WAITFOR DELAY '0:0:5'--\nSecRule ARGS \"@detectSQLi\" \"id:1001,deny\"\n" }],
    ['an edit adding a fixture line', 'edit_file', { path: 'test/fixtures/login.json', old_string: '[\n  "alice"\n]', new_string: '[\n  "alice",\n  "admin\' --\' ; DROP TABLE users"\n]' }],
  ])('passes %s', async (_what, name, args) => expect(await verdict(name, args)).not.toBe('block'));

  it.each([
    ['a probe in a query', 'search_orders', { q: "shoes' OR '1'='1" }],
    ['a probe in an id', 'get_user', { id: "7'; DROP TABLE users;--" }],
    ['a one-line filter beside a path', 'query_table', { path: 'data/orders.db', filter: "x' UNION SELECT NULL,NULL--" }],
    ['a delay probe in a name', 'lookup', { name: "bob' and sleep(5)#" }],
  ])('blocks %s', async (_what, name, args) => expect(await verdict(name, args)).toBe('block'));
});
