import type { AdversarialCase } from '../redteam-kit/cases.js';
import { conversationCases } from './conversation.js';
import { metadataCases } from './metadata.js';
import { resultCases } from './results.js';
import { shadowingCases } from './shadowing.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-51 adversarial suite, written from the public docs only: tool metadata moved into
 * schema fields, tools that steer the use of another tool, forged turns and plans in prompts and sampling,
 * initialize instructions that hide a tool or add a copy, and results and resources that address the agent.
 */
export const redTeamCases: readonly AdversarialCase[] = [...metadataCases, ...shadowingCases, ...conversationCases, ...resultCases];
