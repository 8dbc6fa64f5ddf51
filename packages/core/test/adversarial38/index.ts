import type { AdversarialCase } from '../redteam-kit/cases.js';
import { commentCases } from './comments.js';
import { declaredCases } from './declared.js';
import { envSecretCases } from './env-secrets.js';
import { paddedCases } from './padded.js';
import { pipeCases } from './pipes.js';
import { pronounCases } from './pronouns.js';
import { scheduledCases } from './scheduled.js';
import { secretArgCases } from './secret-args.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-38 adversarial suite: a secret put into a tool's argument, exfiltration stated as a
 * fact, orders in comments of a config file, a high-impact call scheduled as a note, pronoun orders in four
 * languages, an order padded by hundreds of lines, environment secrets sent out, and a download run.
 */
export const redTeamCases: readonly AdversarialCase[] = [...secretArgCases, ...declaredCases, ...commentCases, ...scheduledCases, ...pronounCases, ...paddedCases, ...envSecretCases, ...pipeCases];
