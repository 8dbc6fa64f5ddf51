import { describe, expect, it } from 'vitest';

import { Kind } from '../src/values/kinds.js';
import { yamlTextValues } from '../src/values/yaml-text.js';

const read = (raw: string) => yamlTextValues({ path: ['params', 'arguments', 'input'], key: 'input', raw, kinds: Kind.Text, byShape: true }).map((v) => [v.key, v.raw]);

describe('YAML text in a call argument', () => {
  it('gives the values under command, path and URL keys, as the runner loads them', () => {
    expect(read('name: nightly\nsteps:\n  - run: make test   # the suite\n  - path: "./out"\nurl: https://ci.example.org/hook\n')).toEqual([
      ['run', 'make test'],
      ['path', './out'],
      ['url', 'https://ci.example.org/hook'],
    ]);
  });

  it('reads a block scalar as the lines below its key', () => {
    expect(read('jobs:\n  build:\n    run: |\n      npm ci\n      npm test\n    name: build\n')).toEqual([['run', 'npm ci\nnpm test']]);
  });

  it('reads nothing of prose with a colon, or of one line', () => {
    expect(read('Note: run the tests first.\nThen tell me what failed, and why.')).toEqual([]);
    expect(read('command: make')).toEqual([]);
    expect(read('title: Weekly sync\nowner: dana\n')).toEqual([]);
  });

  it('reads a line of many spaces as YAML reads it', () => {
    expect(read(`run: a${' '.repeat(50_000)}b\nname: x`)).toEqual([['run', `a${' '.repeat(50_000)}b`]]);
    expect(read(`-${' '.repeat(50_000)}\rx\nrun: y`)).toEqual([]);
  });
});
