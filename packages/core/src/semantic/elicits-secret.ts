// An elicitation form that asks the user for what no server may hold: the text of a credential file (the
// form names `~/.aws/credentials`, `~/.pypirc`, `.env` as what to give, in whatever language the rest is
// in), a private key, or a wallet's recovery phrase; or a field of it that collects a login secret's value:
// a password, a PIN, a one-time code (OTP, 2FA, TAN, a code the bank texted), 2FA backup codes, a card's
// number or security code. A recovery phrase is known by what it is too (a wallet's 12 or 24 words), whatever
// the field is called. The MCP specification forbids asking for sensitive information through a form.
// A message may name a password without wanting its value (held for review by
// `injection/elicitation-secret-request`, as an API key or token asked by name is: naive setup forms ask
// for one); a field is where the value goes. A form that asks where such a file is, which one to use or what
// a key is called, one that says not to paste it, a public key (`.pub`), a choice (enum) and a yes/no pass.
import type { MessagePath } from '../types.js';
import { isRecord } from '../parse.js';
import { foldConfusables } from '../text/normalize.js';
import { namesCredentialFile } from './credential-files.js';
import { hostPosesAs } from '../values/posing-hosts.js';
import { urlHost } from '../values/url-hosts.js';

/**
 * A URL-mode elicitation is where a server may send the user to sign in (the specification's way for secrets),
 * so the page's host is what the user trusts: a host that poses as another site (values/posing-hosts.ts:
 * `github.com.session-verify.app`, lookalike letters) is the attacker's. The message sends the user to sign in
 * or asks for a login secret there, in a few languages.
 */
const signIn = /(?<![\p{L}])(?:sign(?:[- ]?in)|log(?:[- ]?in)|password|passcode|credentials?|2fa|two[- ]factor|one[- ]time code|verification code|mot de passe|reconnect|connectez|contraseña|inicia(?:r)? sesión|passwort|anmelden|senha|entrar|ログイン|登录)(?![\p{L}])/u;

/** The most fields of a form read, and the longest text read of each string. */
export const maxElicitedFields = 64;
export const maxElicitedText = 4096;

export interface ElicitedSecret {
  readonly path: MessagePath;
  readonly evidence: string;
}

const quick = /wallet|portefeuille|billetera|cartera|carteira|\.ssh|\.aws|\.env|\.kube|\.docker|netrc|npmrc|pypirc|git-credentials|gcloud|\.azure|shadow|keychain|gnupg|private|privé|privad|privat|phrase|frase|mnemonic|seed|recovery|助记词|秘密鍵|개인 키|приватн|закрыт/;
/** A private key, or a key file named as one, in English, French, Spanish, Portuguese, German, Japanese, Korean and Russian. */
const privateKey = /(?<![\p{L}])(?:private (?:ssh |deploy |signing |pgp |gpg |wallet )?key|clé privée|clave privada|chave privada|privater schlüssel|privaten schlüssel|秘密鍵|개인 키|приватный ключ|закрытый ключ)(?![\p{L}])|begin (?:rsa |openssh |ec |dsa )?private key/u;
/** A wallet's recovery phrase. */
const recoveryPhrase = /(?<![\p{L}])(?:(?:recovery|seed|secret|backup|mnemonic) (?:phrase|words)|mnemonic|(?:12|24)[- ]word (?:phrase|seed|recovery)|frase (?:de recuperação|de recuperación|semilla|semente)|phrase de récupération|wiederherstellungsphrase|助记词|シードフレーズ|복구 구문)(?![\p{L}])/u;
/**
 * A recovery phrase told by what it is rather than named: a wallet's words counted as wallets count them
 * ("the 12 or 24 words you wrote down when you set up your wallet"). A word count beside a wallet is that
 * phrase whatever the field is called.
 */
