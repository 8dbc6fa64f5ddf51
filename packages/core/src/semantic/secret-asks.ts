// What secret a schema's words ask for: a parameter's name (snake, camel or kebab case, abbreviated, in
// another language), its title, an example or an `x-` note, read as words. Words are mapped to what they
// mean (`privkey` is a private key, `Passwort` a password, `clave privada` a private key), then read as a
// phrase: the kind of secret it names, whether it asks for the secret itself (`ssh_private_key`,
// `envFileText`) or only refers to it (`ssh_key_path`, `key_fingerprint`, `aws_access_key_id`), and a
// system it names as the secret's owner (`email_password`, `github_token`).

/** The kinds of secret a parameter may ask for. */
export type SecretKind = 'cloud' | 'private-key' | 'kubeconfig' | 'dotenv' | 'cookie' | 'seed' | 'card' | 'credential-file' | 'password' | 'token' | 'conversation';

export interface SecretAsk {
  readonly kind: SecretKind;
  /** A system named as the secret's owner (see owners), when one is. */
  readonly owner?: string | undefined;
  /**
   * Of a name, its other words of four letters or more (`twitter` in `twitter_password`): a tool whose
   * purpose names one of them is about the service the secret is for.
   */
  readonly others?: readonly string[] | undefined;
}

/** Words read as other words first: abbreviations, compounds and other languages' words for the same thing. */
const aliases: Readonly<Record<string, readonly string[]>> = {
  privkey: ['private', 'key'], privatekey: ['private', 'key'], priv: ['private'], pk: [], apikey: ['api', 'key'], secretkey: ['secret', 'key'],
  accesskey: ['access', 'key'], sshkey: ['ssh', 'key'], idrsa: ['rsa'], rsa: ['rsa'], ed25519: ['rsa'], ecdsa: ['rsa'], ppk: ['rsa'],
  kubecfg: ['kubeconfig'], kubeconf: ['kubeconfig'], k8s: ['kube'], kubernetes: ['kube'], envfile: ['env', 'file'], env: ['env'],
  seedphrase: ['seed', 'phrase'], creds: ['credentials'], cred: ['credentials'], credential: ['credentials'],
  pwd: ['password'], passwd: ['password'], pw: ['password'], pword: ['password'], passphrase: ['password'], passcode: ['password'], passwords: ['password'],
  cookies: ['cookie'], sess: ['session'], cfg: ['config'], conf: ['config'], configuration: ['config'], gcloud: ['gcp'], amazon: ['aws'],
  mnemonic: ['seed', 'phrase'], cvv: ['card', 'code'], cvc: ['card', 'code'], cvv2: ['card', 'code'], creditcard: ['card'],
  npmrc: ['rcfile'], netrc: ['rcfile'], pypirc: ['rcfile'], pgpass: ['rcfile'], dockercfg: ['rcfile'],
  // Other languages (words after lowering; accents as written and without).
  passwort: ['password'], kennwort: ['password'], contrasena: ['password'], contraseña: ['password'], senha: ['password'], parola: ['password'],
  wachtwoord: ['password'], haslo: ['password'], hasło: ['password'], пароль: ['password'], losenord: ['password'], lösenord: ['password'],
  salasana: ['password'], jelszo: ['password'], jelszó: ['password'], sifre: ['password'], şifre: ['password'], heslo: ['password'], passord: ['password'],
  adgangskode: ['password'], motdepasse: ['password'], clave: ['key'], chiave: ['key'], cle: ['key'], clé: ['key'], chave: ['key'], schlussel: ['key'],
  schlüssel: ['key'], schluessel: ['key'], klucz: ['key'], ключ: ['key'], sleutel: ['key'], nyckel: ['key'], privada: ['private'], privado: ['private'],
  privata: ['private'], privee: ['private'], privée: ['private'], privater: ['private'], privaten: ['private'], privat: ['private'], prywatny: ['private'],
  закрытый: ['private'], приватный: ['private'], secreta: ['secret'], secreto: ['secret'], segreta: ['secret'], segreto: ['secret'], secrete: ['secret'],
  secrète: ['secret'], geheim: ['secret'], geheimer: ['secret'], geheime: ['secret'], contenido: ['content'], contenu: ['content'], inhalt: ['content'],
  contenuto: ['content'], conteudo: ['content'], conteúdo: ['content'], correo: ['email'], courriel: ['email'], mail: ['email'], gmail: ['email'],
  imap: ['email'], banco: ['bank'], banque: ['bank'], banking: ['bank'], bancaire: ['bank'], bancario: ['bank'], cartera: ['wallet'], portefeuille: ['wallet'],
  tarjeta: ['card'], carte: ['card'], karte: ['card'], kreditkarte: ['card'], tarjeta_credito: ['card'],
  // Turkish possessives ("kredi kartı şifresi"), Romanian, and the words of scripts without spaces (split out by `spaced` below).
  sifresi: ['password'], şifresi: ['password'], parolasi: ['password'], parolası: ['password'], kredi: ['credit'], karti: ['card'], kartı: ['card'],
  parolă: ['password'], parolei: ['password'], cheie: ['key'], cheia: ['key'], privată: ['private'],
  비밀번호: ['password'], 암호: ['password'], 이메일: ['email'], 은행: ['bank'],
};

