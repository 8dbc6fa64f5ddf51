// Orders read by their grammar and by what they name rather than by cue combinations (orders.ts): secrecy
// toward the user in other languages (conceals.ts), a credential file, a secret in a URL or an argument,
// secrets in bulk or something more sent to an outside address (sends-secrets.ts), and an order put in the user's mouth
// (attributed.ts), and an order to destroy what the user keeps or to pipe a download into a shell
// (destroys.ts); a secret routed to another host (flows.ts), the user's limits set aside (user-limits.ts), and
// an order whose actor is the model named by a causative, a permission or a step label (actor-orders.ts). One
// call per clause, after the cue rules found nothing.
import { actorOrder } from './actor-orders.js';
import { attributedOrder } from './attributed.js';
import { Cue } from './cues.js';
import { aiNamed, destructiveOrder } from './destroys.js';
import type { TextRole } from './features.js';
import { addsSecretToEveryLink, chainsSecretOut, sendsNewSecretsOut } from './flows.js';
import type { OrderMatch } from './orders.js';
import { credentialIntoArgument, credentialIntoReply, handsContextToCall, handsSecretsToCall, ordersSendingOut, putsSecretsInBulk, secretIntoFarUrl, secretIntoUrl, sendsSecretsInBulk } from './sends-secrets.js';
import { setsUserLimitsAside } from './user-limits.js';

const toModel = Cue['addresses-model'] | Cue.obligation;
/** The cues an order to destroy shows: the model named or obliged, a verb first, a call or a command. */
const mayOrder = Cue['addresses-model'] | Cue.obligation | Cue.imperative | Cue['call-tool'] | Cue.execute;

/** The readings of a clause that depend on its text alone, remembered with the clause (analyze.ts). */
export interface ClauseGrammar {
  keepsFromUser(text: string): boolean;
  sendsCredentialFile(text: string): boolean;
}

/**
 * The order a clause (lower case, not code-like) with `cues` gives, read by its grammar, if any; `grammar`:
 * its remembered text-only readings; `previous` and `previousCues`: the clause before it (empty and 0 for
 * the first); `opener`: a clause two to four before it with a URL left open for a value, or empty.
 */
export function readOrder(text: string, grammar: ClauseGrammar, cues: number, role: TextRole, previous: string, previousCues: number, opener = ''): OrderMatch | undefined {
  if (grammar.keepsFromUser(text)) return { rule: 'semantic/conceals-from-user', message: 'Text tells the model to keep something from the user' };
  if (grammar.sendsCredentialFile(text)) return { rule: 'semantic/sends-credential-file', message: 'Text orders a credential file sent to an outside address' };
  // A URL or an address to send to shows as the network-send cue.
  const sends = (cues & Cue['network-send']) !== 0;
  if ((sends && secretIntoUrl(text)) || (previousCues & Cue['network-send'] && secretIntoUrl(text, previous)) || (opener !== '' && secretIntoFarUrl(text, opener))) return { rule: 'semantic/sends-credential-file', message: "Text asks for a URL completed with a credential file, the conversation or another service's key" };
  if (sendsSecretsInBulk(text) || (cues & toModel && putsSecretsInBulk(text))) {
    return role === 'metadata'
      ? { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders every key or password, or the user\'s, sent out or put into what the model writes' }
      : { rule: 'semantic/injected-instruction', message: 'Text orders every key or password, or the user\'s, sent out or put into what the model writes' };
  }
  // In content, only where an AI is named: CI docs tell a person to paste a deploy key into a settings field.
  if (role === 'content' && cues & toModel && credentialIntoArgument(text) && aiNamed.test(text)) return { rule: 'semantic/sends-credential-file', message: "Text orders the model to put a credential file's contents in an argument" };
  // Bit tests first: the clause orders (names or obliges the model, or opens with a verb) and names a file or a secret.
  if (cues & (toModel | Cue.imperative) && cues & (Cue['file-access'] | Cue['sensitive-data']) && credentialIntoReply(text)) {
    return { rule: 'semantic/sends-credential-file', message: "Text orders the model to put a credential file's contents in its answer" };
  }
  if (role === 'content' && cues & Cue['call-tool'] && cues & Cue['sensitive-data'] && handsSecretsToCall(text)) {
    return { rule: 'semantic/injected-instruction', message: "Text orders a call handed the user's passwords or keys" };
  }
  if (cues & Cue['call-tool'] && handsContextToCall(text)) {
    return role === 'metadata'
      ? { rule: 'semantic/poisoned-metadata', message: "Tool metadata orders a call handed the model's whole conversation" }
      : { rule: 'semantic/injected-instruction', message: "Text orders a call handed the model's whole conversation" };
  }
  if (role === 'metadata') {
    if (credentialIntoArgument(text)) return { rule: 'semantic/sends-credential-file', message: "Tool metadata asks for a credential file's contents in an argument" };
    if (sends && ordersSendingOut(text, (cues & Cue['tool-order']) !== 0, (cues & toModel) !== 0, (cues & Cue['sensitive-data']) !== 0)) {
      return { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders the model to send something to an outside address' };
    }
  }
  if (attributedOrder(text, cues, role)) return { rule: 'semantic/impersonates-user', message: 'Text puts an order to the model in the mouth of the user' };
  // Which value flows where: a secret from a tool, the environment or made anew, routed to another host (flows.ts).
  if (chainsSecretOut(text, previous) || addsSecretToEveryLink(text, previous) || sendsNewSecretsOut(text, previous)) {
    return role === 'metadata'
      ? { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders a secret routed into a URL, a webhook or every link the model opens' }
      : { rule: 'semantic/injected-instruction', message: 'Text orders a secret routed into a URL, a webhook or every link the model opens' };
  }
  if (setsUserLimitsAside(text)) {
    return role === 'metadata'
      ? { rule: 'semantic/poisoned-metadata', message: 'Tool metadata orders the model to set aside the limits the user gave it' }
      : { rule: 'semantic/injected-instruction', message: 'Text orders the model to set aside the limits the user gave it' };
  }
  // Who is made to act: a causative, a permission, an address, a step label (actor-orders.ts).
  if (actorOrder(text, role, previous)) {
    return role === 'metadata'
      ? { rule: 'semantic/poisoned-metadata', message: 'Tool metadata has the model destroy, disable, get past a safeguard or send something out' }
      : { rule: 'semantic/injected-instruction', message: 'Text has the model destroy, disable, get past a safeguard or send something out' };
  }
  if (cues & mayOrder) {
    const destroys = destructiveOrder(text, cues, role, previous);
    if (destroys === 'error' || (destroys !== undefined && cues & Cue['false-error'])) return { rule: 'semantic/false-error', message: 'An error or its hint orders the model to destroy something or to run a download' };
    if (destroys !== undefined) {
      return role === 'metadata'
        ? { rule: 'semantic/poisoned-metadata', message: destroys === 'pipes' ? 'Tool metadata orders the model to pipe a download into a shell' : 'Tool metadata orders the model to destroy or disable what the user keeps' }
        : { rule: 'semantic/injected-instruction', message: destroys === 'pipes' ? 'Text orders the model to pipe a download into a shell' : 'Text orders the model to destroy or disable what the user keeps' };
    }
  }
  return undefined;
}
