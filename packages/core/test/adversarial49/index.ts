import type { AdversarialCase } from '../redteam-kit/cases.js';
import { forgedCases } from './forged.js';
import { formatCases } from './formats.js';
import { languageCases } from './languages.js';
import { planCases } from './plans.js';
import { promptCases } from './prompts.js';
import { splitCases } from './split.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-49 adversarial suite, written from the public docs only: orders a server sends split
 * between a tool and its parameter, two tools, two blocks or two turns; forged conversation turns in results
 * and prompts; orders inside file formats a coding agent reads; orders phrased as a plan, a checklist, a test
 * expectation or an error's remedy; prompt templates that destroy or send out credential folders; and
 * languages the docs do not list.
 */
export const redTeamCases: readonly AdversarialCase[] = [...splitCases, ...forgedCases, ...formatCases, ...planCases, ...promptCases, ...languageCases];
