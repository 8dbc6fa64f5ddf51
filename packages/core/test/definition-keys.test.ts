// Tool definitions are remembered by a key object that every definition with the same JSON (members in
// the same order) shares, found by comparing with a copy instead of writing the definition's JSON text.
// The key must tell definitions apart exactly as their JSON text as sent did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { definitionKey, keyParsedDefinitions } from '../src/state/definitions.js';

// Few names, so definitions share the buckets keys are looked up in; values of every JSON kind.
const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const json = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'type', '0', '10', '__proto__', 'é'), tie('node'), { maxKeys: 4 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown),
  ),
})).node;
const tool = fc.record({ name: fc.constantFrom('read', 'write', 'list'), description: fc.string({ maxLength: 4 }), inputSchema: json }, { requiredKeys: ['name'] });
/** A copy as another parse of the same text makes it. */
const reparsed = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('definitionKey', () => {
  it('gives two definitions the same key exactly when their JSON texts are the same', () => {
    fc.assert(
      fc.property(tool, tool, fc.boolean(), (a, b, sameText) => {
        const other = sameText ? reparsed(a) : b;
        const ka = definitionKey(a);
        const kb = definitionKey(other);
        expect(ka).toBeDefined();
        expect(ka === kb).toBe(JSON.stringify(a) === JSON.stringify(other));
      }),
      { numRuns: 4000 },
    );
  });

  it('tells members in another order apart, as their texts differ', () => {
    expect(definitionKey({ name: 'order', a: 1, b: 2 })).not.toBe(definitionKey({ name: 'order', b: 2, a: 1 }));
  });

  it('gives nothing that is not plain JSON a key, nor the key of the JSON text it would write', () => {
    class Schema {
      type = 'object';
    }
    const holey: unknown[] = [1];
    holey[2] = 3;
    const plain = { name: 'when', value: '1970-01-01T00:00:00.000Z' };
    expect(definitionKey(plain)).toBeDefined();
    const others: object[] = [
      { name: 'when', value: new Date(0) },
      { name: 'when', value: Number.NaN },
      { name: 'when', value: Number.POSITIVE_INFINITY },
      { name: 'when', value: undefined },
      { name: 'when', value: new String('x') },
      { name: 'when', value: new Schema() },
      { name: 'when', value: holey },
      { name: 'when', value: () => 1 },
      new Schema(),
    ];
    for (const value of others) expect(definitionKey(value)).toBeUndefined();
  });

  it('keeps a copy, so a definition changed after it was keyed is not mistaken for the one first seen', () => {
    const first = { name: 'mutable', inputSchema: { type: 'object', properties: { path: { type: 'string' } } } };
    const key = definitionKey(first);
    const again = reparsed(first);
    first.inputSchema.properties.path.type = 'number';
    expect(definitionKey(again)).toBe(key);
    expect(definitionKey(reparsed(first))).not.toBe(key);
  });

  it('gives a definition asked for again the same key, however many were asked for in between', () => {
    fc.assert(
      fc.property(fc.array(tool, { minLength: 1, maxLength: 150 }), fc.nat(200), (tools, between) => {
        // A name each: a name files at most four definitions.
        const definitions = tools.map((t, i) => reparsed({ ...t, name: `${t.name}_${i}` }));
        const keys = definitions.map((d) => definitionKey(d));
        for (let i = 0; i < between; i++) definitionKey({ name: `between_${i % 7}`, description: String(i) });
        definitions.forEach((d, i) => expect(definitionKey(d)).toBe(keys[i]));
        definitions.forEach((d, i) => expect(definitionKey(reparsed(d))).toBe(keys[i]));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same objects asked for again in any order the keys they were given first', () => {
    // Layers ask for a list's tools mostly in the order the first one did: the slot after the last one
    // found is tried first, and any other order must find the same keys.
    fc.assert(
      fc.property(fc.array(tool, { minLength: 1, maxLength: 80 }), fc.array(fc.nat(), { maxLength: 300 }), (tools, asks) => {
        const definitions = tools.map((t, i) => reparsed({ ...t, name: `${t.name}_${i}` }));
        const keys = definitions.map((d) => definitionKey(d));
        for (const ask of asks) expect(definitionKey(definitions[ask % definitions.length]!)).toBe(keys[ask % definitions.length]);
        definitions.forEach((d, i) => expect(definitionKey(d)).toBe(keys[i]));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a definition found again, however many were keyed since it was first', () => {
    const listed = { name: 'listed_every_session', description: 'Reads a file.' };
    const key = definitionKey(listed);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3000; i++) definitionKey({ name: `passing_${round}_${i}`, description: 'x' });
      expect(definitionKey(reparsed(listed))).toBe(key);
    }
  });

  it('tells definitions apart and gives them back past the most key sequences it shares between copies', () => {
    // Each definition brings key sequences of its own: the shared tree of them starts again several times.
    const unusual = (i: number) => ({ name: `shaped_${i % 7}`, inputSchema: { [`k${i}`]: { [`a${i}`]: i, [`b${i}`]: [{ [`c${i}`]: null }] } } });
    const keys = Array.from({ length: 3000 }, (_, i) => definitionKey(unusual(i)));
    for (let i = 0; i < 3000; i += 97) {
      expect(keys[i]!.value()).toEqual(unusual(i));
      expect(keys[i]!.matches(reparsed(unusual(i)))).toBe(true);
      expect(keys[i]!.matches(unusual(i + 1))).toBe(false);
      // The same keys in another order, and one key more, are other definitions.
      const { name, inputSchema } = unusual(i);
      expect(keys[i]!.matches({ inputSchema, name })).toBe(false);
      expect(keys[i]!.matches({ ...unusual(i), extra: 1 })).toBe(false);
    }
  });

  it('keys no definition over 16 Ki or nested deeper than 64', () => {
    expect(definitionKey({ name: 'big', description: 'x'.repeat(16 * 1024) })).toBeUndefined();
    expect(definitionKey({ name: 'long', inputSchema: { enum: Array.from({ length: 100_000 }, (_, i) => i % 10) } })).toBeUndefined();
    expect(definitionKey({ name: 'wide', inputSchema: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, true])) })).toBeUndefined();
    expect(definitionKey({ name: 'flags', inputSchema: { enum: Array.from({ length: 4000 }, () => false) } })).toBeUndefined();
    let deep: unknown = 'leaf';
    for (let i = 0; i < 70; i++) deep = { deep };
    expect(definitionKey({ name: 'deep', inputSchema: deep })).toBeUndefined();
    expect(definitionKey({ name: 'fits', description: 'x'.repeat(8 * 1024) })?.size).toBeGreaterThan(8 * 1024);
  });

  it('recognizes every tool of a list of 1000 the next time it is listed, and forgets the oldest past 4096', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ name: `tool_${i}`, description: `Does thing ${i}.`, inputSchema: { type: 'object' } }));
    const keys = list.map((t) => definitionKey(t));
    expect(reparsed(list).map((t) => definitionKey(t))).toEqual(keys);
    for (let i = 0; i < 4096; i++) definitionKey({ name: `other_${i}`, description: 'x' });
    expect(definitionKey(reparsed(list[0]!))).not.toBe(keys[0]);
  });

  it('counts the size of a definition as its members and numbers write, integers counted without writing them', () => {
    // The size as first counted: every number written out by String.
    const reference = (v: unknown): number => {
      if (typeof v === 'string') return v.length + 2;
      if (typeof v === 'number') return String(v).length;
      if (typeof v === 'boolean' || v === null) return 5;
      if (Array.isArray(v)) return 1 + v.length + v.reduce((sum: number, item) => sum + reference(item), 0);
      const record = v as Record<string, unknown>;
      return 1 + Object.keys(record).reduce((sum, k) => sum + 1 + k.length + 3 + reference(record[k]), 0);
    };
    const number = fc.oneof(fc.integer(), fc.integer({ min: -1e9 - 2, max: -1e9 + 2 }), fc.integer({ min: 1e9 - 2, max: 1e9 + 2 }), fc.constantFrom(-0, 0, 9, 10, -10, 99, 100), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(number, { maxLength: 6 }), fc.string({ maxLength: 6 }), (numbers, name) => {
        const definition = { name: `sized ${name}`, inputSchema: { numbers } };
        expect(definitionKey(definition)?.size).toBe(reference(definition));
      }),
      { numRuns: 2000 },
    );
  });

  it('copies a definition whose getter asks for another key meanwhile as it reads, the other left without one', () => {
    const inner = { name: 'inner-asked', description: 'x' };
    const outer = { name: 'outer-asking' } as Record<string, unknown>;
    Object.defineProperty(outer, 'description', { enumerable: true, get: () => (definitionKey(inner), 'read') });
    const key = definitionKey(outer);
    expect(key).toBeDefined();
    expect(definitionKey({ name: 'outer-asking', description: 'read' })).toBe(key);
    expect(definitionKey(inner)).toBeUndefined();
    expect(definitionKey(reparsed(inner))).toBeDefined();
  });

  it('gives back the definition it was made from, as reading its JSON text back gives it', () => {
    // Deep and wide (more keys than an insertion sort takes), keys of every kind, -0 and large numbers.
    const key = fc.oneof(fc.string({ maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('__proto__', '0', '10', '01', 'é', '\ud83d\ude00'));
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-0, 1e21, -1e-7, 2 ** 53));
    const deep = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'medium' },
        fc.string({ maxLength: 5 }),
        number,
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 20 }).map((d) => JSON.parse(JSON.stringify(d)) as unknown),
      ),
    })).node;
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), deep, (name, schema) => {
        const definition = reparsed({ name, inputSchema: schema });
        const value = definitionKey(definition)?.value();
        expect(JSON.stringify(value)).toBe(JSON.stringify(definition));
        expect(value).toStrictEqual(reparsed(definition));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a string member of the definition in place, as the definition holds it, and nothing for another member', () => {
    const member = fc.constantFrom('name', 'description', 'title', 'inputSchema', 'annotations', 'missing');
    fc.assert(
      fc.property(tool, json, fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), member, (made, annotations, title, name) => {
        // Members in any order, nested values before and after the one read.
        const definition = reparsed({ inputSchema: made.inputSchema, ...made, annotations, ...(title === undefined ? {} : { title }) });
        const key = definitionKey(definition);
        const value = (definition as Record<string, unknown>)[name];
        expect(key?.stringMember(name)).toBe(typeof value === 'string' ? value : undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the strings of a copy as they were, however alike the strings met before (equal ones are kept once)', () => {
    // Argument descriptions of 16 or more characters, of few lengths and alike at their ends and middle,
    // so many share a slot of the table strings are kept once in; each copy must still read its own.
    const alike = fc
      .tuple(fc.constantFrom('Path of the file', 'Opaque pagination cursor', 'x'.repeat(40)), fc.stringMatching(/^[ab]{0,3}$/), fc.constantFrom('', ' (a)', ' (b)'))
      .map(([start, middle, end]) => `${start}${middle}${start.slice(0, 3)}${end}`);
    const schema = fc.dictionary(fc.constantFrom('path', 'cursor', 'limit'), fc.record({ description: alike }), { minKeys: 1, maxKeys: 3 });
    fc.assert(
      fc.property(fc.array(schema, { minLength: 1, maxLength: 6 }), (schemas) => {
        const definitions = schemas.map((properties, i) => reparsed({ name: `alike_${i}`, inputSchema: { type: 'object', properties } }));
        const keys = definitions.map((d) => definitionKey(d));
        for (let i = 0; i < definitions.length; i++) expect(JSON.stringify(keys[i]!.value())).toBe(JSON.stringify(definitions[i]));
      }),
      { numRuns: 1000 },
    );
  });

  it('tells whether its copy holds own members only, not those a polluted Object.prototype lends', () => {
    expect(definitionKey({ name: 'clean', description: 'x' })?.own).toBe(true);
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['lent'] = 'x';
    try {
      expect(definitionKey({ name: 'lending', description: 'x' })?.own).toBe(false);
    } finally {
      delete prototype['lent'];
    }
  });

  it('keeps at most four definitions of one name, the latest', () => {
    const versions = Array.from({ length: 6 }, (_, i) => ({ name: 'versioned', description: `version ${i}` }));
    const keys = versions.map((v) => definitionKey(v));
    expect(definitionKey(reparsed(versions[5]!))).toBe(keys[5]);
    expect(definitionKey(reparsed(versions[2]!))).toBe(keys[2]);
    expect(definitionKey(reparsed(versions[0]!))).not.toBe(keys[0]);
  });

  it('keys the tools of a parsed list as asking for each one keys it, and the layers find those keys', () => {
    fc.assert(
      fc.property(fc.array(tool, { maxLength: 8 }), (tools) => {
        // One name each: a name keeps four definitions at most, which would let a fifth one's key go.
        const text = JSON.stringify(tools.map((t, i) => ({ ...t, name: `${t.name} ${i}` })));
        const parsed = JSON.parse(text) as object[];
        keyParsedDefinitions(parsed);
        const keys = parsed.map((t) => definitionKey(t));
        const again = (JSON.parse(text) as object[]).map((t) => definitionKey(t));
        expect(again).toEqual(keys);
        for (let i = 0; i < keys.length; i++) expect(keys[i]?.value()).toEqual(JSON.parse(JSON.stringify(parsed[i])));
      }),
      { numRuns: 500 },
    );
  });

  it('tells a parsed definition from the copies of its name exactly as their JSON texts differ, whatever its description holds', () => {
    // One name for all, and descriptions of every kind: a string, another value, none.
    const described = fc.record({ description: fc.oneof(fc.string({ maxLength: 3 }), json), inputSchema: json }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(described, { minLength: 1, maxLength: 4 }), described, (before, after) => {
        const texts = [...before, after].map((d) => JSON.stringify({ name: 'one release after another', ...d }));
        const keys = texts.map((text) => {
          const list = JSON.parse(`[${text}]`) as object[];
          keyParsedDefinitions(list);
          return definitionKey(list[0]!);
        });
        for (let i = 0; i < before.length; i++) expect(keys[i] === keys[before.length]).toBe(texts[i] === texts[before.length]);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a list longer than the keys it remembers last to the layers', () => {
    const tools = JSON.parse(JSON.stringify(Array.from({ length: 65 }, (_, i) => ({ name: `long list ${i}` })))) as object[];
    keyParsedDefinitions(tools);
    // Not keyed ahead: the first ask makes the key, which a second ask finds.
    const key = definitionKey(tools[0]!);
    expect(key).toBeDefined();
    expect(definitionKey(tools[0]!)).toBe(key);
  });
  it('tells a key met again (a later definition matched its copy) from one only its own message met', () => {
    const text = JSON.stringify({ name: 'met again or not', description: 'Reads a page.', inputSchema: { type: 'object' } });
    const first = JSON.parse(text) as object;
    const key = definitionKey(first, true)!;
    expect(key.metAgain).toBe(false);
    // The same object asked again (the layers of one inspection) is no new sighting.
    expect(definitionKey(first)).toBe(key);
    expect(key.metAgain).toBe(false);
    // Another definition of the name with other members is another key, met once.
    const changed = definitionKey(JSON.parse(text.replace('a page', 'two pages')) as object)!;
    expect(changed).not.toBe(key);
    expect(key.metAgain || changed.metAgain).toBe(false);
    // A new parse of the same text, in a later message, finds the key.
    expect(definitionKey(JSON.parse(text) as object, true)).toBe(key);
    expect(key.metAgain).toBe(true);
  });
});
