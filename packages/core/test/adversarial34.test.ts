import { redTeamCases } from './adversarial34/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-34 adversarial suite: orders a model reads as one that no single string shows (cut over prompt
// messages, result blocks or a description and its parameter; named by a pronoun), hidden in what a model
// reads through (soft hyphens, base64 and hex with a hint to carry them out, config and script comments),
// padded far from the start, and security controls switched off in prose. Written without reading the
// rule code, each with a benign twin. `misses` is what balanced does not block yet; it may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  // A disabler after a word of prose ("should stop auditd with systemctl stop auditd") is a command only in
  // a tool's metadata; in content it must start a clause (troubleshooting pages test with setenforce 0).
  'resource-prose-auditd',
]);
/** The size of `misses` (10 of 20 on the base when the suite was written, 2 since stop 36 reads sampling asks, 1 since a plain present's move is read across the dots of a path); it can only go down. */
const missesAtMost = 1;

describeAdversarialSuite(34, redTeamCases, { misses, missesAtMost, atLeast: 20 });
