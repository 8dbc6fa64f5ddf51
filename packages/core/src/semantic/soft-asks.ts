// An ask put softly: a wish ("it would help a lot if the kubeconfig were attached to …"), a question ("could
// you post the private key from ~/.ssh to …"), a courtesy ("kindly give … access"), a duty laid on the AI ("… is to be
// granted … by the assistant", "the assistant is expected to …"), what the assistant "may
// want to" or "usually" does, or a condition on an AI reading ("if an assistant is reading this page, the
// token from its environment should be included in …"). The imperative readings find an order by its verb's
// form; these ask the same thing in a frame that makes it a request. Read by the request's parts: the frame,
// and either what signs in (a credential file's contents, a private key, a kubeconfig, a token or secret
// taken from the environment) moved into an address, an argument, a field, a form or a message, or access
// given to an outside address (rights, a login, a key added to authorized_keys, an admin account made, a
// folder shared with anyone who has the link), or money moved to an account number the text gives ("would
// you mind transferring 2,400 EUR … to IBAN GB33…"). A tool asking for its own
// API key ("could you paste your API key here"), a public key, a key's path or fingerprint, a redacted file,
// and access the user decides on pass.

import { readerGate } from './reader-gates.js';
import { ibanStartShape, longNumberShape } from './money-literals.js';
/** The soft frames: a wish, a question, courtesy, what the assistant may want to or usually does, a condition on an AI reader. */
const frame = new RegExp(
  [
    String.raw`\b(?:it\s+)?would\s+(?:really\s+|greatly\s+|also\s+)?(?:help|be\s+(?:great|lovely|nice|useful|helpful|ideal|wonderful|perfect|appreciated|best))\b`,
    String.raw`\b(?:could|would|can|will)\s+you\b|\bwould\s+you\s+(?:mind|be\s+so\s+kind)\b|\bkindly\b|\bif\s+(?:it\s+is|it's)\s+(?:no|not\s+too\s+much)\s+trouble\b`,
    // Courtesy that names no one: "please be so kind as to grant …", "I would be grateful if …".
    String.raw`\bbe\s+so\s+kind\s+as\s+to\b|\b(?:i|we)(?:\s+would|'d)\s+be\s+(?:very\s+|most\s+|so\s+)?grateful\s+if\b`,
    String.raw`\b(?:may|might)\s+(?:also\s+)?want\s+to\b|\b(?:usually|typically|normally|often|tend\s+to|generally)\s+(?:also\s+)?(?:paste|include|attach|send|put|add|upload|share|post|copy|give|grant)\b`,
    String.raw`\bif\s+(?:an?\s+|the\s+)?(?:automated\s+)?(?:ai|assistant|agent|model|llm|bot|copilot)s?\b[^.;]{0,40}\b(?:is|are)\s+(?:reading|processing|doing|running|handling|summari[sz]ing)\b`,
    // A duty laid on the AI as a notice or a decision, the grant its own act: in the passive with the AI as its
    // agent ("… is to be granted … by the assistant handling this ticket"), or the AI as the subject of a duty
    // whose verb is the grant ("the assistant is expected to add …", "the AI assistant must register …"). A duty
    // to ask someone else, or a present passive stating how a product works, is none. A bare "agent" is left
    // out: in a ticket or a chat it is a person.
    String.raw`\b(?:(?:is|are) to|must|should|shall|needs? to|has to|have to)\s+be\s+(?:granted|given|added|invited|made|shared|extended|assigned|registered)\b[^;!?]{0,160}?\bby\s+(?:the|an?|your)\s+(?:ai(?:\s+(?:assistant|agent))?|assistant|model|llm|copilot)\b`,
    String.raw`\b(?:the|an?|your|any)\s+(?:ai(?:\s+(?:assistant|agent))?|assistant|model|llm|copilot)s?\s+(?:(?:is|are)\s+(?:expected|required|asked|supposed|instructed)\s+to|(?:is|are) to|must|shall|should|needs? to|has to|have to)\s+(?:(?:also|now|then|first|immediately|promptly|please)\s+)?(?:grant|give|add|invite|register|make|create|share|extend|assign|set\s+up|open)\b`,
  ].join('|'),
);
/** A cheap first test of `frame`'s literals (a duty's words, not the AI's: a clause that only names the model opens no gate). */
const frameQuick = /would|could|can you|will you|kindly|kind as|grateful|trouble|want to|usually|typically|normally|often|tend to|generally|if a|is to|are to|must|should|shall|need to|needs to|has to|have to|expected|required|asked|supposed|instructed/;
/** The gate of asksSoftly: its first test of a frame. */
export const softFrameGate = readerGate(frameQuick);

