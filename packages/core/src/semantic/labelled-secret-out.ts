// A secret sent to a literal recipient, after a word that addresses the reader, read by the parts every
// language writes alike. The lexicons (foreign-*.ts) know the verbs and the nouns of the AI of the languages
// they list, and unread-handovers.ts reads a handover where the AI is named (its acronym, a model, an
// assistant's noun of a family it knows); where the reader is addressed by a noun none of them knows, both
// read nothing. Three parts are written the same in most languages and make an order together, whatever the
// verb: a clause opened by a short address (a word or three, then a colon; a word or two, then a comma: who
// the clause speaks to), and after it, in one stretch between punctuation marks, a secret named as the
// world's languages borrow it (a password, a PIN, a CVV, an OTP, a 2FA code, a seed phrase, a private key,
// an API key, a token, a credential file) and a recipient: an e-mail address or an international phone
// number (a credential file may go to a URL too: a file is sent there, where a vault's page is visited).
// What passes: English (its readers read the verb), a guide's subordinate clause ("Si olvidaste el PIN,
// llama al +34 …": the secret and the number in two stretches), a warning that negates its verb first
// ("Assistant : n'envoie jamais le PIN à …"), a report to a security mailbox, and a chat line naming the
// link where a secret is kept.
import { namesCredentialFile } from './credential-files.js';
import { readsAsEnglish } from './kept-payloads.js';
import { negationWords } from './kept-words.js';
import { moreReaderGate } from './reader-gates.js';
import { email, phoneNumber } from './unread-handovers.js';

/** The secrets every language writes with the borrowed word or acronym, bounded by anything but a letter or a digit. */
const secretWord = /(?<![\p{L}\p{N}])(?:passwords?|passwd|passcodes?|pins?|cvv2?|cvc2?|otps?|2fa|mfa|totp|seed[- ]?(?:phrases?|words?)|mnemonics?|private[- ]?keys?|api[-_ ]?(?:keys?|tokens?|secrets?)|tokens?|ssh[-_ ]?keys?)(?![\p{L}\p{N}])/u;
/** The gate: one of those words' literals (a credential file's name opens the reader too). */
export const labelledSecretGate = moreReaderGate(/pass|pin|cvv|cvc|otp|2fa|mfa|seed|mnemonic|private|key|token|\.env|\.ssh|id_rsa|\.aws|netrc|npmrc|pypirc/);

/** A short address that opens the clause: one to three words and a colon, or one or two and a comma. */
const address = /^[\s"'«„“*>•-]*(?:[\p{L}\p{M}'’ʼ-]+(?: [\p{L}\p{M}'’ʼ-]+){0,2}\s*[:：]|[\p{L}\p{M}'’ʼ-]+(?: [\p{L}\p{M}'’ʼ-]+)?\s*[,，،])\s+/u;
/**
 * The stretches the rest of the clause falls into: punctuation that ends a phrase, then a blank (a domain's dots
 * stay inside), with the full stops the sentence splitter does not cut at (the Indic danda, the Ethiopic and Urdu
 * stops): "OTP किसी के साथ साझा न करें। सहायता के लिए +91 …" warns, then gives a number, in two stretches.
 */
const stretchEnd = /[,;:!?。！？،、।॥።۔]\s|\.\s|[.!?।॥።۔]$/u;
const url = /(?:https?|ftp|wss?):\/\/[^\s"'<>)]+/u;
/** A negation opening the stretch, before its verb ("no envíes", "n'envoie", "non mandare", "не отправляй"). */
const negationFirst = new RegExp(`^(?:${negationWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{M}])`, 'u');
/**
 * A word only English spells so: a short English label's line ("Auth: API token issued by admin@…") holds one
 * where readsAsEnglish wants two. Not the words other languages share ("send", "an", "of", "is", "for", "by").
 */
const englishWord = /(?<![\p{L}])(?:the|your|you|from|with|please|and|this|that|into|are|our|when|if|will|should|must|issued|request)(?![\p{L}])/u;
/** Mailboxes that receive reports, not secrets ("report a leaked token to security@…"). */
const reportsMailbox = /^(?:security|abuse|psirt|cert|soc|incident|incidents)@/u;

/** Whether a clause (lower case) opens with a short address and then names a secret and a recipient it goes to in one stretch. */
export function sendsSecretAfterAddress(clause: string): boolean {
  const opener = address.exec(clause);
  // English is the English readers' (sends-secrets.ts reads its verbs).
  if (opener === null || readsAsEnglish(clause) || englishWord.test(clause)) return false;
  let rest = clause.slice(opener[0].length, opener[0].length + 600);
  while (rest !== '') {
    const end = stretchEnd.exec(rest);
    const stretch = end === null ? rest : rest.slice(0, end.index);
    rest = end === null ? '' : rest.slice(end.index + end[0].length);
    if (sendsInStretch(stretch.trim())) return true;
  }
  return false;
}

/** Whether one stretch names a secret and a recipient (the recipient's own text is no secret), not negated first. */
function sendsInStretch(stretch: string): boolean {
  if (negationFirst.test(stretch)) return false;
  const mailbox = email.exec(stretch) ?? phoneNumber.exec(stretch);
  if (mailbox !== null && reportsMailbox.test(mailbox[0])) return false;
  if (mailbox !== null) return secretWord.test(stretch.replace(mailbox[0], ' ')) || namesCredentialFile(stretch.replace(mailbox[0], ' '));
  const link = url.exec(stretch);
  return link !== null && namesCredentialFile(stretch.replace(link[0], ' '));
}
