import type { Exchange, Surface } from '../redteam-kit/cases.js';

/**
 * A benign message with no attack twin: security-adjacent ordinary work of a coding agent and real servers
 * (a detection rule's fixtures, a pentest report, a key rotation runbook, a password-reset mail template).
 * Set 60 holds many of these and fewer attack pairs, since what it measures is the false positive rate.
 */
export interface BenignCase {
  readonly id: string;
  readonly surface: Surface;
  readonly benign: Exchange;
}
