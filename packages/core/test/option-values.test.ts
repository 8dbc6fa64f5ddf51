import { describe, expect, it } from 'vitest';

import { commandOptionValue } from '../src/commands/option-values.js';
import { type ArgumentCase, describeArguments } from './argument-verdicts.js';

// An argument sent as an option that makes the program it is handed to run a command: read against the
// programs table's options, so a pattern or a ref that happens to start with a dash passes.
describe('commandOptionValue', () => {
  it.each([
    '--pre=/tmp/p.sh',
    '--upload-pack=sh -c id',
    '--checkpoint-action=exec=sh x.sh',
    '--to-command=sh',
    '-exec rm {} +',
    '--rsync-path=sh -c id',
  ])('reads %s as an option that runs a command', (raw) => {
    expect(commandOptionValue(raw)).toBeDefined();
  });

  it.each([
    '--max-old-space-size',
    '--pre=pdftotext',
    '--checkpoint-action=dot',
    '--rsh=ssh',
    '--upload-pack',
    '-e',
    '--exec=git-upload-pack',
    '-newer package.json',
  ])('finds nothing in %s', (raw) => {
    expect(commandOptionValue(raw)).toBeUndefined();
  });
});

const attacks: readonly ArgumentCase[] = [
  ['a search pattern that sets a preprocessor', 'grep_repo', { pattern: '--pre=./.cache/p', path: 'src' }],
  ['a ref that sets the upload program', 'git_fetch', { ref: '--upload-pack=touch /tmp/x; git-upload-pack' }],
];
const benign: readonly ArgumentCase[] = [
  ['a search for a flag', 'grep_repo', { pattern: '--no-verify', path: 'src' }],
  ['a search for a preprocessor flag without a program', 'grep_repo', { pattern: '--pre', path: 'docs' }],
];
describeArguments('options in arguments', attacks, benign);
