import type { AdversarialCase } from '../redteam-kit/cases.js';
import { codeCases } from './code.js';
import { movedCases } from './moved.js';
import { optionCases } from './options.js';
import { pathCases } from './paths.js';
import { quotingCases } from './quoting.js';
import { urlCases } from './urls.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-42 adversarial suite, written from the public docs only: what a client sends in
 * tools/call arguments (shell options and parser quirks, paths, URLs, SQL and code, values moved or split
 * across arguments) and a few tool results that hand such values back.
 */
export const redTeamCases: readonly AdversarialCase[] = [...optionCases, ...quotingCases, ...pathCases, ...urlCases, ...codeCases, ...movedCases];
