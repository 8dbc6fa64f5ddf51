import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { describe, expect, it } from 'vitest';

import { definitionKey } from '../src/state/definitions.js';
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
});
