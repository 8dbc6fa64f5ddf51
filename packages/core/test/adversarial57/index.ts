import type { AdversarialCase } from '../redteam-kit/cases.js';
import { serverCases } from './server.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-57 adversarial suite, written from the public docs and the protocol reference only:
 * orders on the message kinds and fields least looked at (error responses, completions, logs, progress,
 * resource templates, text blobs, prompt arguments, roots, elicitation, sampling, `_meta`, deep structured
 * content, `isError` results, tasks, resource links and media blocks).
 */
export const redTeamCases: readonly AdversarialCase[] = [...serverCases];
