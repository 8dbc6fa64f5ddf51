// An elicitation form that asks the user for what no server may hold: the text of a credential file (the
// form names `~/.aws/credentials`, `~/.pypirc`, `.env` as what to give, in whatever language the rest is
// in), a private key, or a wallet's recovery phrase. A password or an API key asked by name is held for review
// (`injection/elicitation-secret-request`): a form may name one without wanting its value. These three
// have no such reading: their value is the whole of them, and no sign-in or setup needs the server to have
// it. A form that asks where such a file is, which one to use or what a key is called, one that says not to
// paste it, and a public key (`.pub`) pass.
import type { MessagePath } from '../types.js';
import { isRecord } from '../parse.js';
import { credentialFile, template } from './sends-secrets.js';

/** The most fields of a form read, and the longest text read of each string. */
export const maxElicitedFields = 64;
export const maxElicitedText = 4096;

export interface ElicitedSecret {
  readonly path: MessagePath;
  readonly evidence: string;
}

const quick = /\.ssh|\.aws|\.env|\.kube|\.docker|netrc|npmrc|pypirc|git-credentials|gcloud|\.azure|shadow|keychain|gnupg|private|privé|privad|privat|phrase|frase|mnemonic|seed|recovery|助记词|秘密鍵|개인 키|приватн|закрыт/;
/** A private key, or a key file named as one, in English, French, Spanish, Portuguese, German, Japanese, Korean and Russian. */
const privateKey = /(?<![\p{L}])(?:private (?:ssh |deploy |signing |pgp |gpg |wallet )?key|clé privée|clave privada|chave privada|privater schlüssel|privaten schlüssel|秘密鍵|개인 키|приватный ключ|закрытый ключ)(?![\p{L}])|begin (?:rsa |openssh |ec |dsa )?private key/u;
/** A wallet's recovery phrase. */
const recoveryPhrase = /(?<![\p{L}])(?:(?:recovery|seed|secret|backup|mnemonic) (?:phrase|words)|mnemonic|(?:12|24)[- ]word (?:phrase|seed|recovery)|frase (?:de recuperação|de recuperación|semilla|semente)|phrase de récupération|wiederherstellungsphrase|助记词|シードフレーズ|복구 구문)(?![\p{L}])/u;
/** The form asks where the thing is, which one, or what it is called: not its value. */
const notValue = /(?<![\p{L}\d_./-])(?:path|paths|location|where|which|select|choose|pick|directory|folder|file ?name|name|label|alias|fingerprint|id|exists?|chemin|ruta|caminho|pfad|sökväg)(?![\p{L}\d_])/u;
const negated = /(?<![\p{L}])(?:never|not|don't|do not|no need|jamais|nunca|nie|niemals|aldrig)(?![\p{L}])/u;

/** Whether one string of a form (lower case) asks for a credential file's text, a private key or a recovery phrase. */
export function asksSecretValue(text: string): boolean {
  if (!quick.test(text) || negated.test(text)) return false;
  const file = credentialFile.exec(text);
  const named = (file !== null && !template.test(file[0].trim().replace(/^["'`(/]/, ''))) || privateKey.test(text) || recoveryPhrase.test(text);
  return named && !notValue.test(text);
}

/** The first string of an elicitation request's params (its message, each field's name, title and description) that asks for such a secret. */
export function elicitedSecret(params: unknown): ElicitedSecret | undefined {
  if (!isRecord(params)) return undefined;
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
  let n = 0;
  for (const [name, field] of Object.entries(properties)) {
    if (n++ >= maxElicitedFields) break;
    const at: MessagePath = ['params', 'requestedSchema', 'properties', name];
    const hit = isRecord(field) ? (read(field['description'], [...at, 'description']) ?? read(field['title'], [...at, 'title'])) : undefined;
    if (hit !== undefined) return hit;
  }
  return undefined;
}
