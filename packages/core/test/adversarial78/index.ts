import type { AdversarialCase } from '../redteam-kit/cases.js';
import { claimCases } from './claims.js';
import { healthCases } from './health.js';
import { languageCases } from './languages.js';
import { ledgerCases } from './ledger.js';
import { legalCases } from './legal.js';
import { payableCases } from './payables.js';
import { payrollCases } from './payroll.js';
import { probeCases } from './probes.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-78 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * regulated back-office agent: invoices, vendor master data and payment runs, the ledger and its controls,
 * payroll and HR records, contracts, e-discovery and e-signature, EHR and FHIR records, insurance claims and
 * procurement carry the attack, and each twin is the same artifact doing the real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...payableCases, ...ledgerCases, ...payrollCases, ...legalCases, ...healthCases, ...claimCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
