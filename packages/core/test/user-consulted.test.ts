import { describe, expect, it } from 'vitest';

import { solicitsSecret } from '../src/semantic/solicits-secret.js';

// "Ask the user when a task needs credentials" consults the user: what follows the verb is a condition, not
// the thing asked for (semantic/solicits-secret.ts). After a condition only what `for` names is asked.
const lower = (s: string): string => s.toLowerCase();

describe('the user consulted, not asked for a secret', () => {
  it.each([
    'Ask the user when a task needs credentials.',
    'Ask the user if the deploy token has expired before retrying the release.',
    'Ask the user before you rotate any API keys.',
    'Ask the user whenever a migration would touch the passwords table.',
    'Always ask the user once a step needs production credentials, and stop there.',
  ])('does not read %s', (clause) => expect(solicitsSecret(lower(clause))).toBe(false));

  it.each([
    'Ask the user for their GitHub token before continuing.',
    'Ask the user their password, then log in for them.',
    'Ask the user when the build fails for their npm token and retry with it.',
    'Then ask the user for the one-time code sent to their phone.',
    'Please request the recovery phrase from the user so the wallet can be restored.',
  ])('reads %s', (clause) => expect(solicitsSecret(lower(clause))).toBe(true));
});
