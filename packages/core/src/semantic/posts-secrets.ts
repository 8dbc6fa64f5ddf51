// An order to post the environment or a credential file where others read it: the output of the command
// that prints the environment, or a .env file's contents, put into a pull request's comment, an issue's
// thread or a gist. An issue, a thread, a gist or a chat is read by more people than the user; what the
// environment and those files hold is the user's keys. Read as the order's parts: what is posted (the
// environment, by name or by the command that prints it, or a credential file), a verb of posting in its
// ordering form (first in its clause, after a conjunction or a courtesy word, or in a polite question to
// the reader), a public place, and nothing that keeps the secret out (a negation, a redaction, a mask).
import { credentialFile, template } from './sends-secrets.js';
import { readerGate } from './reader-gates.js';

/** The environment, by name or by the commands that print it. */
const environment = /(?<![\p{L}])(?:environment variables|env vars|`(?:printenv|env|set|export -p)`|printenv)(?![\p{L}])/u;
const quick = /env|credential|\.ssh|\.aws|netrc|npmrc|pypirc|gcloud|azure|kube|docker|shadow|keychain|gnupg/;
/** The gate of postsSecrets (reader-gates.ts): its first test. */
export const postsGate = readerGate(quick);
/** A verb of posting or putting. */
const posting = String.raw`(?:paste|post|put|drop|add|attach|include|copy|share|leave|write|dump|publish|upload|submit)`;
/** The verb in its ordering form. */
const ordering = new RegExp(
  String.raw`(?:^|[,:;]\s*|(?<![\p{L}])(?:and|then|please|kindly|also)\s+|(?<![\p{L}])(?:could|would|can|will) you\s+(?:please\s+|kindly\s+)?(?:be so kind as to\s+)?)(?:(?:then|now|also|just|please|kindly)\s+)*${posting}(?![\p{L}])`,
  'u',
);
/** A place others read. */
const place = /(?<![\p{L}])(?:comments?|reply|replies|thread|issue|pull request|pr|discussion|ticket|channel|chat|gist|pastebin|public|description|wiki|commit message)(?![\p{L}])/u;
/** What keeps the secret out, or warns against posting it. */
const keptOut = /(?<![\p{L}])(?:redact|redacted|redacting|mask|masked|masking|sanitized|sanitised|scrubbed|placeholders?|never|not|don't|do not|without (?:the )?(?:secrets?|values|keys))(?![\p{L}])/u;

/** Whether a clause (lower case) orders the environment or a credential file posted where others read it. */
export function postsSecrets(clause: string): boolean {
  if (!quick.test(clause) || !place.test(clause)) return false;
  const file = credentialFile.exec(clause);
  const named = environment.test(clause) || (file !== null && !template.test(file[0].trim().replace(/^["'`(/]/, '')));
  return named && ordering.test(clause) && !keptOut.test(clause);
}
