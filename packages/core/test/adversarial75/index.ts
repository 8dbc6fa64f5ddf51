import type { AdversarialCase } from '../redteam-kit/cases.js';
import { deviceCases } from './devices.js';
import { homeCases } from './home.js';
import { languageCases } from './languages.js';
import { messagingCases } from './messaging.js';
import { paymentCases } from './payments.js';
import { probeCases } from './probes.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';
import { shoppingCases } from './shopping.js';
import { vaultCases } from './vaults.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-75 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * personal and consumer agent: mail and messaging, banking and payments, shopping, travel and social accounts,
 * smart home and health, password managers and wallets, and phone and computer-use automation carry the attack,
 * and each twin is the same artifact doing the user's errands.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...messagingCases, ...paymentCases, ...shoppingCases, ...homeCases, ...vaultCases, ...deviceCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
