// stableJson (the text tool definitions are hashed and pinned by) sorts keys by insertion for small
// objects now; it must write exactly what the version it replaced wrote, kept here as the reference. A pin
// is now a sorted copy of the definition written natively, not a parse of its stable text: it must hold
// and hash exactly what the parse gave (the lockfile format is unchanged). A pin of a definition with a
// key writes its hash, schema and annotations from the key when first read: whatever is read first, and
// however it is read (JSON, spread, a store's check), it must give the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { definitionKey } from '../src/state/definitions.js';
import { argumentKinds, copyJson, definitionHash, inventoryOf, sortedCopy, stableJson } from '../src/state/inventory.js';
import { sha256Hex } from '../src/state/sha256.js';
import { firstToolPins, pinTool, pinTools, pinsJson, readPins, type StoredPins, StoredPinsSchema, toolsMatchPins } from '../src/stateful/lockfile.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function referenceStableJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += referenceStableJson(value[i]);
    }
    return `${out}]`;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      out += `${i > 0 ? ',' : ''}${JSON.stringify(k)}:${referenceStableJson(value[k])}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// Keys of every kind: digits (integer-like keys come first in an object), case, non-ASCII, surrogates.
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('10', '2', 'B', 'a', 'é', '\ud83d\ude00', '__proto__x'));
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 6 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(key, tie('node'), { maxKeys: 24 }),
  ),
})).node;

describe('stableJson', () => {
  it('writes what the sort-based version wrote, for objects of any size and keys of any kind', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(stableJson(v)).toBe(referenceStableJson(v));
      }),
      { numRuns: 3000 },
    );
  });
});

// Plain JSON (what a parsed message holds): no undefined, no NaN or infinities; -0 and every kind of key,
// own `__proto__` members included (as JSON.parse makes them).
const plainKey = fc.oneof(key, fc.constantFrom('__proto__', '0', '01', '4294967295', '-1', '1.5'));
const plain = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 6 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(plainKey, tie('node'), { maxKeys: 24 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown),
  ),
})).node;
const tool = fc.record(
  { name: fc.string({ maxLength: 8 }), description: fc.string({ maxLength: 8 }), inputSchema: plain, annotations: plain, title: plain },
  { requiredKeys: ['name'] },
);

/** pinTool as it was: the stable texts of schema and annotations, read back by JSON.parse. */
function referencePin(t: Record<string, unknown>): Record<string, unknown> {
  const schema = t['inputSchema'] === undefined ? undefined : referenceStableJson(t['inputSchema']);
  const annotations = isRecord(t['annotations']) ? referenceStableJson(t['annotations']) : undefined;
  return {
    hash: `sha256:${sha256Hex(referenceStableJson(t))}`,
    ...(typeof t['description'] === 'string' ? { description: t['description'] } : {}),
    // Pinned since stop 59 (a title changed after pinning is drift): written after the description.
    ...(typeof t['title'] === 'string' ? { title: t['title'] } : {}),
    ...(schema !== undefined ? { inputSchema: JSON.parse(schema) as unknown } : {}),
    ...(annotations !== undefined ? { annotations: JSON.parse(annotations) as unknown } : {}),
  };
}

/** Key order and values alike, own `__proto__` members included. */
const sameJson = (a: unknown, b: unknown): void => {
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(a).toStrictEqual(b);
};

describe('sortedCopy', () => {
  it('gives what parsing the stable text gave, and the stable text, for plain JSON of any shape', () => {
    fc.assert(
      fc.property(plain, (v) => {
        const sorted = sortedCopy(v);
        expect(sorted.text).toBe(referenceStableJson(v));
        sameJson(sorted.copy, JSON.parse(referenceStableJson(v)));
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts objects of many keys, nested in each other, as objects of a few', () => {
    // Two levels of objects with more keys than insertion sorts (16), mixed with small ones.
    const leafValue = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null));
    const inner = fc.dictionary(plainKey, leafValue, { minKeys: 0, maxKeys: 30 });
    const wide = fc.dictionary(plainKey, fc.oneof(leafValue, inner), { minKeys: 12, maxKeys: 40 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown);
    fc.assert(
      fc.property(wide, (v) => {
        const sorted = sortedCopy(v);
        expect(sorted.text).toBe(referenceStableJson(v));
        sameJson(sorted.copy, JSON.parse(referenceStableJson(v)));
      }),
      { numRuns: 500 },
    );
  });

  it('copies own members only, whatever a polluted Object.prototype lends', () => {
    const value = JSON.parse('{"b":1,"a":{"d":[{"c":2}]}}') as unknown;
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['polluted'] = 'x';
    try {
      expect(sortedCopy(value).text).toBe('{"a":{"d":[{"c":2}]},"b":1}');
    } finally {
      delete prototype['polluted'];
    }
  });

  it('shares no object with the value it copies', () => {
    const schema = { type: 'object', properties: { b: { type: 'string' }, a: { enum: ['x', 'y'] } } };
    const copy = sortedCopy(schema).copy as typeof schema;
    schema.properties.a.enum.push('z');
    expect(copy.properties.a.enum).toEqual(['x', 'y']);
    expect(Object.keys(copy.properties)).toEqual(['a', 'b']);
  });
});

describe('copyJson', () => {
  it('gives what reading the JSON text back gave, for plain JSON of any shape', () => {
    fc.assert(
      fc.property(plain, (v) => {
        sameJson(copyJson(v), JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 3000 },
    );
  });

  it('shares no object with the value it copies', () => {
    const annotations = { title: 'x', hints: { list: [1, 2] } };
    const copy = copyJson(annotations) as typeof annotations;
    annotations.hints.list.push(3);
    expect(copy.hints.list).toEqual([1, 2]);
  });
});

describe('pinTool', () => {
  it('pins a parsed definition as the parse of its stable text did, with the same hash', () => {
    fc.assert(
      fc.property(tool, (t) => {
        const parsed = JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
        const pin = pinTool(parsed);
        sameJson(pin, referencePin(parsed));
        expect(definitionHash(JSON.parse(JSON.stringify(t)))).toBe(pin.hash);
      }),
      { numRuns: 2000 },
    );
  });

  it('pins a definition met again (its hash kept) as it pinned it first, alone or in a list', () => {
    fc.assert(
      fc.property(tool, (t) => {
        const text = JSON.stringify(t);
        const first = pinTool(JSON.parse(text) as Record<string, unknown>);
        const again = pinTool(JSON.parse(text) as Record<string, unknown>);
        const listed = pinTools({ tools: [JSON.parse(text)] })!;
        const reference = referencePin(JSON.parse(text) as Record<string, unknown>);
        sameJson(first, reference);
        sameJson(again, reference);
        sameJson(Object.values(listed)[0], reference);
      }),
      { numRuns: 1000 },
    );
  });

  it('pins a definition as the parse of its stable text did whichever member is read first (each is written when read)', () => {
    const members = fc.shuffledSubarray(['hash', 'inputSchema', 'annotations', 'description'] as const);
    fc.assert(
      fc.property(tool, members, fc.boolean(), (t, order, forgotten) => {
        const parsed = JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
        const pin = pinTool(parsed) as Record<string, unknown>;
        // The definition's key forgotten by the store before the pin is read: the pin still has it.
        if (forgotten) for (let i = 0; i < 5000; i++) definitionKey({ name: `forgetting_${i}` });
        for (const member of order) expect(JSON.stringify(pin[member])).toBe(JSON.stringify(referencePin(parsed)[member]));
        sameJson(pin, referencePin(parsed));
        expect(Object.keys(pin)).toEqual(Object.keys(referencePin(parsed)));
        sameJson({ ...pin }, referencePin(parsed));
      }),
      { numRuns: 300 },
    );
  });

  it('pins a definition made while Object.prototype lends a key as the parse of its stable text did', () => {
    const t = { name: 'lent', inputSchema: { type: 'object' }, annotations: { title: 'x' } };
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['lent'] = 'x';
    let pin: unknown;
    try {
      pin = pinTool(JSON.parse(JSON.stringify(t)) as Record<string, unknown>);
    } finally {
      delete prototype['lent'];
    }
    sameJson(pin, referencePin(t));
  });

  it('pins a definition that is not plain JSON (a Date, a NaN) as JSON would read it', () => {
    const t = { name: 'when', inputSchema: { type: 'object', default: new Date(0), maximum: Number.NaN }, annotations: { title: 'x' } };
    sameJson(pinTool(t), referencePin(t));
  });
});

describe('pins written by earlier builds', () => {
  it('are matched: a definition keeps the hash and pinned form the build of cbde78f wrote for it (with its title, pinned since)', () => {
    // Integer-like keys, -0, escapes, a line separator, a surrogate pair and non-ASCII text; unsorted keys.
    const sent = JSON.stringify({
      name: 'read_file',
      title: 'Read file',
      description: 'Reads a file. Ünïcode \u2028 and "quotes" and \\ back\ud83d\ude00',
      inputSchema: {
        type: 'object',
        properties: { path: { type: 'string', description: 'Path' }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 }, '10': { const: -0 }, '2': { enum: [1.5, true, null] } },
        required: ['path'],
        additionalProperties: false,
      },
      annotations: { readOnlyHint: true, destructiveHint: false },
    });
    const written =
      '{"hash":"sha256:6312797420fc5dccda0d510b9d67613b0b9d9efe17b77685c1cefafd42e93769","description":"Reads a file. Ünïcode \u2028 and \\"quotes\\" and \\\\ back\ud83d\ude00","title":"Read file",' +
      '"inputSchema":{"additionalProperties":false,"properties":{"2":{"enum":[1.5,true,null]},"10":{"const":0},"limit":{"default":50,"maximum":500,"minimum":1,"type":"integer"},"path":{"description":"Path","type":"string"}},"required":["path"],"type":"object"},' +
      '"annotations":{"destructiveHint":false,"readOnlyHint":true}}';
    expect(JSON.stringify(pinTool(JSON.parse(sent) as Record<string, unknown>))).toBe(written);
    // Again once its key keeps the hash: the hash alone, and the pin.
    expect(definitionHash(JSON.parse(sent))).toBe((JSON.parse(written) as { hash: string }).hash);
    expect(JSON.stringify(pinTool(JSON.parse(sent) as Record<string, unknown>))).toBe(written);
  });
});

describe('pins kept in a store', () => {
  // A tool named __proto__ among them now and then (an own member of the checked form, not of the pins).
  const named = fc.oneof({ weight: 4, arbitrary: tool }, { weight: 1, arbitrary: tool.map((t) => ({ ...t, name: '__proto__' })) });
  const list = fc.uniqueArray(named, { maxLength: 4, selector: (t) => t.name }).map((tools) => JSON.parse(JSON.stringify({ tools })) as { tools: Record<string, unknown>[] });

  it('read back as the checked copy of their JSON, the very object handed back or its text read again', () => {
    fc.assert(
      fc.property(list, fc.boolean(), (result, paged) => {
        const tools = pinTools(result)!;
        const json = pinsJson({ tools, ...(paged ? { paged } : {}), server: { name: 'server' } });
        const reread = readPins(JSON.parse(JSON.stringify(json)) as never);
        expect(reread).toStrictEqual(StoredPinsSchema.parse(JSON.parse(JSON.stringify(json))));
        sameJson(readPins(json), reread);
      }),
      { numRuns: 500 },
    );
  });

  it('match a list of the same definitions, and not one with any definition changed', () => {
    fc.assert(
      fc.property(list, tool, fc.nat(), (result, other, at) => {
        const pins = pinTools(result)!;
        const same = JSON.parse(JSON.stringify(result)) as { tools: Record<string, unknown>[] };
        expect(toolsMatchPins(pins, same, false)).toBe(true);
        if (same.tools.length === 0) return;
        const i = at % same.tools.length;
        const changed = { ...(JSON.parse(JSON.stringify(other)) as Record<string, unknown>), name: same.tools[i]!['name'] };
        same.tools[i] = changed;
        const differs = stableJson(changed) !== stableJson(result.tools[i]);
        expect(toolsMatchPins(pins, same, false)).toBe(!differs);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('first pins of a list', () => {
  // Now and then a tool that is not plain JSON (pinned as it is read) or named __proto__, and annotations with an own __proto__.
  const odd = fc.constantFrom<Record<string, unknown>>(
    { name: 'when', inputSchema: { default: new Date(0) } },
    { name: '__proto__', description: 'x' },
    JSON.parse('{"name":"proto_annotations","annotations":{"__proto__":{"a":1}}}') as Record<string, unknown>,
  );
  const listed = fc.array(fc.oneof({ weight: 12, arbitrary: tool }, { weight: 1, arbitrary: odd }), { maxLength: 6 });
  const earlier = fc.constantFrom<StoredPins>({}, { server: { name: 'server', version: '1' } }, { paged: true }, { server: { name: 'server' }, paged: false });
  const parsed = (tools: readonly unknown[]): Record<string, unknown> => ({ tools: tools.map((t) => (isRecord(t) && t['name'] === 'when' ? { ...t } : (JSON.parse(JSON.stringify(t)) as unknown))) });

  it('are what pinning the list and writing the pins gave, whichever is read first, also once the list changed', () => {
    const reads = fc.constantFrom('text', 'tools', 'read back', 'match');
    fc.assert(
      fc.property(listed, earlier, fc.boolean(), reads, (tools, pins, paged, first) => {
        const result = parsed(tools);
        const stored = firstToolPins(pins, result, paged) as StoredPins;
        const reference = pinsJson({ ...pins, tools: pinTools(parsed(tools))!, ...(paged ? { paged } : {}) }) as StoredPins;
        // What is listed later is another answer: the stored pins hold the list as it was.
        for (const t of result['tools'] as Record<string, unknown>[]) t['description'] = 'changed';
        if (first === 'tools') sameJson(stored.tools, reference.tools);
        if (first === 'read back') sameJson(readPins(stored as never), readPins(reference as never));
        if (first === 'match') expect(toolsMatchPins(readPins(stored as never).tools!, parsed(tools), !paged)).toBe(toolsMatchPins(readPins(reference as never).tools!, parsed(tools), !paged));
        expect(JSON.stringify(stored)).toBe(JSON.stringify(reference));
        expect(Object.keys(stored)).toEqual(Object.keys(reference));
        sameJson(readPins(stored as never), readPins(JSON.parse(JSON.stringify(reference)) as never));
        sameJson({ ...stored.tools }, { ...reference.tools });
      }),
      { numRuns: 1000 },
    );
  });

  it('take the pins written to them in place of those they would make', () => {
    const stored = firstToolPins({}, { tools: [{ name: 'a', description: 'first' }] }, false) as { tools: unknown };
    stored.tools = { b: { hash: 'sha256:0' } };
    expect(JSON.stringify(stored)).toBe('{"tools":{"b":{"hash":"sha256:0"}}}');
  });
});

describe('tool records', () => {
  it('hold the hash and argument kinds of the definition, written when first read, and read as the record made with them', () => {
    // Argument descriptions that name kinds, so records have some to learn.
    const described = fc.record({
      name: fc.string({ maxLength: 8 }),
      inputSchema: fc.record({ type: fc.constant('object'), properties: fc.dictionary(plainKey, fc.record({ description: fc.constantFrom('Path of the file', 'URL to fetch', 'Shell command to run', 'x'), format: fc.constantFrom('uri', 'text') }, { requiredKeys: [] })) }),
      annotations: plain,
    }, { requiredKeys: ['name'] });
    fc.assert(
      fc.property(fc.oneof(tool, described), fc.boolean(), (t, hashFirst) => {
        const text = JSON.stringify(t);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const record = inventoryOf({ tools: [JSON.parse(text)] }, 's', 0)!.tools[t.name]!;
        const hash = `sha256:${sha256Hex(referenceStableJson(parsed))}`;
        if (hashFirst) expect(record.hash).toBe(hash);
        expect(record.arguments).toStrictEqual(argumentKinds(parsed['inputSchema']));
        expect(record.annotations).toStrictEqual(isRecord(parsed['annotations']) ? parsed['annotations'] : undefined);
        expect(record.hash).toBe(hash);
        const made = { name: t.name, hash, arguments: argumentKinds(parsed['inputSchema']), ...(isRecord(parsed['annotations']) ? { annotations: parsed['annotations'] } : {}) };
        expect(JSON.stringify(record)).toBe(JSON.stringify(made));
        expect(JSON.stringify(inventoryOf({ tools: [JSON.parse(text)] }, 's', 0)!.tools[t.name])).toBe(JSON.stringify(made));
      }),
      { numRuns: 500 },
    );
  });

  it('of a list are what recording each tool as it is read gave, also once the list changed', () => {
    const odd = fc.constantFrom<Record<string, unknown>>({ name: 'when', inputSchema: { default: new Date(0) } }, { name: '__proto__', description: 'x' });
    const listed = fc.array(fc.oneof({ weight: 12, arbitrary: tool }, { weight: 1, arbitrary: odd }), { maxLength: 6 });
    fc.assert(
      fc.property(listed, fc.boolean(), (tools, toolsFirst) => {
        const result = { tools: tools.map((t) => (t['name'] === 'when' ? { ...t } : (JSON.parse(JSON.stringify(t)) as Record<string, unknown>))) };
        const inventory = inventoryOf(result, 's', 7)!;
        const records: Record<string, unknown> = {};
        for (const t of tools) {
          const read = JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
          records[t['name'] as string] = {
            name: t['name'],
            hash: `sha256:${sha256Hex(referenceStableJson(t))}`,
            arguments: argumentKinds(t['inputSchema']),
            ...(isRecord(read['annotations']) ? { annotations: read['annotations'] } : {}),
          };
        }
        for (const t of result.tools) t['inputSchema'] = { properties: { url: { format: 'uri' } } };
        if (toolsFirst) expect(JSON.stringify(inventory.tools)).toBe(JSON.stringify(records));
        expect(JSON.stringify(inventory)).toBe(JSON.stringify({ serverId: 's', tools: records, updatedAt: 7 }));
        expect(Object.keys(inventory)).toEqual(['serverId', 'tools', 'updatedAt']);
        for (const t of tools) expect(inventory.tools[t['name'] as string]!.arguments).toStrictEqual((records[t['name'] as string] as { arguments: unknown }).arguments);
      }),
      { numRuns: 500 },
    );
  });

  it('hold annotations as reading their JSON text back gives them, -0 as 0, whichever member is read first', () => {
    for (const first of ['annotations', 'arguments'] as const) {
      const record = inventoryOf({ tools: [{ name: `negative zero ${first}`, inputSchema: { properties: { url: { format: 'uri' } } }, annotations: { weight: -0, list: [-0] } }] }, 's', 0)!.tools[`negative zero ${first}`]!;
      void record[first];
      expect(record.annotations).toStrictEqual({ weight: 0, list: [0] });
      expect(record.arguments).toStrictEqual({ url: ['url'] });
    }
  });
});
