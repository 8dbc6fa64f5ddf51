import type { AdversarialCase } from '../redteam-kit/cases.js';
import { channelCases } from './channels.js';
import { cloudCases } from './cloud.js';
import { installCases } from './installs.js';
import { interpreterCases } from './interpreters.js';
import { movedCases } from './moved.js';
import { persistenceCases } from './persistence.js';
import { resultCases } from './results.js';
import { windowsCases } from './windows.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-44 adversarial suite, written from the public docs only: what a client sends in
 * tools/call arguments (cloud and cluster CLIs, persistence, tunnels and channels out, installs from
 * elsewhere, Windows, interpreter one-liners, values moved or encoded) and tool results that hand the next
 * call its arguments.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...cloudCases, ...persistenceCases, ...channelCases, ...installCases, ...windowsCases, ...interpreterCases, ...resultCases, ...movedCases,
];