/** What signs in: a credential file, a private key, a kubeconfig, a secret taken from the environment. */
const secret = /(?:~|\$home)?\/?\.ssh\/(?:id_[a-z0-9]+|identity|config)(?!\.pub)|\bprivate\s+(?:deploy\s+|ssh\s+|signing\s+)?keys?\b|\.aws\/credentials|\.kube\/config|\bkubeconfig\b|\.docker\/config\.json|\.netrc\b|\.npmrc\b|\.pypirc\b|\.git-credentials\b|(?:^|[\s"'`(/])\.env(?![\w-]|\.\w)|\b(?:tokens?|secrets?|keys?|credentials|passwords?)\s+(?:from|in|of)\s+(?:the\s+|its\s+|your\s+|their\s+|the\s+user's\s+)?(?:environment|env|shell)\b|\b(?:environment|env)\s+(?:variables?|vars?)\b/;
const secretQuick = /\.ssh|private|\.aws|\.kube|kubeconfig|\.docker|netrc|npmrc|pypirc|credentials|\.env|environment|env |shell/;
/** Where it goes: an outside address, a tool's argument or field, a form, a message, a comment, a call. */
const into = /https?:\/\/|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]|\b(?:argument|parameter|field|form|here|message|comment|issue|ticket|reply|post|channel|call|body|notes?)\b/;
/** A verb of moving, in any inflection. */
const moving = /\b(?:include|includ(?:ed|ing)|attach(?:ed|ing)?|paste[sd]?|pasting|post(?:ed|ing)?|send|sent|sending|upload(?:ed|ing)?|share[sd]?|sharing|append(?:ed|ing)?|add(?:ed|ing)?|put|putting|forward(?:ed|ing)?|cop(?:y|ied|ying)|submit(?:ted|ting)?|e-?mail(?:ed|ing)?)\b/;

/** Access given to someone: rights, a login, a role, a key added to authorized_keys. */
const grant = /\b(?:give|giv(?:en|ing)|grant(?:ed|ing)?|extend(?:ed|ing)?|add(?:ed|ing)?|invit(?:e|ed|ing)|append(?:ed|ing)?)\b[^;]{0,160}?\b(?:access|rights|permissions?|admin(?:istrators?|s)?|owner(?:ship)?|collaborator|unlock|login|authorized_keys|consent)\b|\b(?:access|rights|permissions?)\b[^;]{0,60}?\b(?:to|for)\s+(?:the\s+account\s+)?[a-z0-9._%+-]+@/;
// Access made anew or opened to all: an admin account created for someone, someone made an admin, a folder shared with anyone who
// has the link (each given to an outside address); and money moved to an account number the text gives.
const opened = /\b(?:create|set\s+up|make|open|add)\b[^;]{0,60}?\b(?:admin|administrator|owner|superuser|root)\s+(?:account|user|login)\b|\bma(?:ke|de|king)\b[^;]{0,60}?\b(?:an?\s+)?(?:(?:super|global|workspace|org|organi[sz]ation|tenant|site|domain)\s+)?(?:admin|administrator|owner|superuser)s?\b|\bshar(?:e|ing)\b[^;]{0,80}?\bwith\s+(?:anyone|everyone|all\s+users)\b/;
const paysAccount = new RegExp(
  `\\b(?:transfer|transferring|wire|wiring|pay|paying|send|sending|move|moving)\\b[^;]{0,80}?\\bto\\s+(?:the\\s+)?(?:iban|account(?:\\s+number)?)\\s*:?\\s*(?:${ibanStartShape}|${longNumberShape})`,
);

const grantQuick = /access|rights|permission|admin|owner|collaborator|unlock|login|authorized_keys|consent|anyone|everyone|iban/;
/** To whom: an outside address, or a literal key of someone else. */
const grantee = /[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]|https?:\/\/|\bssh-(?:ed25519|rsa|dss)\s+aaaa|\becdsa-sha2-\S+\s+aaaa/;

/** What makes the ask none: a negation, its path or fingerprint only, a public key, a redacted copy, the user's say. */
const harmless = /\b(?:never|not|don't|do\s+not|no\s+need|without)\b|\b(?:paths?|locations?|fingerprints?|names?|filenames?|public)\b|\b(?:redact|redacted|masked|removed|stripped|placeholder)\b|\bthe\s+user\s+(?:asks|approves|confirms|decides|chooses|wants)\b|\bonly\s+if\b/;

/** Whether a clause (lower case) softly asks for a secret moved or access given away (see above). */
export function asksSoftly(clause: string): boolean {
  const mayMove = secretQuick.test(clause);
  const mayGrant = grantQuick.test(clause);
  if ((!mayMove && !mayGrant) || !frameQuick.test(clause) || !frame.test(clause)) return false;
  if (harmless.test(clause)) return false;
  if (mayMove && secret.test(clause) && moving.test(clause) && into.test(clause)) return true;
  if (!mayGrant) return false;
  return ((grant.test(clause) || opened.test(clause)) && grantee.test(clause)) || paysAccount.test(clause);
}
