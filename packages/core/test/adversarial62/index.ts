import type { AdversarialCase } from '../redteam-kit/cases.js';
import { optionCases } from './options.js';
import { plantCases } from './plants.js';
import { queryCases } from './queries.js';
import { serverCases } from './server.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-62 adversarial suite, written from the public docs and the protocol reference only:
 * shell lines whose danger is in an option (a hook, pager, proxy or transport that takes a command, an
 * extract or copy that wipes), writes smuggled into read-only query tools (SQL, GraphQL, Mongo), server
 * text in the protocol's less-read fields (resource templates and contents, prompt messages and arguments,
 * sampling system prompts and tools, elicitation defaults and URL mode, outputSchema, annotations, _meta,
 * structured results, links, logs, instructions), and harm planted by one call and set off by the next.
 */
export const redTeamCases: readonly AdversarialCase[] = [...optionCases, ...queryCases, ...serverCases, ...plantCases];