/** Secrets and their owners in Japanese, Chinese and Korean, whose words a name or a title joins without spaces. */
const spaced = /パスワード|暗証番号|密码|口令|비밀번호|秘密鍵|私钥|私有密钥|개인 ?키|アクセスキー|访问密钥|액세스 ?키|ネットバンキング|ネット銀行|銀行|网上银行|网银|银行|인터넷 ?뱅킹|メール|邮箱|电子邮件|이메일/g;
const spacedAs: Readonly<Record<string, string>> = {
  パスワード: 'password', 暗証番号: 'password', 密码: 'password', 口令: 'password', 비밀번호: 'password', 秘密鍵: 'private key', 私钥: 'private key', 私有密钥: 'secret key',
  개인키: 'private key', '개인 키': 'private key', 액세스키: 'access key', '액세스 키': 'access key', 인터넷뱅킹: 'bank', '인터넷 뱅킹': 'bank',
  アクセスキー: 'access key', 访问密钥: 'access key', ネットバンキング: 'bank', ネット銀行: 'bank', 銀行: 'bank', 网上银行: 'bank', 网银: 'bank', 银行: 'bank', メール: 'email', 邮箱: 'email', 电子邮件: 'email', 이메일: 'email',
};

/** Words that make a phrase the secret's content, not a reference to it. */
const contentWords = new Set(['content', 'contents', 'text', 'body', 'value', 'data', 'paste', 'pasted', 'raw', 'pem', 'blob', 'string', 'lines', 'line', 'full', 'entire', 'dump', 'json', 'yaml', 'yml', 'copy', 'itself', 'whole']);
/** Words that make a phrase a reference to a secret (where it is, what it is called, what it looks like), not the secret. */
const referenceWords = new Set([
  'path', 'file', 'filename', 'name', 'id', 'ids', 'fingerprint', 'format', 'type', 'length', 'size', 'bits', 'algorithm', 'alg', 'alias', 'label',
  'location', 'dir', 'directory', 'folder', 'ref', 'reference', 'arn', 'uri', 'url', 'expiry', 'expires', 'expiration', 'ttl', 'rotation', 'age', 'hint',
  'policy', 'count', 'enabled', 'enable', 'required', 'strength', 'exists', 'changed', 'last', 'min', 'max', 'mode', 'source', 'var', 'variable',
  'field', 'header', 'prefix', 'scope', 'scopes', 'version', 'provider', 'region', 'project', 'rules', 'rule', 'pattern', 'regex', 'hash', 'public',
  'pub', 'secretname', 'env', 'vault', 'store', 'manager', 'generate', 'generated', 'random', 'reset', 'forgot', 'setup', 'flow', 'strategy',
]);
/** Words that negate a text's ask ("never paste your private key here"). */
const negations = new Set(['not', 'never', "don't", 'dont', 'no', 'without', 'nor', 'nunca', 'jamais', 'nie', 'niemals', 'ne', 'pas']);

/** Systems that own a secret, by the words that name them: their secret is asked only by a tool about them. */
export const owners: Readonly<Record<string, string>> = {
  email: 'email', outlook: 'email', icloud: 'email', bank: 'bank', paypal: 'bank', github: 'github', gh: 'github', gitlab: 'gitlab', bitbucket: 'github',
  npm: 'npm', pypi: 'npm', stripe: 'stripe', computer: 'computer', laptop: 'computer', sudo: 'computer', root: 'computer', macos: 'computer',
  windows: 'computer', keychain: 'computer', system: 'computer', os: 'computer', openai: 'openai', anthropic: 'openai', slack: 'slack',
};

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a name or a text: case, separators and camelCase boundaries split, lowered, aliases expanded. */
export function wordsOfAsk(text: string): string[] {
  const split = text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .replace(/mot[\s_-]*de[\s_-]*passe/g, 'password')
    .replace(/(?<![a-z0-9])id[\s_-]*rsa(?![a-z0-9])/g, ' idrsa ')
    .replace(/kube[\s_-]*config/g, ' kubeconfig ')
    .replace(/(?<![a-z0-9])\.env(?![a-z0-9])/g, ' dotenv ')
    .replace(spaced, (w) => ` ${spacedAs[w] ?? w} `);
  const out: string[] = [];
  for (const m of split.match(wordPattern) ?? []) {
    if (out.length >= 64) break;
    const alias = aliases[m];
    if (alias === undefined) out.push(m);
    else for (const a of alias) out.push(a);
  }
  return out;
}

const cloudProviders = new Set(['aws', 'gcp', 'azure', 'digitalocean', 'cloudflare', 'aliyun', 'oci', 'linode', 'hetzner']);
const cloudSecrets = new Set(['secret', 'key', 'credentials', 'token', 'account', 'connection', 'sas']);

