import { encodedCases } from './encoded.js';
import { languageCases } from './languages.js';
import { movedCases } from './moved.js';
import { paddedCases } from './padded.js';
import type { TransformedCase } from './plain.js';
import { splitCases } from './split.js';

export * from '../redteam-kit/cases.js';
export type { TransformedCase } from './plain.js';
/**
 * Every case of the stop-46 adversarial suite, written from the public docs only: attacks Vanguard blocks in
 * plain form (each case keeps it), transformed: split where a tool joins the parts, encoded, padded, moved to
 * odd fields, or written in languages the docs do not list.
 */
export const redTeamCases: readonly TransformedCase[] = [...splitCases, ...encodedCases, ...paddedCases, ...movedCases, ...languageCases];
