import type { AdversarialCase } from '../redteam-kit/cases.js';
import { devToolingCases } from './devtooling.js';
import { encodingCases } from './encodings.js';
import { exfilCases } from './exfil.js';
import { languageCases } from './languages.js';
import { paddingCases } from './padding.js';
import { protocolCases } from './protocol.js';
import { provenanceCases } from './provenance.js';
import { utilityCases } from './utilities.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-64 adversarial set, written from the public docs and the protocol reference only:
 * orders in the 2025-06-18 fields and the protocol's utilities, calls whose value came from a poisoned
 * result, commands planted in developer tooling, exfiltration through DNS, git, registries, webhooks and
 * error reports, eight languages and leetspeak, encodings and cuts, and long padding around one order.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...protocolCases, ...utilityCases, ...provenanceCases, ...devToolingCases, ...exfilCases, ...languageCases, ...encodingCases, ...paddingCases,
];
