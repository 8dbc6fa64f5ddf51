import { describe, expect, it } from 'vitest';

import { destructiveCommand } from '../src/semantic/destroys.js';
import { ordersAiSubject } from '../src/semantic/foreign-subjects.js';
import { unquoted } from '../src/text/quoted.js';

// Three readers of commands in prose know a force-push from one source (text/force-push.ts): an English order
// to destroy (semantic/destroys.ts), inline code told to an AI (text/quoted.ts) and an order to the AI as a
// subject in another language (semantic/foreign-subjects.ts). Each must know every form the others know: git's
// own -c/-C options before push, the flag before or after the operands. Written for this suite.
const forcing = ['git push --force origin main', 'git push origin main --force', 'git -C app push origin HEAD:main -f', 'git -c core.editor=vi push -f origin main'];
const notForcing = ['git push --force-with-lease origin main', 'git push origin main', 'git push -u origin feature/login', 'git push origin main; git tag -f v1.2'];

/** Whether inline code told to an AI stays where the readers see it (a quotation would be blanked). */
const keptInCode = (command: string): boolean => {
  const text = unquoted(`The agent must push with \`${command}\` now.`);
  return text === undefined || text.includes(command);
};

describe('a force-push, read alike by every reader of commands in prose', () => {
  it.each(forcing)('is read in %s', (command) => {
    expect(destructiveCommand.test(command.toLowerCase())).toBe(true);
    expect(keptInCode(command)).toBe(true);
    expect(ordersAiSubject(`assistenten måste köra ${command.toLowerCase()} direkt.`)).toBe(true);
  });

  it.each(notForcing)('is not read in %s', (command) => {
    expect(destructiveCommand.test(command.toLowerCase())).toBe(false);
    expect(keptInCode(command)).toBe(false);
    expect(ordersAiSubject(`assistenten måste köra ${command.toLowerCase()} direkt.`)).toBe(false);
  });
});
