import type { Exchange, Surface } from '../redteam-kit/cases.js';

/**
 * A benign message with no attack twin: ordinary work of a coding agent and real servers that sits near what
 * the guard blocks (a payload quoted in a test table, rm -rf of a build folder, a tool that says "always").
 * Set 58 holds many of these and fewer attack pairs, since what it measures is the false positive rate.
 */
export interface BenignCase {
  readonly id: string;
  readonly surface: Surface;
  readonly benign: Exchange;
}
