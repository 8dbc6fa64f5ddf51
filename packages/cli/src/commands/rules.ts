import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { createGuard, isVanguardError, type RulePackSource, testRulePack } from '@vanguard/core';
import { parse as parseYaml } from 'yaml';

import { parseCommandArgs, requireValues, usageError } from './args.js';
import { type CommandIo, processIo } from './config.js';

export const rulesUsage = `vanguard rules test [--no-bundled] <pack.yaml...>

Checks rule packs before you load them: the pack and rule schema, every pattern (RE2 syntax, and no
upper-case letters: values are lower-cased before patterns run, so those could never match), and every
rule's own examples through the same normalization the guard applies. Then loads the packs together with
the bundled rules (skip with --no-bundled) to catch duplicate ids. Exits 0 when every pack passes, 1 when
one fails.
`;

const countRules = (text: string): number => {
  const doc = parseYaml(text) as { rules?: unknown } | null;
  return Array.isArray(doc?.rules) ? doc.rules.length : 0;
};

/** `vanguard rules <subcommand>`: returns the exit code. */
export function runRules(argv: readonly string[], io: CommandIo = processIo): number {
  const parsed = parseCommandArgs('rules', {
    args: [...argv],
    allowPositionals: true,
    options: {
      'no-bundled': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  requireValues(parsed.values);
  const [subcommand, ...files] = parsed.positionals;
  if (parsed.values.help) {
    io.stdout(rulesUsage);
    return 0;
  }
  if (subcommand !== 'test') throw usageError(subcommand === undefined ? 'missing subcommand (vanguard rules test <pack.yaml...>)' : `unknown subcommand "${subcommand}" (allowed: test)`, { allowed: ['test'] });
  if (files.length === 0) throw usageError('give at least one rule pack file');

  let failed = 0;
  const sound: RulePackSource[] = [];
  for (const file of files.map((f) => resolve(io.cwd, f))) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      io.stdout(`FAIL ${file}: cannot read it: ${(error as Error).message}\n`);
      failed++;
      continue;
    }
    const source = { name: file, content: text };
    try {
      const failures = testRulePack([source]);
      if (failures.length === 0) {
        const rules = countRules(text);
        io.stdout(`ok   ${file} (${rules} rule${rules === 1 ? '' : 's'})\n`);
        sound.push(source);
        continue;
      }
      failed++;
      io.stdout(`FAIL ${file}: ${failures.length} example${failures.length === 1 ? '' : 's'} failed; these rules would not load\n`);
      for (const f of failures) {
        const what = f.problem === 'prefilter' ? 'matches the patterns but none of the prefilter literals' : f.expected === 'match' ? 'should match but does not' : 'should not match but does';
        io.stdout(`  ${f.rule}: ${JSON.stringify(f.example)} ${what}\n`);
      }
    } catch (error) {
      if (!isVanguardError(error)) throw error;
      failed++;
      io.stdout(`FAIL ${file}: ${error.message} [${error.code}]\n`);
    }
  }
  if (failed === 0 && sound.length) {
    try {
      createGuard({ rules: { bundled: !parsed.values['no-bundled'], packs: sound } });
    } catch (error) {
      if (!isVanguardError(error)) throw error;
      failed++;
      io.stdout(`FAIL the packs do not load together${parsed.values['no-bundled'] ? '' : ' with the bundled rules'}: ${error.message} [${error.code}]\n`);
    }
  }
  io.stdout(failed ? `${failed} problem${failed === 1 ? '' : 's'} found.\n` : `${files.length} pack${files.length === 1 ? '' : 's'} passed.\n`);
  return failed ? 1 : 0;
}
