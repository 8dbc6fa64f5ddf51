import type { AdversarialCase } from '../redteam-kit/cases.js';
import { languageCases } from './languages.js';
import { onchainCases } from './onchain.js';
import { paymentCases } from './payments.js';
import { probeCases } from './probes.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';
import { telephonyCases } from './telephony.js';
import { tradingCases } from './trading.js';
import { walletCases } from './wallets.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-82 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * money-moving and voice agent beyond shopping: crypto wallets and DeFi, on-chain data, trading and brokerage,
 * payment platforms and telephony carry the attack, and each twin is the same artifact doing the real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...walletCases, ...onchainCases, ...tradingCases, ...paymentCases, ...telephonyCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