const countedWords = /(?<![\p{N}])(?<!(?:up to|at most|max|maximum|under|within|less than|fewer than|no more than|limited to)\s)(?:12|15|18|21|24)(?:\s*(?:or|\/|-|to|and)\s*(?:12|15|18|21|24))?[- ](?:secret |recovery |seed |backup )?(?:words?|mots|palabras|palavras|wörter|wörtern|слов)(?![\p{L}])/u;
const walletWord = /(?<![\p{L}])(?:wallets?|portefeuille|billetera|cartera|carteira|wallet-app|кошел\p{L}*|钱包|ウォレット|지갑)(?![\p{L}])/u;

/** The form asks where the thing is, which one, or what it is called: not its value. */
const notValue = /(?<![\p{L}\d_./-])(?:path|paths|location|where|which|select|choose|pick|directory|folder|file ?name|name|label|alias|fingerprint|id|exists?|chemin|ruta|caminho|pfad|sökväg)(?![\p{L}\d_])/u;
const negated = /(?<![\p{L}])(?:never|not|don't|do not|no need|jamais|nunca|nie|niemals|aldrig)(?![\p{L}])/u;

/** Whether one string of a form (lower case) asks for a credential file's text, a private key or a recovery phrase. */
export function asksSecretValue(text: string): boolean {
  if (!quick.test(text) || negated.test(text)) return false;
  const named = namesCredentialFile(text) || privateKey.test(text) || recoveryPhrase.test(text) || (countedWords.test(text) && walletWord.test(text));
  return named && !notValue.test(text);
}

// A login secret, named in the field's name (`_` and `-` read as spaces), title or description, in the
// languages of the lexicons (semantic/*-orders.ts) and a few more.
const loginSecret = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    // A password.
    'pass ?words?', 'passwd', 'pwd', 'pass ?phrase', 'pass ?code', 'mot de passe', 'contraseña', 'contrasena', 'senha', 'passwort', 'kennwort', 'wachtwoord', 'heslo', 'hasło', 'haslo', 'parola', 'şifre', 'sifre', 'пароль', 'parol', 'पासवर्ड', '密码', '密碼', 'パスワード', '비밀번호', 'كلمة المرور', 'סיסמה', 'mật khẩu', 'kata sandi', 'รหัสผ่าน',
    // A PIN written as a code's name (a lower-case `pin` is as often the verb: fieldCollectsSecret reads it apart).
    'pin ?code', 'pin-code', 'пин', 'पिन',
    // A one-time code: an authenticator's, a bank's TAN, one sent by SMS.
    'otp', 'totp', '2fa', 'mfa', 'tan', 'one[ -]?time (?:code|password|pin)', '(?:verification|confirmation|authenticator|authentication|sms|login) code', 'code (?:sms|de vérification|de confirmation)', 'código (?:sms|de verificación|de verificação|de confirmación)', 'bestätigungscode', 'einmalpasswort', 'kod (?:2fa|sms|weryfikacyjny)', 'doğrulama kodu', 'dogrulama kodu', 'код (?:подтверждения|2fa|з смс|из смс)', 'ओटीपी', '验证码', '認証コード', '인증 ?(?:번호|코드)',
    // 2FA backup codes.
    '(?:backup|recovery) codes?', 'códigos? de (?:recuperación|respaldo)', 'codes? de (?:récupération|secours)', 'wiederherstellungscodes?',
    // A card's number or security code.
    'card ?(?:number|no)', 'cvv2?', 'cvc2?', 'security code', 'kartennummer', 'prüfnummer', 'número de (?:la )?tarjeta', 'numéro de (?:la )?carte', 'numero (?:della )?carta', 'número do cartão', 'kart numarası', 'kart numarasi', 'güvenlik kodu', 'guvenlik kodu', 'номер карты', 'कार्ड नंबर', '卡号', 'カード番号', '카드 ?번호',
  ].join('|')})(?![\\p{L}])`,
  'u',
);
/**
 * Whether a text (lower case) names a login secret, a private key or a recovery phrase by what it is: the
 * value a message asking the user for it wants (sampling-asks.ts reads a request that has the model ask).
 */
export const namesUserSecret = (text: string): boolean => loginSecret.test(text) || privateKey.test(text) || recoveryPhrase.test(text) || (countedWords.test(text) && walletWord.test(text));

// A PIN: the field is named for one (`pin`, `card_pin`, `pin_code`), or its text writes the acronym in capitals.
const pinName = /^(?:.*[_-])?pin(?:[_-]?code)?$/i;
const pinText = /(?<![\p{L}])PIN(?![\p{L}])/u;
// A code the user was sent: texted, or shown by an authenticator or a bank's app (a sign-in's or a payment's),
// or e-mailed or shown in another app when the form is about signing in, a payment or who the user is.
// Relayed to a server, it signs the server in as the user. (A code to confirm an e-mail address is the
// server's own.)
const codeWord = String.raw`(?<![\p{L}])(?:codes?|digits|código|codice|kod|код|코드)(?![\p{L}])`;
const textedCode = new RegExp(String.raw`${codeWord}[^.。]{0,60}(?<![\p{L}])(?:sms|smsen|texted|text message|phone|authenticator|bank(?:ing)? app|смс|телефон)(?![\p{L}])|(?<![\p{L}])(?:sms|texted|смс)(?![\p{L}])[^.。]{0,40}${codeWord}`, 'u');
const sentCode = new RegExp(String.raw`${codeWord}[^.。]{0,60}(?<![\p{L}])(?:e-?mail|(?:your|the) app|we (?:just )?sent|sent (?:to )?you)(?![\p{L}])`, 'u');
const signingIn = /sign(?:ing)? ?in|log(?:ging)? ?in|authenti|identity|it(?: i|')s you|2fa|one-time|bank|payment|transfer|(?:link|connect) (?:the |your )?account/u;
const relayedCode = { test: (message: string): boolean => textedCode.test(message) || (sentCode.test(message) && signingIn.test(message)) };

/**
 * A cloud's or a secret store's master secret, which no server's form may take whatever it says it needs it
 * for: Vault's unseal key shares, recovery keys and root token, an AWS secret access key (not the access key
 * ID, which names the key), and an endpoint sensor's maintenance, uninstall or tamper-protection token (it
 * lets whoever holds it remove the protection from the host). Read in the field's name split at its camel case (`unsealKeys`, `secretAccessKey`).
 */
const masterSecret = /(?<![\p{L}\p{N}])(?:unseal (?:keys?|key shares?|shares?)|recovery keys?(?: shares?)?|root tokens?|(?:aws )?secret access keys?|(?:maintenance|uninstall|uninstallation|tamper[- ]protection|anti[- ]tamper) (?:tokens?|passwords?|pass ?phrases?|keys?|codes?))(?![\p{L}])/u;
const camelWords = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');

/** Whether a field of a form (its schema) is a place for free text or a number rather than a choice or a yes/no. */
function freeField(field: Record<string, unknown>): boolean {
  const type = field['type'];
  return (type === undefined || type === 'string' || type === 'number' || type === 'integer') && field['enum'] === undefined && field['oneOf'] === undefined && field['const'] === undefined;
}

// What a field may say of a secret without taking it: a hint, its rules, the manager that keeps it.
const aboutSecret = /(?<![\p{L}])(?:hints?|reminders?|strength|polic(?:y|ies)|length|rules?|requirements?|managers?|indice|pista|hinweis|erinnerung)(?![\p{L}])/u;

// A number field whose name or title is headed by an amount of time or a count (`grace_hours`, "Hours until
// the old password is revoked", "How many retries"): it takes how long or how many, which no login secret is.
// Only the head word counts: "PIN (3 attempts left)" is still a PIN, and a PIN, a one-time code or a card
// number is no count of anything.
const unit = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|secs|mins|hrs|ttl|timeout|retries|attempts|stunden|minuten|tage|heures|jours|horas|d[ií]as)`;
const quantityName = new RegExp(String.raw`^(?:${unit}\b|.*[_-]${unit}$)`, 'i');
const quantityTitle = new RegExp(String.raw`^\s*(?:${unit}|how many|number of)(?![\p{L}])`, 'iu');
const quantity = (name: string, field: Record<string, unknown>): boolean =>
  (field['type'] === 'integer' || field['type'] === 'number') && (quantityName.test(name) || (typeof field['title'] === 'string' && quantityTitle.test(field['title'])));

