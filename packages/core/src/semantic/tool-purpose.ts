// What a tool says it does (its name and description, read as words), against a secret its schema asks
// for: a cloud sync may take cloud keys, an SSH deploy a private key, a database tool a password, a
// browser tool a session cookie. A secret is beyond the tool's purpose when nothing it says it does is
// about that secret's use; the topics below are wide on purpose (a false alarm on a real server's
// ordinary `password` is worse than a miss).
import type { SecretAsk, SecretKind } from './secret-asks.js';

const topic = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const cloud = 'aws amazon s3 ec2 iam lambda bucket buckets cloud gcp google gcs azure blob storage deploy deployment deploys infrastructure infra terraform pulumi cluster instance instances vm server servers backup backups upload uploads sync provision resource resources bigquery firestore firebase container containers function functions dynamodb sqs sns cloudwatch route53 bedrock sagemaker vertex gke eks aks kube compute account accounts credentials credential secret secrets billing cost region queue digitalocean cloudflare droplet droplets dns hosting host log logs metric metrics';
const login = 'login logon log sign signin signon auth authenticate authentication authorize account accounts user users username member profile identity admin credentials credential connect connection connects session';
const topics: Readonly<Record<SecretKind, ReadonlySet<string>>> = {
  cloud: topic(cloud),
  'private-key': topic(`ssh sftp scp host hosts server servers remote deploy deployment deploys git sign signing signature signs key keys certificate certificates cert certs tls ssl x509 gpg pgp encrypt encrypts decrypt decrypts encryption crypto cryptography wallet blockchain ethereum bitcoin solana transaction transactions jwt tunnel vm instance machine machines cluster node github gitlab repository repo repos vault secret secrets keystore ${login}`),
  kubeconfig: topic('kube kubectl cluster clusters pod pods namespace namespaces deploy deployment deployments helm container containers eks gke aks openshift rancher node nodes service services ingress manifest manifests cloud workload workloads context contexts'),
  dotenv: topic('env dotenv environment environments variable variables config configuration configure settings secret secrets deploy deployment vercel netlify heroku railway render docker compose container'),
  cookie: topic(`browser browse browsing cookie cookies session sessions http https request requests fetch fetches scrape scrapes scraper crawl crawler web website websites site sites url urls page pages api curl header headers proxy navigate playwright puppeteer selenium download downloads ${login}`),
  seed: topic('wallet wallets crypto cryptocurrency blockchain bitcoin ethereum solana restore restores recover recovery import key keys sign account accounts metamask ledger'),
  card: topic('pay pays payment payments checkout billing card cards charge charges purchase purchases order orders buy subscribe subscription stripe invoice invoices donate donation book booking reserve reservation shop cart wallet'),
  'credential-file': topic('npm package packages registry registries publish publishes install installs dependency dependencies yarn pnpm pip pypi python git docker login auth ci release releases'),
  password: topic(`${login} database databases db sql query queries mysql postgres postgresql mariadb mongo mongodb redis oracle mssql sqlite server servers host smtp imap pop3 email emails mail mails mailbox inbox ftp sftp ssh zip archive archives rar pdf encrypt encrypted decrypt decrypts protect protected lock unlock vault secret secrets keychain keystore certificate pfx p12 register registration signup reset change update create wifi network router http https proxy url fetch request api remote portal site website browser password passwords ldap kerberos smb samba rdp vnc vpn jenkins jira wordpress rabbitmq kafka broker anmelden anmeldung konto datenbank cuenta conta compte connexion conexion conexión base`),
  token: topic(`api apis token tokens key keys integration integrations webhook webhooks ${login}`),
  // The session's record: what keeps, sums up, sends on or reviews a conversation may take it.
  conversation: topic('chat chats conversation conversations message messages transcript transcripts dialog dialogue history memory memories remember recall note notes journal summary summarize summarise summarizer summaries log logs logging record records export archive backup share support ticket tickets feedback report reports bug bugs issue issues translate translation translator context session sessions assistant agent agents llm model models prompt prompts eval evaluation evaluate analytics review reviews moderation moderate email emails mail slack post'),
};

/** What a system's secret is used for: a tool about it may ask for it (see owners in secret-asks.ts). */
const ownerTopics: Readonly<Record<string, ReadonlySet<string>>> = {
  email: topic('email emails mail mails mailbox inbox imap smtp pop3 gmail outlook icloud message messages'),
  bank: topic('bank banks banking account accounts balance balances finance financial payment payments transaction transactions transfer paypal statement statements'),
  github: topic('github git repo repos repository repositories pull issue issues commit commits workflow workflows actions gist gists bitbucket'),
  gitlab: topic('gitlab git repo repos repository repositories merge issue issues commit commits pipeline pipelines'),
  npm: topic('npm pypi package packages registry publish install dependency dependencies'),
  stripe: topic('stripe payment payments charge charges customer customers invoice invoices billing subscription subscriptions checkout refund refunds'),
  computer: topic('sudo root system admin administrator install installs computer machine keychain os macos windows linux service services'),
  openai: topic('openai anthropic gpt claude llm model models completion completions embedding embeddings chat'),
  slack: topic('slack channel channels message messages workspace post posts'),
};

/** The words of a tool's name and description (at most the first 1000 characters), lowered and split (camelCase too). */
export function purposeWords(name: string, description: string): ReadonlySet<string> {
  const text = `${name} ${description.length > 1000 ? description.slice(0, 1000) : description}`;
  const out = new Set<string>();
  const split = text.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2').toLowerCase();
  for (const w of split.match(/[\p{L}\p{N}]+/gu) ?? []) out.add(w);
  return out;
}

/** Whether `words` hold a word of `wanted` (a plural or -ing form read as its word). */
function mentions(words: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const w of words) {
    if (wanted.has(w)) return true;
    if (w.length > 4 && w.endsWith('s') && wanted.has(w.slice(0, -1))) return true;
    if (w.length > 5 && w.endsWith('ing') && wanted.has(w.slice(0, -3))) return true;
  }
  return false;
}

/**
 * Whether a tool whose purpose reads as `words` may need the secret `ask` names (of a kind, owned by an owner, if named):
 * an owned secret needs a purpose about its owner (an e-mail password, a mail tool); another one a
 * purpose about its use.
 */
export function purposeNeeds(words: ReadonlySet<string>, ask: SecretAsk): boolean {
  const { kind, owner } = ask;
  // A name that names the service its secret is for (`twitter_password`), on a tool about that service.
  if (ask.others !== undefined) for (const w of ask.others) if (words.has(w)) return true;
  const owned = owner === undefined ? undefined : ownerTopics[owner];
  if (owned !== undefined) return mentions(words, owned) || (kind !== 'password' && kind !== 'token' && mentions(words, topics[kind]));
  return mentions(words, topics[kind]);
}
