import type { AdversarialCase } from '../redteam-kit/cases.js';
import { desktopCases } from './desktop.js';
import { homeCases } from './home.js';
import { industrialCases } from './industrial.js';
import { languageCases } from './languages.js';
import { machineCases } from './machines.js';
import { messagingCases } from './messaging.js';
import { mobileCases } from './mobile.js';
import { probeCases } from './probes.js';
import { screenCases } from './screens.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-80 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * computer-use and physical-world agent: desktop automation, phones, the smart home, IoT and OT plants, vehicles,
 * drones, robots and printers, and the messaging apps a home agent drives carry the attack, and each twin is the
 * same artifact doing the real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...desktopCases, ...screenCases, ...mobileCases, ...homeCases, ...industrialCases, ...machineCases, ...messagingCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
