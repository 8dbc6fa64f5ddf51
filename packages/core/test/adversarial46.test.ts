import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { findingsText } from './findings-text.js';
import { redTeamCases } from './adversarial46/index.js';
import { inspectExchange } from './redteam-kit/inspect.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-46 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: attacks Vanguard blocks in plain form, transformed: split where a tool joins the parts (a program and
// its arguments, two arguments, an object's keys, two text blocks, a description and its parameter's), encoded
// (base64, hex, percent, HTML entities, \u and \x escapes, data: URLs, gzip, ROT13, reversed), padded (10–60 KiB
// of prose, blank lines, the last of 500 items), moved to odd fields (_meta, annotations, structured content,
// embedded resources, prompt arguments, elicitation schemas, examples, nested six deep) or written in languages
// the docs do not list. Each case keeps its plain form, which must stay blocked. `misses` may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'sp-prompt-two-turns', 'sp-param-title-desc',
  'en-field-html',
]);
/** The size of `misses` (22 of 98 on the base build when the suite was written, 14 once verbs of sending a credential file out were read in nine more languages, 12 once text written backwards was read reversed, 8 once base64 of gzip was inflated and a data: URL of a script read as its text, 5 once a program joined to its arguments string and a value cut into named parts were read as the line the tool assembles, 4 once a line wrapped inside a sentence, or a field that stops on a word that cannot end one, was read on into the next, 3 once a Makefile written was read by the recipes it runs); it can only go down. */
const missesAtMost = 3;
/**
 * Benign twins balanced blocks: a sampling request whose system prompt is "Assistant: summarise" and a test
 * run that sets PROMPT_COMMAND (a hook bash runs before each prompt) to `history -a`.
 */
const benignBlocked = new Set<string>(['sp-sampling-system-message', 'mo-call-env-map']);

describeAdversarialSuite(46, redTeamCases, { misses, missesAtMost, atLeast: 95, benignBlocked });

describe('the plain forms the stop-46 suite transforms', () => {
  const guard = createGuard({ profile: 'balanced' });
  it.each(redTeamCases.map((c) => [c.id, c] as const))('blocks the plain form of %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.plain);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });
});
