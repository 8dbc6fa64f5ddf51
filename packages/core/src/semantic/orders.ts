// Combinations of instruction cues that no honest text needs, whatever the scorer says: metadata that
// hides something from the user, text that speaks as the user or fakes a conversation turn, an error
// that demands an action, a description selling itself to the model. Each is one rule id.
import { covertIsStatement } from './conceals.js';
import { prefersOneCall } from './call-order.js';
import { Cue } from './cues.js';
import type { TextRole } from './features.js';

export interface OrderMatch {
  readonly rule:
    | 'semantic/conceals-from-user'
    | 'semantic/impersonates-user'
    | 'semantic/false-error'
    | 'semantic/false-authority'
    | 'semantic/dictates-reply'
    | 'semantic/preference-manipulation'
    | 'semantic/hidden-instruction'
    | 'semantic/overrides-instructions'
    | 'semantic/sends-credential-file'
    | 'semantic/poisoned-metadata'
    | 'semantic/injected-instruction';
  readonly message: string;
}

const any = (bits: number, mask: number): boolean => (bits & mask) !== 0;
const directed = Cue['addresses-model'] | Cue.imperative | Cue.obligation | Cue['polite-request'];
const demands = Cue['call-tool'] | Cue.execute | Cue['network-send'] | Cue['file-access'] | Cue['parameter-override'] | Cue['action-verb'] | Cue['to-user'];

const probability = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The rule a clause's cues break on their own, if any (code and logs quote such clauses: skipped). `z`
 * is the clause's linear score: its probability is worked out only for the rules that read it. `clause`
 * and `previous` (the clause and the one before it) are read only where grammar decides.
 */
export function orderIn(cues: number, role: TextRole, z: number, clause = '', previous = ''): OrderMatch | undefined {
  if (cues & Cue['code-like']) return undefined;
  // The secrecy cue names the user as the one kept uninformed (or a covert verb); with an action or an
  // order in the same clause that is never documentation - unless, with no order, the covert verb is
  // another subject's ("a collision can silently change references").
  if (any(cues, Cue.secrecy) && any(cues, demands | directed) && probability(z) >= 0.2 && (any(cues, directed) || !covertIsStatement(clause, previous))) {
    return { rule: 'semantic/conceals-from-user', message: 'Text tells the model to keep something from the user' };
  }
  if (role === 'content' && any(cues, Cue.impersonation) && any(cues, directed | Cue.override) && any(cues, demands | Cue.override)) {
    return { rule: 'semantic/impersonates-user', message: 'Tool output speaks as the user or opens a fake conversation turn to give orders' };
  }
  if (role === 'content' && any(cues, Cue['false-error']) && any(cues, Cue.obligation | Cue['addresses-model']) && any(cues, Cue['call-tool'] | Cue['file-access'] | Cue.execute | Cue['network-send'])) {
    return { rule: 'semantic/false-error', message: 'An error message demands that the model take an action to get its result' };
  }
  if (any(cues, Cue.authority) && any(cues, Cue.execute | Cue['network-send']) && any(cues, Cue.imperative | Cue.obligation | Cue.urgency | Cue['addresses-model'])) {
    return { rule: 'semantic/false-authority', message: 'Text claims system or security authority to make the model run a command or send data' };
  }
  if (role === 'content' && any(cues, Cue['to-user']) && any(cues, Cue.imperative | Cue.obligation) && any(cues, Cue['call-tool'] | Cue['action-verb'] | Cue.execute) && probability(z) >= 0.2) {
    return { rule: 'semantic/dictates-reply', message: 'Tool output orders an action and dictates what the model tells the user' };
  }
  if (role === 'metadata' && any(cues, Cue.persuasion) && !any(cues, Cue['conditional-use']) && probability(z) >= 0.05 && !prefersOneCall(clause)) {
    return { rule: 'semantic/preference-manipulation', message: 'Tool metadata advertises itself to the model to win its choice of tool' };
  }
  return undefined;
}
