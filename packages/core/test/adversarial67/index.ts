import type { AdversarialCase } from '../redteam-kit/cases.js';
import { encodingCases } from './encodings.js';
import { languageCases } from './languages.js';
import { protocolCases } from './protocol.js';
import { quotingCases } from './quoting.js';
import { workflowCases } from './workflows.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-67 adversarial set, written blind (no rule code, no earlier set's cases): the
 * protocol's less-read places (blob and template resources, embedded resources in prompts, isError answers,
 * image and audio beside text, structuredContent, logging and progress notifications, elicitation schemas,
 * roots, pagination, _meta), multi-step agent workflows, CI and package manifests, encodings, twelve
 * languages, and false-positive probes that quote attacks or run dangerous-looking commands on purpose.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...protocolCases, ...workflowCases, ...encodingCases, ...languageCases, ...quotingCases,
];
