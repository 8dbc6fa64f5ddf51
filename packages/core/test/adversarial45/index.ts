import type { AdversarialCase } from '../redteam-kit/cases.js';
import { conversationCases } from './conversation.js';
import { encodedCases } from './encoded.js';
import { metadataCases } from './metadata.js';
import { shadowingCases } from './shadowing.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-45 adversarial suite, written from the public docs only: orders a server sends in
 * tool metadata (titles, annotations, schema corners, output schemas), in its other messages (instructions,
 * serverInfo, prompts, resources and templates, sampling, elicitation, notifications), steering other tools
 * (shadowing, payee swaps, rug-pulls) and hidden (hyphenated, zero-width, look-alikes, base64 in JSON, markdown exfil).
 */
export const redTeamCases: readonly AdversarialCase[] = [...metadataCases, ...shadowingCases, ...conversationCases, ...encodedCases];
