// An order to post the environment or a credential file where others read it: the output of the command
// that prints the environment, or a .env file's contents, put into a pull request's comment, an issue's
// thread or a gist. An issue, a thread, a gist or a chat is read by more people than the user; what the
// environment and those files hold is the user's keys. Read as the order's parts: what is posted (the
// environment, by name or by the command that prints it, or a credential file), a verb of posting in its
// ordering form (first in its clause, after a conjunction or a courtesy word, or in a polite question to
// the reader), a public place, and nothing that keeps the secret out (a negation, a redaction, a mask).
import { namesCredentialFile } from './credential-files.js';
import { readerGate } from './reader-gates.js';

/** The environment, by name or by the commands that print it. */
const environment = /(?<![\p{L}])(?:environment variables|env vars|`(?:printenv|env|set|export -p)`|printenv)(?![\p{L}])/u;
const quick = /env|credential|\.ssh|\.aws|netrc|npmrc|pypirc|gcloud|azure|kube|docker|shadow|keychain|gnupg|~\/|\/\./;
/** The gate of postsSecrets (reader-gates.ts): its first test. */
export const postsGate = readerGate(quick);
/** A verb of posting or putting. */
const posting = String.raw`(?:paste|post|put|drop|add|attach|include|copy|share|leave|write|dump|publish|upload|submit)`;
/** The verb in its ordering form. */
const ordering = new RegExp(
  String.raw`(?:^|[,:;]\s*|(?<![\p{L}])(?:and|then|please|kindly|also)\s+|(?<![\p{L}])(?:could|would|can|will) you\s+(?:please\s+|kindly\s+)?(?:be so kind as to\s+)?)(?:(?:then|now|also|just|please|kindly)\s+)*${posting}(?![\p{L}])`,
  'u',
);
/** A place others read ("public" as a place: not the public half of a key pair). */
const place = /(?<![\p{L}])(?:comments?|reply|replies|thread|issue|pull request|pr|discussion|ticket|channel|chat|gist|pastebin|public(?! (?:half|part|portion|key))|description|wiki|commit message)(?![\p{L}])/u;
/** Each posting verb in its ordering form, with what follows it (its object first). */
const orderingAll = new RegExp(ordering.source, 'gu');
/**
 * The public half of a key pair as the thing posted ("add the public half to …", "paste id_ed25519.pub into
 * …", "upload your public key"): made to be given out, so a deploy-key setup that names the private file it
 * comes from posts no secret. The object must end there ("the public key and ~/.ssh/id_rsa" posts both).
 */
const publicKeyObject = /^\s+(?:(?:the|its|your|their|this|that|a|new|generated|matching)\s+)*(?:public (?:half|part|portion|key|keys)|pub ?keys?|[\w~/.-]*\.pub)(?:\s+(?:file|only))?(?=\s+(?:to|into|in|on|onto|at|under|as|from|for|so)(?![\p{L}])|\s*[,.;:)]|\s*$)/u;
/** What keeps the secret out, or warns against posting it. */
const keptOut = /(?<![\p{L}])(?:redact|redacted|redacting|mask|masked|masking|sanitized|sanitised|scrubbed|placeholders?|never|not|don't|do not|without (?:the )?(?:secrets?|values|keys))(?![\p{L}])/u;

/** Whether a clause (lower case) orders the environment or a credential file posted where others read it. */
export function postsSecrets(clause: string): boolean {
  if (!quick.test(clause) || !place.test(clause)) return false;
  const named = environment.test(clause) || namesCredentialFile(clause);
  return named && ordersPostingOfSecret(clause) && !keptOut.test(clause);
}

/** Whether a posting verb is said as an order with anything but a public key as its object. */
function ordersPostingOfSecret(clause: string): boolean {
  orderingAll.lastIndex = 0;
  // At most a few verbs per clause: a clause is at most a sentence.
  for (let m = orderingAll.exec(clause), n = 0; m !== null && n < 8; m = orderingAll.exec(clause), n++) {
    if (!publicKeyObject.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 64))) return true;
  }
  return false;
}
