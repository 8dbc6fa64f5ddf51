import type { AdversarialCase } from '../redteam-kit/cases.js';
import { cloudAccessCases } from './cloud-access.js';
import { containerCases } from './containers.js';
import { pushCases } from './pushes.js';
import { repoAdminCases } from './repo-admin.js';
import { runLaterCases } from './run-later.js';
import { sharingCases } from './sharing.js';
import { transformedCases } from './transformed.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-50 adversarial suite, written from the public docs only: what a client sends to tools
 * named for an action rather than a program, whose fields carry the harm (who is given access, where a copy
 * goes), container and cluster specs as data, files that run later, pushes and workflows.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...repoAdminCases, ...sharingCases, ...containerCases, ...runLaterCases, ...pushCases, ...cloudAccessCases, ...transformedCases,
];
