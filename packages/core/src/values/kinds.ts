import type { ValueKind } from '../types.js';

/** Value kinds as bits, so classification and rule selection stay allocation-free. */
export const Kind = {
  Path: 1,
  Url: 2,
  Command: 4,
  Text: 8,
  ToolMetadata: 16,
  Identifier: 32,
} as const;

export const allKinds = 63;

const kindNames: readonly [ValueKind, number][] = [
  ['path', Kind.Path],
  ['url', Kind.Url],
  ['command', Kind.Command],
  ['text', Kind.Text],
  ['tool-metadata', Kind.ToolMetadata],
  ['identifier', Kind.Identifier],
];

/** Bits of the kind names a rule lists (`any` is every kind). */
export function kindBits(names: readonly (ValueKind | 'any')[]): number {
  let bits = 0;
  for (const name of names) bits |= name === 'any' ? allKinds : (kindNames.find(([n]) => n === name)?.[1] ?? 0);
  return bits;
}

const namesByBits: (readonly ValueKind[])[] = [];
for (let bits = 0; bits <= allKinds; bits++) {
  namesByBits.push(Object.freeze(kindNames.filter(([, bit]) => bits & bit).map(([name]) => name)));
}

/** The kind names of a bitset, as a shared frozen array. */
export function kindNamesOf(bits: number): readonly ValueKind[] {
  return namesByBits[bits & allKinds] ?? [];
}