/** Words that carry a secret's kind (see kindOf). */
const secretWords = new Set(['password', 'key', 'token', 'cookie', 'seed', 'kubeconfig', 'dotenv', 'rsa', 'rcfile', 'credentials', 'card', 'secret', 'env']);

/** Whether a negation comes in the five words before the first word naming the secret ("never paste your private key"; not "…password; not shown"). */
function negated(words: readonly string[]): boolean {
  const at = words.findIndex((w) => secretWords.has(w));
  for (let i = Math.max(0, at - 5); i < at; i++) if (negations.has(words[i]!)) return true;
  return false;
}

/** The kind of secret a phrase's words name, if any (before content and reference are weighed). */
function kindOf(words: readonly string[]): SecretKind | undefined {
  const has = (w: string): boolean => words.includes(w);
  if (has('seed') && (has('phrase') || has('words'))) return 'seed';
  if (has('recovery') && (has('phrase') || has('words'))) return 'seed';
  if (has('kubeconfig') || (has('kube') && has('config'))) return 'kubeconfig';
  if (has('dotenv')) return 'dotenv';
  if (has('env') && (has('file') || has('contents') || has('content'))) return 'dotenv';
  if (has('rcfile') || (has('git') && has('credentials'))) return 'credential-file';
  if (has('rsa') || (has('private') && has('key')) || (has('ssh') && has('key'))) return 'private-key';
  if (has('cookie')) return 'cookie';
  if (has('card') && (has('number') || has('code') || has('security') || has('credit'))) return 'card';
  if (words.some((w) => cloudProviders.has(w)) && words.some((w) => cloudSecrets.has(w))) return 'cloud';
  if (has('password')) return 'password';
  if (has('token') || (has('api') && has('key')) || (has('secret') && has('key')) || (has('access') && has('key')) || has('credentials')) return 'token';
  return undefined;
}

/** A name's cheap first test: it may hold one of the words kindOf reads (most names do not). */
export const mayNameSecret = /パスワード|暗証番号|密码|口令|密钥|私钥|秘密鍵|비밀번호|암호|アクセスキー|키|parol|pass|pw|parol|senha|wachtw|has[lł]o|пароль|kennw|contras|salasana|jelsz|ifre|heslo|key|secret|cred|cookie|env|kube|k8s|rsa|ssh|ed25519|ecdsa|ppk|pem|seed|mnemonic|recovery|cvv|cvc|card|token|npmrc|netrc|pypirc|pgpass|dockercfg|clave|chiave|cl[eé]|chave|schl|klucz|ключ|sleutel|nyckel|tarjeta|carte|karte|aws|azure|gcp|gcloud|digitalocean|cloudflare/i;

/**
 * The secret a name or text asks for, if it asks for one (see the file's comment); `prose` marks a text
 * (a title, an example, a note), where a negation voids the ask.
 */
export function secretAsked(text: string, prose: boolean): SecretAsk | undefined {
  if (!mayNameSecret.test(text)) return undefined;
  const words = wordsOfAsk(text.length > 400 ? text.slice(0, 400) : text);
  const kind = kindOf(words);
  if (kind === undefined) return undefined;
  if (prose && negated(words)) return undefined;
  let owner: string | undefined;
  let content = false;
  let reference = false;
  for (const w of words) {
    owner ??= owners[w];
    if (contentWords.has(w)) content = true;
    else if (referenceWords.has(w) && !(w === 'env' && kind !== 'dotenv') && !(w === 'file' && kind === 'credential-file')) reference = true;
  }
  // A reference word in a name makes it a reference (`ssh_key_path`); prose says more around it, so only a
  // text short enough to be a label is read as one ("Path of the deploy key").
  if (reference && !content && (!prose || words.length <= 8)) return undefined;
  // A bare token or API key is most often the tool's own service's: asked beyond purpose only when it
  // names another system as its owner (`github_token` on a weather tool).
  if (kind === 'token' && owner === undefined) return undefined;
  if (prose) return { kind, owner };
  const others = words.filter((w) => w.length >= 4 && !generic.has(w) && !contentWords.has(w) && !referenceWords.has(w) && !secretWords.has(w) && owners[w] === undefined);
  return { kind, owner, others };
}

/** Words of a secret's name that say what kind of secret it is or whose, not which service it is for. */
const generic = new Set(['private', 'secret', 'access', 'public', 'user', 'users', 'account', 'service', 'client', 'login', 'auth', 'session', 'personal', 'phrase', 'words', 'config', 'master', 'admin', 'code', 'number', 'security', 'credit', 'your', 'their', 'every', 'here', 'this', 'that', 'with', 'from', 'validation', 'required', 'needed', 'optional', 'kube', 'kubeconfig', 'dotenv', 'rcfile', 'seed', 'recovery', 'wallet', 'bank', 'email']);
