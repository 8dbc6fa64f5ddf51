// The value walk of extraction was rewritten for fewer allocations (parallel stacks, one path per key).
// It must give exactly what the walk it replaced gave: that walk is kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { kindsOfKey } from '../src/values/classify.js';
import { extractParams, extractResult, type RawValue, rawSink, type ValueSink, walk, type WalkOptions } from '../src/values/extract.js';
import { Kind } from '../src/values/kinds.js';
import { pathOf, type ValuePath } from '../src/values/value-path.js';
import type { MessagePath } from '../src/types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const plainKey = /^[A-Za-z0-9_-]{1,64}$/;

/** The walk as it was before the rewrite (a tuple per pending node, a path per use). */
function referenceWalk(node: unknown, path: MessagePath, key: string, options: WalkOptions, out: RawValue[]): void {
  const own = options.byKey && key !== '' ? kindsOfKey(key) | (options.hints?.get(key) ?? 0) : 0;
  const stack: [unknown, MessagePath, string, number][] = [[node, path, key, own]];
  while (stack.length) {
    const [value, at, name, inherited] = stack.pop()!;
    if (typeof value === 'string') {
      out.push({ path: at, key: name, raw: value, kinds: options.kinds | inherited, byShape: options.byShape });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...at, i], name, inherited]);
    } else if (isRecord(value)) {
      const entries = Object.keys(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const k = entries[i]!;
        if (options.skip?.has(k) || options.skipIf?.(value, k, value[k])) continue;
        let bits = inherited;
        if (options.byKey) bits |= kindsOfKey(k) | (options.hints?.get(k) ?? 0);
        // One path for a key and its value: the walk gives both the same array.
        const child = [...at, k];
        if (options.keys) {
          if (options.keywords === undefined || name === 'properties' || !options.keywords.has(k)) out.push({ path: child, key: k, raw: k, kinds: Kind.Identifier | options.kinds, byShape: false });
        } else if (options.byShape && !plainKey.test(k)) {
          out.push({ path: child, key: name, raw: k, kinds: Kind.Identifier, byShape: true });
        }
        stack.push([value[k], child, k, bits]);
      }
    }
  }
}

const key = fc.oneof(fc.constantFrom('path', 'url', 'command', 'type', 'description', 'properties', 'data', 'uri', '../../etc/passwd', 'rm -rf /', 'a b'), fc.string({ maxLength: 8 }));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
})).value;
const options = fc.record({
  kinds: fc.constantFrom(0, Kind.Text, Kind.ToolMetadata | Kind.Text, Kind.Url),
  byKey: fc.boolean(),
  byShape: fc.boolean(),
  keys: fc.boolean(),
  keywords: fc.option(fc.constant(new Set(['type', 'description', 'properties'])), { nil: undefined }),
  skip: fc.option(fc.constant(new Set(['type', 'uri'])), { nil: undefined }),
  skipIf: fc.option(fc.constant((parent: Record<string, unknown>, k: string) => k === 'data' && parent['type'] === 'image'), { nil: undefined }),
  hints: fc.option(fc.constant(new Map([['url', Kind.Url], ['path', Kind.Path]])), { nil: undefined }),
});

/** A value with its path as an array (the walk makes the array when it is read). */
const read = (v: RawValue) => ({ ...v, path: pathOf(v.path) });
/** The first value whose path is the same array as this value's. */
const sharing = (v: RawValue, _i: number, all: readonly RawValue[]) => all.findIndex((w) => pathOf(w.path) === pathOf(v.path));

/** For each path, the first index holding the same array ({@link sharing} in linear time, for long lists). */
const firstOfEach = (paths: readonly MessagePath[]): number[] => {
  const first = new Map<MessagePath, number>();
  return paths.map((path, i) => {
    if (!first.has(path)) first.set(path, i);
    return first.get(path)!;
  });
};

