import type { AdversarialCase } from '../redteam-kit/cases.js';
import { domainCases } from './domains.js';
import { edgeCases } from './edge.js';
import { identityCases } from './identity.js';
import { languageCases } from './languages.js';
import { probeCases } from './probes.js';
import { publishingCases } from './publishing.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-83 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * identity, domain and publishing agent: identity and access administration, domains, DNS, mail records and
 * certificates, the CDN edge, and CMS, newsletter, social, ad and SEO accounts carry the attack, and each twin
 * is the same artifact doing the real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...identityCases, ...domainCases, ...edgeCases, ...publishingCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
