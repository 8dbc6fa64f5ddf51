import type { AdversarialCase } from '../redteam-kit/cases.js';
import { controlCases } from './controls.js';
import { edrCases } from './edr.js';
import { intelCases } from './intel.js';
import { languageCases } from './languages.js';
import { mailCases } from './mail.js';
import { pentestCases } from './pentest.js';
import { probeCases } from './probes.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';
import { siemCases } from './siem.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-77 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * security-operations agent: SIEM searches and the log lines they return, EDR consoles, threat intel and
 * malware analysis, pentest engagements and scanners, the phishing mailbox and tickets, firewall, WAF,
 * retention and secrets-scanning controls carry the attack, and each twin is the same artifact doing the triage.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...siemCases, ...edrCases, ...intelCases, ...pentestCases, ...mailCases, ...controlCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
