import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { describe, expect, it } from 'vitest';

import { createGuard } from '../src/index.js';
import { definitionKey } from '../src/state/definitions.js';
import { KeyedPart, keyedName, keyedParts, keyedTools } from '../src/state/inventory.js';
import { pinTools } from '../src/stateful/lockfile.js';

// A full collection on demand, so what pins keep is measured rather than what happens to be collected.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const description = `Opaque cursor from the previous page; ${'leave empty for the first page. '.repeat(250)}`;
const tools = 500;

/** The pins of a list of tools that repeat one long argument description, made from its JSON text (a string per occurrence). */
function pinsOfParsedList(): unknown {
  const list = {
    tools: Array.from({ length: tools }, (_, i) => ({
      name: `tool_${i}`,
      inputSchema: { type: 'object', properties: { cursor: { type: 'string', description } } },
    })),
  };
  const pins = pinTools(JSON.parse(JSON.stringify(list)));
  fillDefinitionKeys('after');
  return pins;
}

/**
 * Definition keys keep a copy of the definitions they were made from (at most 4096, the oldest first out):
 * filled with as many small definitions before and after, they hold as much as before and none of the list's.
 */
function fillDefinitionKeys(prefix: string): void {
  for (let i = 0; i < 5000; i++) definitionKey({ name: `${prefix}_${i}` });
}

describe('what pins keep', () => {
  it('keeps an argument description that a list repeats across its tools once, not once per tool', () => {
    fillDefinitionKeys('before');
    collect();
    const before = process.memoryUsage().heapUsed;
    const pins = pinsOfParsedList();
    collect();
    const retained = process.memoryUsage().heapUsed - before;
    // One copy per tool would keep tools × description.length bytes (4 MB); one shared copy and the pins' objects far less.
    expect(retained).toBeLessThan((tools * description.length) / 4);
    expect(Object.keys(pins as object)).toHaveLength(tools);
  });

  it('gives lists of the same tools one list of names and keys, and a list that changed a tool its own', () => {
    const listed = (description: string) => JSON.parse(JSON.stringify([{ name: 'a', inputSchema: { type: 'object' } }, { name: 'b', description }])) as unknown[];
    const first = keyedTools(listed('reads b'));
    // Other servers' lists in between.
    for (let i = 0; i < 5; i++) keyedTools(JSON.parse(JSON.stringify([{ name: `other_${i}` }])) as unknown[]);
    expect(keyedTools(listed('reads b'))).toBe(first);
    const changed = keyedTools(listed('reads b, then writes it'));
    expect(changed).not.toBe(first);
    expect([0, 1].map((i) => keyedName(changed!, i))).toEqual(['a', 'b']);
    expect(changed?.names).toBeUndefined();
    expect(changed?.keys[0]).toBe(first?.keys[0]);
  });

  it('keeps the names of a list only when one is not its key\'s, and reads what a tool has from its key', () => {
    const long = `read_${'x'.repeat(300)}`;
    const tools = JSON.parse(
      JSON.stringify([{ name: 'a', annotations: { readOnlyHint: true } }, { name: long, inputSchema: { type: 'object' } }, { name: 'c', inputSchema: null, annotations: null }, 7]),
    ) as unknown[];
    const keyed = keyedTools(tools)!;
    expect(keyed.keys).toHaveLength(3);
    expect(keyed.names).toEqual(['a', long, 'c']);
    expect([0, 1, 2].map((i) => keyedName(keyed, i))).toEqual(['a', long, 'c']);
    expect(keyed.keys.map(keyedParts)).toEqual([KeyedPart.Annotations, KeyedPart.Schema, KeyedPart.Schema]);
    expect(keyed.protoAnnotations).toBe(false);
    expect(keyedTools(JSON.parse('[{"name":"p","annotations":{"__proto__":{"readOnlyHint":true}}}]') as unknown[])?.protoAnnotations).toBe(true);
  });

  it('keeps none of a list\'s own descriptions for a new session of a server whose tools it knows', async () => {
    const long = (i: number) => `Reads the ${i}th kind of record and returns it as JSON; ${'it pages through long results. '.repeat(60)}`;
    const text = JSON.stringify({ jsonrpc: '2.0', id: 1, result: { tools: Array.from({ length: 20 }, (_, i) => ({ name: `read_${i}`, description: long(i), inputSchema: { type: 'object' } })) } });
    const guard = createGuard({ profile: 'balanced' });
    const list = (session: number) => guard.inspect(text, { from: 'server', sessionId: `s${session}`, serverId: 'files' });
    for (let s = 0; s < 50; s++) await list(s);
    collect();
    const before = process.memoryUsage().heapUsed;
    const sessions = 200;
    for (let s = 50; s < 50 + sessions; s++) await list(s);
    collect();
    const perSession = (process.memoryUsage().heapUsed - before) / sessions;
    // Each session's inventory keeps its own state, not its list's 20 descriptions (~38 KB of text).
    expect(perSession).toBeLessThan(20 * long(0).length / 4);
  });
});
