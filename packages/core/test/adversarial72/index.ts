import type { AdversarialCase } from '../redteam-kit/cases.js';
import { configCases } from './configs.js';
import { languageCases } from './languages.js';
import { probeCases } from './probes.js';
import { repoDocCases } from './repo-docs.js';
import { reviewCases } from './reviews.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';
import { shellCases } from './shell.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-72 adversarial set, written blind (no rule code, no earlier set's cases) around a
 * coding agent's ordinary workday: the attack rides on developer artifacts (a cloned repo's docs, issue and
 * PR comments, review bots, CI logs, test, compiler and linter output, config files, source comments, docs
 * search, registry metadata, developer-tool servers) and the twin is the same artifact doing real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...repoDocCases, ...reviewCases, ...configCases, ...shellCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
