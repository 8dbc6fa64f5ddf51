import type { AdversarialCase } from '../redteam-kit/cases.js';
import { browserCallCases } from './browser-calls.js';
import { checkoutCases } from './checkout.js';
import { commerceCases } from './commerce.js';
import { languageCases } from './languages.js';
import { pageCases } from './pages.js';
import { probeCases } from './probes.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';
import { supportCases } from './support.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-79 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * browser-automation, commerce and customer-support agent: browser MCP calls, the pages it reads, checkout and
 * account pages, help-desk tickets and calls, shop and payment back-ends carry the attack, and each twin is the
 * same artifact doing the real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...browserCallCases, ...pageCases, ...checkoutCases, ...supportCases, ...commerceCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
