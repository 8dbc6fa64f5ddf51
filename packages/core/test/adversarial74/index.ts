import type { AdversarialCase } from '../redteam-kit/cases.js';
import { cloudCases } from './cloud.js';
import { databaseCases } from './databases.js';
import { infrastructureCases } from './infrastructure.js';
import { languageCases } from './languages.js';
import { observabilityCases } from './observability.js';
import { pipelineCases } from './pipelines.js';
import { probeCases } from './probes.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-74 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * data, cloud and operations agent: database, cloud CLI, Kubernetes, Terraform, observability, secrets, CI/CD
 * and notebook servers carry the attack, and each twin is the same artifact doing real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...databaseCases, ...cloudCases, ...infrastructureCases, ...observabilityCases, ...pipelineCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
