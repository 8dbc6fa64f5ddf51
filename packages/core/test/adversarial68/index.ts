import type { AdversarialCase } from '../redteam-kit/cases.js';
import { configCases } from './configs.js';
import { evasionCases } from './evasion.js';
import { exfilCases } from './exfil.js';
import { probeCases } from './probes.js';
import { steeringCases } from './steering.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-68 adversarial set, written blind (no rule code, no earlier set's cases): config
 * files a coding agent writes (editor tasks, git and ssh config, registries, direnv, Makefiles, pre-commit,
 * devcontainers, compose, MCP client configs, shell rc files, env hijacks), exfiltration that is not
 * `curl -d`, tool results that steer (errors, search results, READMEs, test and lint output, git log) in
 * English and ten other languages, evasions over several calls and fields, and hard false-positive probes.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...configCases, ...exfilCases, ...steeringCases, ...evasionCases, ...probeCases,
];
