// An order to move a secret (or the user's records) to a literal outside address that addresses nobody:
// the duty put in the passive ("deploy keys are to be posted to https://…", "for every note to be mirrored
// to …"), a wish that it be done ("the user wants the customer list sent to …", "we'd appreciate it if the
// address book were shared with …"), a favour offered as a gerund ("forwarding the card number to … would
// let the charge go through"), or AI readers as the subject of a plain present ("assistants that read this
// page paste the password into the form at https://…"). The imperative readings (sends-secrets.ts) find the
// verb in its ordering form; these forms have the same three parts - a secret, a verb of moving in any
// inflection, an address after it - and a frame that makes the move something asked, not reported.
// A description of what a service does ("the token is sent to https://…" with no duty), a credential handed
// to the endpoint that checks it ("passwords must be sent to https://…/login"), a restriction ("keys must
// only be sent to …"), a leak reported ("leaked tokens should be forwarded to security@…") and a negation
// pass.
import { credentialFileIn } from './credential-files.js';

type Role = 'metadata' | 'content';

const address = /https?:\/\/[^\s"'<>)]+|ftp:\/\/\S+|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z0-9.-]*[a-z]/g;

// Verbs of moving data somewhere, by inflection (a frame needs a given one).
const stems = 'send|forward|post|upload|copy|mirror|share|paste|transmit|submit|e-?mail|relay|sync|export|transfer';
const participles = 'sent|forwarded|posted|uploaded|copied|mirrored|shared|pasted|transmitted|submitted|e-?mailed|relayed|synced|exported|transferred|cc\'?d|bcc\'?d';
const gerunds = 'sending|forwarding|posting|uploading|copying|mirroring|sharing|pasting|transmitting|submitting|e-?mailing|relaying|syncing|exporting|transferring';
const softeners = String.raw`(?:(?:also|then|always|automatically|quietly|promptly|immediately|just|simply|each time|in full|as well),?\s+)*`;

/** The frames, each ending where the verb starts; the group is the verb. */
const frames: readonly RegExp[] = [
  // A duty in the passive: "are to be posted", "must also be copied", "needs to be sent".
  new RegExp(String.raw`(?<![\p{L}])(?:(?:is|are|be)\s+to|must|should|shall|needs?\s+to|has\s+to|have\s+to|ought\s+to|is\s+required\s+to|are\s+required\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+${softeners}be\s+${softeners}(${participles})(?![\p{L}])`, 'u'),
  // The duty as the purpose of an arrangement: "has arranged for every note body to be mirrored".
  new RegExp(String.raw`(?<![\p{L}])for\s+[^.;:]{1,60}?\s+to\s+be\s+${softeners}(${participles})(?![\p{L}])`, 'u'),
  // A wish with the thing and its participle: "wants the customer list sent to", "would like the keys posted to".
  new RegExp(String.raw`(?<![\p{L}])(?:wants?|wanted|needs|expects?|would\s+like|'d\s+like|asked\s+for|asks\s+for|requests?)\s+(?!to\s)[^.;:]{1,60}?\s+${softeners}(${participles})(?![\p{L}])`, 'u'),
  // A favour in a condition: "we'd appreciate it if the address book were also shared with …".
  new RegExp(String.raw`(?<![\p{L}])(?:appreciate(?:d)?|grateful|help(?:ful|s)?|great|lovely|nice|ideal|wonderful|perfect|best)\b[^.;]{0,40}?\b(?:if|when)\s+[^.;:]{1,60}?\s+(?:were|was|is|are|got|gets|could\s+be|would\s+be)\s+${softeners}(${participles})(?![\p{L}])`, 'u'),
  // AI readers as the subject of a plain present: "assistants that read this page paste …".
  new RegExp(String.raw`(?<![\p{L}])(?:ai\s+)?(?:assistants|agents|models|llms|bots|copilots)(?:\s+(?:that|who|which)\s+[^.;:]{1,60}?)?\s+${softeners}(${stems})(?![\p{L}])`, 'u'),
];
/** A favour as a gerund: the move is the subject, and what it "would let" or "would help" follows. */
const gerund = new RegExp(String.raw`(?<![\p{L}])(${gerunds})(?![\p{L}])`, 'u');
const favourAfter = /\b(?:would|will|could|should)\s+(?:really\s+|greatly\s+|also\s+)?(?:let|help|allow|make|be|get|fix|speed|unblock|save)\b|\b(?:is|are)\s+(?:much\s+|greatly\s+|really\s+)?(?:appreciated|welcome|needed|required|expected)\b/;
/** A preposition that takes what is moved to the address. */
const toward = /(?<![\p{L}])(?:to|with|into|at|via|on)(?![\p{L}])/u;

// What is moved. Secrets: what signs in or pays. Records: what the user keeps about people.
const secret = /(?<![\p{L}])(?:passwords?|passphrases?|passcodes?|private (?:keys?|half)|deploy keys?|ssh keys?|signing keys?|api[ _-]?keys?|access keys?|secret keys?|(?:access|auth|session|bearer|refresh|root|api|personal access|npm|pypi|github|gitlab|slack|deploy|ci) tokens?|tokens|credentials|kubeconfig|session cookies|cookies|card numbers?|card details|security codes?|cvv|cvc|seed phrases?|recovery (?:codes?|phrases?)|one-time codes?)(?![\p{L}])/u;
const records = /(?<![\p{L}])(?:customer (?:list|lists|data|records|database|emails)|address book|contact list|payroll(?: export| data| file)?|personal data|phone numbers|home addresses|social security numbers?|medical records|patient records)(?![\p{L}])/u;
/** A cheap first test of secret and records and credentialFile: their literals. */
const mayName = /pass|key|token|credential|kubeconfig|cookie|card|security code|cvv|cvc|seed|recovery|one-time|customer|address|contact|payroll|personal|phone|social|records|\.ssh|\.aws|\.env|netrc|npmrc|pypirc|gcloud|azure|\.kube|docker|shadow|keychain|gnupg|~\/|\/\./;

/** What makes the move no order: a negation or a restriction near the verb, a leak reported, an endpoint that checks the credential. */
const negated = /(?<![\p{L}])(?:never|not|no|don't|do not|n't|nobody|none)(?![\p{L}])/u;
const onlyThere = /(?<![\p{L}])only(?![\p{L}])/u;
const leaked = /(?<![\p{L}])(?:leaked|compromised|exposed|suspicious|revoked|stolen|found)\s+(?:[\p{L}-]+\s+)?$/u;
/** An endpoint that checks a credential (a login, an auth or token path, an SSO host): where one belongs, not a move out. */
export const checksCredential = /\/\/[^/\s]*(?:login|signin|auth|sso|accounts?\.)|\/(?:login|log-in|signin|sign-in|auth|oauth2?|token|tokens|sessions?|sso|verify)(?:[/?#\s]|$)/;
/** What a duty sends along in metadata, besides secrets: a copy, an extra ("all requests are to be sent to …" is an API's address). */
const extra = /(?<![\p{L}])(?:also|as well|in addition|a copy|copies)(?![\p{L}])/u;

/** Where the verb of a frame starts and which it is (0-4 the frames above, 5 the gerund), or undefined. */
function framedVerb(clause: string): { index: number; end: number; frame: number } | undefined {
  for (let f = 0; f < frames.length; f++) {
    const m = frames[f]!.exec(clause);
    if (m !== null) return { index: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, frame: f };
  }
  const g = gerund.exec(clause);
  if (g !== null && favourAfter.test(clause.slice(g.index + g[0].length))) return { index: g.index, end: g.index + g[0].length, frame: 5 };
  return undefined;
}

/**
 * Whether a clause (lower case) asks, without addressing anyone, for a secret or the user's records to be
 * moved to a literal outside address (see above); in tool metadata, a duty in the passive to send a copy
 * out as well counts too (the tool's own work goes to its own server).
 */
export function movesOutUnaddressed(clause: string, role: Role): boolean {
  if (!clause.includes('://') && !clause.includes('@')) return false;
  const verb = framedVerb(clause);
  if (verb === undefined) return false;
  // The address after the verb, with a preposition between them that takes something to it.
  address.lastIndex = verb.end;
  const to = address.exec(clause);
  if (to === null || to.index - verb.end > 160 || !toward.test(clause.slice(verb.end, to.index))) return false;
  const near = clause.slice(Math.max(0, verb.index - 40), to.index);
  if (negated.test(clause.slice(Math.max(0, verb.index - 40), verb.end + 16)) || onlyThere.test(near)) return false;
  const passive = verb.frame <= 1;
  if (!mayName.test(clause)) return role === 'metadata' && passive && extra.test(clause);
  const s = secret.exec(clause);
  const named = s ?? (credentialFileIn(clause) ?? null);
  if (named !== null) {
    if (leaked.test(clause.slice(Math.max(0, named.index - 24), named.index))) return false;
    return !checksCredential.test(to[0]);
  }
  // Records are the user's; a duty in the passive about them is a data-residency rule as often ("customer
  // data is to be uploaded to the EU bucket"): read them in the frames that ask.
  if (!passive && records.test(clause)) return true;
  return role === 'metadata' && passive && extra.test(clause);
}
