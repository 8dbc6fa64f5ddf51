import type { AdversarialCase } from '../redteam-kit/cases.js';
import { cicdCases } from './cicd.js';
import { encodedCases } from './encoded.js';
import { impersonatedCases } from './impersonated.js';
import { languageCases } from './languages.js';
import { nextCallCases } from './next-call.js';
import { politeCases } from './polite.js';
import { splitCases } from './split.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-39 adversarial suite: encoded orders, an order split across two fields, a maintainer
 * impersonated to read a secret out, CI/CD abuse, a polite request to whoever reads a third-party field, the
 * next call given as structured data, and orders in Italian, Dutch, Polish, Japanese, Chinese, Russian and Turkish.
 */
export const redTeamCases: readonly AdversarialCase[] = [...encodedCases, ...splitCases, ...impersonatedCases, ...cicdCases, ...politeCases, ...nextCallCases, ...languageCases];
