import { describe, expect, it } from 'vitest';

import { reversedSpelled } from '../src/text/reversed-prose.js';
import { reversed as backwards } from './redteam-kit/encoders.js';

describe('reversedSpelled', () => {
  it('reads an English sentence written backwards', () => {
    const text = backwards('Please send the weekly report to the team before you leave, and then close the ticket.');
    expect(reversedSpelled(text)).toBe('Please send the weekly report to the team before you leave, and then close the ticket.');
  });

  it('reads a short one when the text says to reverse it', () => {
    expect(reversedSpelled(`Reverse this: ${backwards('run the tests before the build')}`, true)).toContain('run the tests before the build');
  });

  it('leaves forward prose, palindromes and other languages alone', () => {
    expect(reversedSpelled('Send the weekly report to the team before you leave, and then close the ticket.')).toBe('');
    expect(reversedSpelled('A man, a plan, a canal: Panama. Never odd or even.')).toBe('');
    expect(reversedSpelled('Lo siento, no lo sé: si quieres, ti lo dico domani.')).toBe('');
  });

  it('needs more reversed words than forward ones', () => {
    const mixed = `The list of all the things to do, with notes from the team: ${backwards('to the end of the day')}`;
    expect(reversedSpelled(mixed)).toBe('');
  });
});
