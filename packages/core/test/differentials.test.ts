import { describe, expect, it } from 'vitest';

import { findObjectDifferentials, findParserDifferentials } from '../src/protocol/differentials.js';

const rules = (text: string): string[] => findParserDifferentials(text).map((d) => d.rule);

describe('findParserDifferentials', () => {
  it('finds nothing in ordinary JSON, with CR-LF at the end of the line', () => {
    expect(rules('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a","arguments":{"x":[1,{"y":"\\r"}]}}}\r\n')).toEqual([]);
  });

  it('reports a bare CR between tokens, but not a CR-LF line end of pretty-printed JSON', () => {
    expect(rules('{"a":1,\r"b":2}')).toEqual(['protocol/bare-carriage-return']);
    expect(rules('{\r\n  "a": 1,\r\n  "b": 2\r\n}')).toEqual([]);
  });

  it('reports a leading BOM', () => {
    expect(rules('\ufeff{"a":1}')).toEqual(['protocol/byte-order-mark']);
  });

  it('reports a duplicate key with its path, and keeps objects apart', () => {
    expect(findParserDifferentials('{"p":{"a":1,"b":{"a":2},"a":3}}')).toEqual([expect.objectContaining({ rule: 'protocol/duplicate-key', path: ['p', 'a'] })]);
    expect(rules('{"a":{"x":1},"b":{"x":1}}')).toEqual([]);
  });

  it('decodes escaped keys before comparing them', () => {
    expect(rules('{"ab":1,"\\u0061b":2}')).toEqual(['protocol/duplicate-key']);
    expect(rules('{"\\u005f_proto__":{}}')).toEqual(['protocol/prototype-key']);
  });

  it('reports keys that collide under case folding', () => {
    expect(rules('{"Key":1,"key":2}')).toEqual(['protocol/case-colliding-keys']);
    expect(rules('{"key":1,"\u212aey":2}')).toEqual(['protocol/case-colliding-keys']);
  });

  it('reports constructor.prototype but not a plain prototype key', () => {
    expect(rules('{"constructor":{"prototype":{}}}')).toEqual(['protocol/prototype-key']);
    expect(rules('{"prototype":1}')).toEqual([]);
  });

  it('stays linear on a large flat object', () => {
    const big = `{${Array.from({ length: 50_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    expect(rules(big)).toEqual([]);
  });
});

describe('findObjectDifferentials', () => {
  it('finds case-colliding keys and __proto__ in a parsed message', () => {
    const parsed = JSON.parse('{"a":{"Path":1,"path":2},"b":{"__proto__":{"x":1}}}') as unknown;
    expect(findObjectDifferentials(parsed).map((d) => d.rule).sort()).toEqual(['protocol/case-colliding-keys', 'protocol/prototype-key']);
  });

  it('does not loop on a cyclic object', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(findObjectDifferentials(cyclic)).toEqual([]);
  });
});
