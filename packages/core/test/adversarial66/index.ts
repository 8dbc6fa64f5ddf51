import type { AdversarialCase } from '../redteam-kit/cases.js';
import { buildCases } from './builds.js';
import { encodingCases } from './encodings.js';
import { gitCases } from './git.js';
import { hostCases } from './hosts.js';
import { languageCases } from './languages.js';
import { protocolCases } from './protocol.js';
import { quotingCases } from './quoting.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-66 adversarial set, written from the public docs and the protocol reference only:
 * Windows and macOS hosts, git's own mechanics, containers, build hooks and notebooks, the protocol's own
 * fields (annotations, enum/default/examples values, parameter names, outputSchema, sampling and
 * elicitation), encodings not tried before, ten more languages, and false-positive probes that quote attacks
 * or use the powerful tool on purpose.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...hostCases, ...gitCases, ...buildCases, ...protocolCases, ...encodingCases, ...languageCases, ...quotingCases,
];
