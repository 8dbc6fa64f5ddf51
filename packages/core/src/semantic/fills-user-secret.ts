// A tool parameter the model is to fill with a secret the user keeps on their side: "filled in by the
// assistant with the card number saved in the user's browser", "the GITHUB_TOKEN of the user's environment
// is expected here; the model reads it from the shell". Read as who acts, what, and from where: the AI named
// as the actor, a secret the user holds (a password, a token, a key, a card's number or code, a recovery
// phrase, a variable named for one), and a place on the user's side (their environment, shell, browser,
// keychain, files, machine). A parameter that takes a key the server's own environment supplies names no
// user's place; one that says the model must not touch it is negated where the AI is named.
import { aiNameSource } from './ai-names.js';

/** A secret the user holds (lower case). */
const secret = /(?<![\p{L}])(?:passwords?|passcodes?|passphrases?|pin codes?|(?:access|api|auth|session|bearer|refresh|personal access|github|gitlab|npm) tokens?|api[ -]?keys?|secret(?: access)? keys?|private keys?|seed phrases?|recovery (?:phrase|codes?)|card numbers?|cvv|cvc|security codes?|one-time codes?|credentials)(?![\p{L}])/u;
/** An environment variable named for a secret, as written (`GITHUB_TOKEN`, `STRIPE_SECRET_KEY`). */
const secretVariable = /\b[A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:TOKEN|KEY|SECRET|PASSWORD|PAT)\b/;
/** The AI as the one acting (a closed class of the names it goes by). */
const ai = new RegExp(String.raw`\b(?:${aiNameSource})\b`, 'g');
/** The user's side: what they keep on their machine (a possessive of the user, then a place within two words). */
const userSide = /\b(?:the user's|the user’s|their|your|the customer's|the customer’s)\s+(?:[a-z]+\s+){0,2}?(?:environment|env|shell|terminal|browser|keychain|wallet|machine|computer|laptop|home folder|home directory|files?|profile|password manager|vault|clipboard|ssh folder|dotfiles)\b/;
const negation = new Set(['not', 'never', "don't", "doesn't", 'cannot', "can't", 'no', 'without', 'nor']);
/** Words after "the model" that make it the actor (a modal); "the model" alone may be the one a tool runs. */
const modals = new Set(['must', 'should', 'will', 'shall', 'can', 'may', 'needs', 'has', 'would']);

/**
 * What a description must hold to be read at all, in any case: an AI's name (`ai` finds it). Exported for
 * outOfScopeParameters, which tests it together with its own first test in one call per parameter.
 */
export const mayNameAi = /the (?:[a-z]+ )?(?:assistant|agent|model|ai|llm)\b|ai (?:assistant|agent)/i;

/** Whether a parameter's description (any case) asks the model to fill it with a secret from the user's side (see above). */
export function fillsUserSecret(description: string): boolean {
  const head = description.length > 2000 ? description.slice(0, 2000) : description;
  return mayNameAi.test(head) && fillsUserSecretLower(head.toLowerCase(), head);
}

/** fillsUserSecret of a description's first 2000 characters (`head`), given lowered too (`text`). */
export function fillsUserSecretLower(text: string, head: string): boolean {
  if ( !userSide.test(text) || !(secret.test(text) || secretVariable.test(head))) return false;
  ai.lastIndex = 0;
  for (let m = ai.exec(text); m !== null; m = ai.exec(text)) {
    // Three words on each side of the AI's name: "the model must never …", "not by the assistant".
    const before = text.slice(Math.max(0, m.index - 60), m.index).split(/\s+/).filter((w) => w !== '').slice(-3);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/\s+/).filter((w) => w !== '').slice(0, 3);
    // "The model to use", "the model name": a tool's own model, unless it acts ("by the model", "the model must").
    if (m[0].endsWith('model') && before.at(-1) !== 'by' && !modals.has(after[0] ?? '')) continue;
    if (![...before, ...after].some((w) => negation.has(w.replace(/[^a-z'’]/g, '')))) return true;
  }
  return false;
}
