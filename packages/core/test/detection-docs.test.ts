import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { createJudgeLayer } from '@vanguard/core';

import { createCrossToolLayer, instructionRules } from '../src/semantic/layers.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/detection.md', import.meta.url)), 'utf8');
const documented = new Set([...doc.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]));

describe('docs/detection.md', () => {
  it('has a row for every rule the meaning layers and the judge can report', () => {
    const ids = [...Object.keys(instructionRules), ...Object.keys(createCrossToolLayer().rules ?? {}), ...Object.keys(createJudgeLayer().rules ?? {})];
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => !documented.has(id))).toEqual([]);
  });
});