const nonAscii = /[\u0080-\uffff]/;

// A registry asks for the one-time code of the user's own authenticator to confirm a write the user is making
// there (`npm publish --otp`, a deprecate, an unpublish, a gem yank): the code is good for that action only and
// is what the registry's own CLI asks for. A form that also wants a password or backup codes, speaks of signing
// in, a session, an account to verify, a bank or a texted code, or names another service's account, is not that.
const registryAction = /(?<![\p{L}])(?:publish|unpublish|deprecate|yank|dist-tag)(?![\p{L}])/u;
const notActionCode = /sign(?:ing)? ?in|log(?:ging)? ?in|session|expired|identity|it(?: i|')s you|verif|re-?authenti|bank|payment|transfer|card|sms|texted|text message|phone|e-?mail|recovery|backup|account password|(?<![\p{L}])(?:github|gitlab|bitbucket|google|gmail|microsoft|apple|icloud|aws|azure|okta|paypal|stripe|coinbase|binance|wallet)(?![\p{L}])/u;
const oneTimeCode = /(?<![\p{L}\p{N}])(?:otp|totp|2fa|mfa|one[ -]?time (?:code|password|pin)|(?:authenticator|authentication|2fa) code)(?![\p{L}])/gu;

// A session said to have lapsed ("your session expired", "sign in again", "re-authenticate") is a sign-in's
// pretext: no service restores a session from a token pasted into another server's form, so a free field that
// then takes a token or an API key takes it for the form's author. A setup form asking for a key (held for
// review) says nothing of a session.
const sessionLapsed = /(?<![\p{L}])(?:session|sign-?in|login)s?\b[^.!?]{0,30}?(?:expired|has expired|timed out|ended|lapsed|was revoked)|(?:sign|log) ?in again|re-?(?:authenticate|login|log in|sign in)(?![\p{L}])/u;
const tokenField = /(?<![\p{L}])(?:tokens?|api ?keys?|access ?keys?|secret ?keys?|client secrets?|pat)(?![\p{L}])/u;

/** Whether a form field (`name`, its schema) is a free field named for a token or an API key. */
function takesToken(name: string, field: Record<string, unknown>): boolean {
  if (!freeField(field)) return false;
  const parts = [camelWords(name)];
  for (const key of ['title', 'description']) if (typeof field[key] === 'string') parts.push((field[key]).slice(0, maxElicitedText));
  const text = parts.join(' . ').toLowerCase();
  return tokenField.test(text) && !notValue.test(text) && !negated.test(text);
}

/** Whether a form's message (lower case) asks for a one-time code to confirm a registry write the user makes. */
export const confirmsRegistryWrite = (message: string): boolean => registryAction.test(message) && !notActionCode.test(message);

/** Whether a field (its name, title and description) takes only that one-time code: named one, nothing else secret. */
function takesOnlyOneTimeCode(name: string, field: Record<string, unknown>): boolean {
  if (field['format'] === 'password' && field['writeOnly'] === true) return false;
  const parts = [name.replace(/[_-]+/g, ' ')];
  for (const key of ['title', 'description']) if (typeof field[key] === 'string') parts.push((field[key]).slice(0, maxElicitedText));
  const text = parts.join(' . ').toLowerCase();
  if (notActionCode.test(text)) return false;
  oneTimeCode.lastIndex = 0;
  if (!oneTimeCode.test(text)) return false;
  return !loginSecret.test(text.replace(oneTimeCode, ' ')) && !pinText.test(parts.join(' . '));
}

/** Whether a form field (`name`, its schema) collects a login secret's value. */
export function fieldCollectsSecret(name: string, field: Record<string, unknown>): boolean {
  if (!freeField(field)) return false;
  if (field['format'] === 'password' || field['writeOnly'] === true) return true;
  // A name in camel case (`consolePassword`, `adminPin`) names its secret as `console_password` does.
  const parts = [camelWords(name)];
  for (const key of ['title', 'description']) if (typeof field[key] === 'string') parts.push((field[key]).slice(0, maxElicitedText));
  // A title spelled with look-alike letters ("Microsoft 365 pаsswоrd", Cyrillic а and о) is read as it renders.
  // Folded only when the text as written names no secret: a word wholly in another script ("пароль") is its own.
  const joined = parts.join(' . ');
  let written = joined;
  let secret = loginSecret.exec(joined.toLowerCase());
  if (secret === null && nonAscii.test(joined)) {
    written = foldConfusables(joined).text;
    secret = loginSecret.exec(written.toLowerCase());
  }
  const text = written.toLowerCase();
  if (quantity(name, field)) return false;
  if (notValue.test(text) || aboutSecret.test(text)) return false;
  // A negation counts before the secret ("do not enter your password here"), not after it: "your account
  // password, not a token" still asks for the password.
  if (secret !== null) return !negated.test(text.slice(0, secret.index));
  const named = `${camelWords(name).toLowerCase()} . ${text}`;
  const master = masterSecret.exec(named);
  if (master !== null) return !negated.test(named.slice(0, master.index));
  return (pinName.test(name) || pinText.test(written)) && !negated.test(text);
}

/** The first string of an elicitation request's params (its message, each field's name, title and description) that asks for such a secret. */
export function elicitedSecret(params: unknown): ElicitedSecret | undefined {
  if (!isRecord(params)) return undefined;
  const url = params['url'];
  if (params['mode'] === 'url' && typeof url === 'string') {
    const host = urlHost(url);
    const posing = host === undefined ? undefined : hostPosesAs(host);
    const asked = typeof params['message'] === 'string' ? params['message'].slice(0, maxElicitedText).toLowerCase() : '';
    if (posing !== undefined && signIn.test(asked)) return { path: ['params', 'url'], evidence: `${posing}: ${url.slice(0, 160)}` };
  }
  const read = (value: unknown, path: MessagePath): ElicitedSecret | undefined => {
    if (typeof value !== 'string') return undefined;
    const text = value.slice(0, maxElicitedText);
    return asksSecretValue(text.toLowerCase()) ? { path, evidence: text } : undefined;
  };
  const found = read(params['message'], ['params', 'message']);
  if (found !== undefined) return found;
  const schema = params['requestedSchema'];
  const properties = isRecord(schema) && isRecord(schema['properties']) ? schema['properties'] : undefined;
  if (properties === undefined) return undefined;
  const message = typeof params['message'] === 'string' ? params['message'].slice(0, maxElicitedText).toLowerCase() : '';
  const relayed = relayedCode.test(message) && !negated.test(message);
  const lapsed = sessionLapsed.test(message) && !negated.test(message);
  const actionCode = confirmsRegistryWrite(message);
  let n = 0;
  for (const [name, field] of Object.entries(properties)) {
    if (n++ >= maxElicitedFields) break;
    const at: MessagePath = ['params', 'requestedSchema', 'properties', name];
    if (!isRecord(field)) continue;
    const hit = read(field['description'], [...at, 'description']) ?? read(field['title'], [...at, 'title']);
    if (hit !== undefined) return hit;
    if (actionCode && takesOnlyOneTimeCode(name, field)) continue;
    // The field collects a login secret, or the form asks for a code the user was sent and this field takes it.
    if (fieldCollectsSecret(name, field) || (relayed && freeField(field)) || (lapsed && takesToken(name, field))) return { path: at, evidence: typeof field['description'] === 'string' ? `${name}: ${field['description'].slice(0, 200)}` : name };
  }
  return undefined;
}
