import type { AdversarialCase } from '../redteam-kit/cases.js';
import { clusterCases } from './clusters.js';
import { hubCases } from './hub.js';
import { languageCases } from './languages.js';
import { notebookCases } from './notebooks.js';
import { probeCases } from './probes.js';
import { ragCases } from './rag.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';
import { trackingCases } from './tracking.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-76 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * ML and data-science research agent: Jupyter notebooks and kernels, the Hugging Face Hub and model files,
 * MLflow and Weights & Biases, GPU clusters, retrieval, papers and evaluation carry the attack, and each twin is
 * the same artifact doing the research.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...notebookCases, ...hubCases, ...trackingCases, ...clusterCases, ...ragCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
