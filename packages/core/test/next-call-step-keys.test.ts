// nextStepKey finds the words a queuing key starts with, then tries the key's regex only where a match
// holding the word may start: it must give the matches the regex's own scan over the text gave, in order,
// above all for keys after a delimiter and a quote, TOML tables after blank lines, and words glued to others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { nextStepKey } from '../src/semantic/next-call-data.js';
import { cpuMs } from './cpu-time.js';

// The regex as it scanned the text before (copied, not imported: it is the reference).
const reference = /(?:^|[\s{,[])["']?(?:next|then|follow[_-]?up|after(?:wards)?|on[_-](?:load|complete|completion|done|success|finish|read|result|return)|(?:auto[_-]?)?fix|apply|remediation|resolve|resolution|suggest(?:ion|ed)?|recommend(?:ed|ation)?)(?:[_-]?(?:tool|call|action|step|task|command|request|fix)s?)?["']?\s*[:=]|(?:^|[\s{,[])["']?(?:plan|steps|actions|tool_calls|calls)["']?\s*[:=]\s*\[|^\s*\[(?:next|then|follow[_-]?up|on[_-]\w+)[\w-]*\]/gm;

const referenceKeys = (text: string): string[] => [...text.matchAll(reference)].map((m) => `${m.index}:${m[0]}`);
function keys(text: string): string[] {
  const out: string[] = [];
  for (let m = nextStepKey(text, 0); m !== null; m = nextStepKey(text, m.index + m[0].length)) out.push(`${m.index}:${m[0]}`);
  return out;
}

describe('nextStepKey', () => {
  it.each([
    '{"status": "ok", "next_tool": "post_message", "arguments": {}}',
    'result:\n  on_success_action: archive_thread\n',
    'report = 1\n\n\n   [followup_step]\ntool = "wire"\n',
    "{'autofix': {'command': 'npm ci'}, 'plan': [1, 2]}",
    'thenable: x, reapply: y, prefix_next: z',
    'steps\u00a0=\u2028[ "a" ]',
  ])('finds the keys of %j where the whole-text scan found them', (text) => {
    expect(keys(text)).toEqual(referenceKeys(text));
  });

  it('gives the whole-text scan\'s matches for texts built of key words, delimiters and blanks', () => {
    const parts = ['next', 'then', 'follow_up', 'follow-up', 'on_load', 'on-done', 'autofix', 'auto-fix', 'fix', 'apply', 'plan', 'steps', 'tool_calls', 'calls',
      '_tool', 'step', 's', '"', "'", ':', '=', ' ', '\n', '\r\n', '[', ']', '{', ',', 'x', 'on_x', 'resolution', '\u2028', '\u00a0', '\t', '\n  [', 'after'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (words) => {
        const text = words.join('');
        expect(keys(text)).toEqual(referenceKeys(text));
      }),
      { numRuns: 4000 },
    );
  });

  it.each([
    ['key words that start no key', 'xthen,apply.nextfix '],
    ['blank lines before brackets that open no table', '\n\n\n\n        [then'],
    ['delimiters and quotes before words with no colon after', ', "next" { \'plan\' [steps '],
  ])('reads a megabyte of %s in time linear in it', (_, unit) => {
    const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
    expect(cpuMs(() => keys(text))).toBeLessThan(2_000);
  });
});