describe('value walk', () => {
  it('gives the strings, paths, keys and kinds the walk it replaced gave, in the same order', () => {
    fc.assert(
      fc.property(json, key, options, (value, start, walkOptions) => {
        const got: RawValue[] = [];
        const expected: RawValue[] = [];
        walk(value, ['result'], start, walkOptions as WalkOptions, rawSink(got));
        referenceWalk(value, ['result'], start, walkOptions as WalkOptions, expected);
        expect(got.map(read)).toEqual(expected.map(read));
        // Values at one node share one path array, and values at different nodes never do.
        expect(got.map(sharing)).toEqual(expected.map(sharing));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the paths of an answer of more nodes than the walk first has room for, and of a small one, alike', () => {
    const options: WalkOptions = { kinds: Kind.Text, byKey: false, byShape: false, keys: true };
    for (const size of [3, 50, 2000]) {
      const value = { items: Array.from({ length: size }, (_, i) => ({ name: `n${i}`, tags: [`t${i}`, { deep: `d${i}` }] })) };
      const got: RawValue[] = [];
      const expected: RawValue[] = [];
      walk(value, ['result'], '', options, rawSink(got));
      referenceWalk(value, ['result'], '', options, expected);
      expect(got.map(read)).toEqual(expected.map(read));
      expect(firstOfEach(got.map((v) => pathOf(v.path)))).toEqual(firstOfEach(expected.map((v) => pathOf(v.path))));
      // Read after the walk ended, as a finding reads them: from the table the walk left.
      const late: { path: ValuePath; key: string }[] = [];
      const sink: ValueSink = { paths: undefined, add: (path, key) => void late.push({ path, key }) };
      walk(value, ['result'], '', options, sink);
      expect(late.map((v) => pathOf(v.path, sink.paths))).toEqual(expected.map((v) => v.path));
      expect(firstOfEach(late.map((v) => pathOf(v.path, sink.paths)))).toEqual(firstOfEach(expected.map((v) => pathOf(v.path))));
    }
  });

  it('gives a message JSON.parse made the same values whether or not it is told so', () => {
    fc.assert(
      fc.property(json, key, options, (value, start, walkOptions) => {
        const parsed: unknown = JSON.parse(JSON.stringify({ value }) ?? 'null');
        const told: RawValue[] = [];
        const asked: RawValue[] = [];
        walk(parsed, ['result'], start, walkOptions as WalkOptions, rawSink(told), true);
        walk(parsed, ['result'], start, walkOptions as WalkOptions, rawSink(asked));
        expect(told.map(read)).toEqual(asked.map(read));
        const toldParams: RawValue[] = [];
        const askedParams: RawValue[] = [];
        extractParams('tools/call', { arguments: parsed }, undefined, rawSink(toldParams), true);
        extractParams('tools/call', { arguments: parsed }, undefined, rawSink(askedParams));
        expect(toldParams).toEqual(askedParams);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a request its values at the paths the walk it replaced gave, as arrays', () => {
    fc.assert(
      fc.property(json, (args) => {
        const got: RawValue[] = [];
        extractParams('tools/call', { arguments: args }, undefined, rawSink(got));
        const expected: RawValue[] = [];
        referenceWalk(args, ['params', 'arguments'], '', { kinds: 0, byKey: true, byShape: true, hints: undefined }, expected);
        expect(got.every((v) => Array.isArray(v.path))).toBe(true);
        expect(got).toEqual(expected);
        expect(got.map(sharing)).toEqual(expected.map(sharing));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the own keys of objects of any prototype, also when Object.prototype has an enumerable key', () => {
    class Holder {
      constructor(readonly path: string, readonly note: string) {}
    }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { url: 'https://x.example/', b: ['y'] });
    const value = { bare, holder: new Holder('/etc/hosts', 'a note'), inherits: Object.create({ hidden: 'not own' }) as unknown, plain: { 'a b': 'c' } };
    const options: WalkOptions = { kinds: 0, byKey: true, byShape: true };
    const expected: RawValue[] = [];
    referenceWalk(value, ['result'], '', options, expected);
    const got: RawValue[] = [];
    walk(value, ['result'], '', options, rawSink(got));
    expect(got.map(read)).toEqual(expected.map(read));
    expect(got.map((v) => v.raw)).not.toContain('not own');
    const polluted: RawValue[] = [];
    Object.defineProperty(Object.prototype, 'polluted', { value: 'from the prototype', enumerable: true, configurable: true, writable: true });
    try {
      walk(value, ['result'], '', options, rawSink(polluted));
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
    expect(polluted.map(read)).toEqual(expected.map(read));
  });

  it("reads a listed tool's own fields only, whatever its prototype and whether Object.prototype lends a key", () => {
    const inherits = Object.assign(Object.create({ description: 'an inherited field' }) as Record<string, unknown>, { name: 'read_notes', title: 'Read notes' });
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { name: 'list_files', description: 'Lists the files of a folder' });
    const result = { tools: [inherits, bare, { name: 'search', description: 'Searches the notes' }] };
    const raws = (parsed: boolean): string[] => {
      const got: RawValue[] = [];
      extractResult('tools/list', result, rawSink(got), parsed);
      return got.map((v) => v.raw);
    };
    expect(raws(false)).toEqual(['read_notes', 'Read notes', 'list_files', 'Lists the files of a folder', 'search', 'Searches the notes']);
    Object.defineProperty(Object.prototype, 'polluted', { value: 'from the prototype', enumerable: true, configurable: true, writable: true });
    let polluted: string[];
    try {
      polluted = raws(true);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
    expect(polluted).not.toContain('from the prototype');
    expect(polluted).not.toContain('an inherited field');
  });

  it("reads the names of a tool schema's properties as identifiers, and its keywords as nothing but what they hold", () => {
    const schema = {
      type: 'object',
      properties: { description: { type: 'string', description: 'What the issue is about' }, ignore_previous_orders: { type: 'string', default: 'none' } },
      required: ['description'],
    };
    const got: RawValue[] = [];
    extractResult('tools/list', { tools: [{ name: 'file_issue', inputSchema: schema }] }, rawSink(got));
    const identifiers = got.filter((v) => v.kinds & Kind.Identifier && v.raw === v.key).map((v) => pathOf(v.path).join('.'));
    identifiers.sort();
    expect(identifiers).toEqual(['result.tools.0.inputSchema.properties.description', 'result.tools.0.inputSchema.properties.ignore_previous_orders']);
    expect(got.map((v) => v.raw)).toEqual(expect.arrayContaining(['file_issue', 'What the issue is about', 'none']));
  });

  it('leaves nothing of a walk that threw to the next walk', () => {
    const options: WalkOptions = { kinds: 0, byKey: false, byShape: false };
    const trap = { before: 'kept for later', get broken(): string { throw new Error('getter'); }, after: ['x', 'y'] };
    expect(() => walk(trap, ['result'], '', options, rawSink([]))).toThrow('getter');
    const got: RawValue[] = [];
    walk({ text: 'hello' }, ['result'], '', options, rawSink(got));
    expect(got.map((v) => v.raw)).toEqual(['hello']);
  });
});
