import type { AdversarialCase } from '../redteam-kit/cases.js';
import { browserCases } from './browser.js';
import { cloudCases } from './cloud.js';
import { containerCases } from './containers.js';
import { databaseCases } from './databases.js';
import { filesystemCases } from './filesystem.js';
import { githubCases } from './github.js';
import { gitCases } from './git.js';
import { messageCases } from './messages.js';
import { remoteCases } from './remote.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-48 adversarial suite, written from the public docs only: what a client sends in
 * tools/call arguments in the argument shapes of real servers' tools (filesystem, git, GitHub, databases,
 * browser and fetch, Docker and Kubernetes, cloud APIs, ssh, installers and tunnels, mail and chat).
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...filesystemCases, ...gitCases, ...githubCases, ...databaseCases, ...browserCases, ...containerCases, ...cloudCases, ...remoteCases, ...messageCases,
];
