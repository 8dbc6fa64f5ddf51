import type { AdversarialCase } from '../redteam-kit/cases.js';
import { exfilCases } from './exfil.js';
import { gitCases } from './git.js';
import { infraCases } from './infra.js';
import { packageCases } from './packages.js';
import { probeCases } from './probes.js';
import { protocolCases } from './protocol.js';
import { resultCases } from './results.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-70 adversarial set, written blind (no rule code, no earlier set's cases) around a
 * coding agent's daily tools: package managers, build tools and test runners with harmful options or
 * configs, git mechanics, containers, clusters, infrastructure, remote shells, one-liners and Windows
 * shells, secrets leaving in values the agent sends anyway, orders in the results it reads in nine
 * languages, the protocol's other message kinds and agent config files, and hard false-positive probes.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...packageCases, ...gitCases, ...infraCases, ...exfilCases, ...resultCases, ...protocolCases, ...probeCases,
];
