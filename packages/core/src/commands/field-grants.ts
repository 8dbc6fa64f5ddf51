// Access a call opens through its fields, for tools named for an action rather than a program
// (`update_repository`, `create_permission`, `insert_acl`, `create_filter`): the tool's name says what it
// changes, and the field that sets the audience or the role says how far. A resource made public or shared
// with anyone, a policy that allows every principal, a port where a login or a database listens opened to the
// whole internet, an owner or admin role granted, ownership transferred (a phone number ported out to another
// carrier too: its calls and sign-in texts go with it), a mailbox delegated, every message
// forwarded to an address (a chat app's every chat to a handle, a number or a URL) with nothing narrowing
// which, a token with administrative scopes, a deploy key that may write. What `access-grants` in rules/programs.yaml reads in a CLI's options, read in an API's fields.
// Findings are data; nothing here throws on odd input. One pass over the arguments, bounded in nodes.

import { loginPorts, reachesLoginPort, specReachesLoginPort, wideSource } from './network-exposure.js';
import type { ToolName } from './tool-names.js';
import { walkRecords, type WalkBounds } from './argument-walk.js';
import { rightfulExportRecipient } from './export-recipients.js';
import { personalMailbox } from '../values/personal-mail.js';
import { foldedWords } from '../text/name-words.js';

/** What a tool's name says it does, as bits: changes something, acts on access, forwards mail, mints a credential. */
const Changes = 1;
const Access = 2;
const Forwards = 4;
const Credential = 8;
const Updates = 16;
const Transfers = 32;
const Delegates = 64;
const DeployKey = 128;
const Exports = 256;
const SharedChannel = 512;
const AccountKey = 1024;
const Principal = 2048;
const Reports = 4096;

// The verb classes below hold, besides English, the same verbs of Spanish, Portuguese, Italian, French and
// German tool names (crear, compartilhar, condividi, partager, freigeben …): a closed class of the verbs that
// make, change, share, export and forward, not words of any one case.
const changeVerbs = new Set(['add', 'create', 'update', 'set', 'put', 'patch', 'edit', 'insert', 'grant', 'invite', 'share', 'attach', 'authorize',
  'modify', 'transfer', 'enable', 'manage', 'assign', 'change', 'configure', 'upsert', 'make', 'apply', 'publish', 'export',
  'crear', 'criar', 'creare', 'creer', 'erstellen', 'anlegen', 'agregar', 'anadir', 'adicionar', 'aggiungi', 'aggiungere', 'ajouter', 'hinzufugen',
  'compartir', 'compartilhar', 'partilhar', 'condividi', 'condividere', 'partager', 'freigeben', 'freigabe', 'teilen',
  'gestionar', 'gerenciar', 'gestire', 'gerer', 'verwalten', 'asignar', 'atribuir', 'assegnare', 'assigner', 'zuweisen',
  'configurar', 'impostare', 'configurer', 'einrichten', 'exportar', 'esportare', 'exporter', 'exportieren', 'invitar', 'convidar', 'invitare', 'inviter', 'einladen']);
/** Verbs that change a resource that exists (its visibility), as against making a new one. */
const updateVerbs = new Set(['update', 'set', 'patch', 'edit', 'modify', 'change', 'configure', 'manage', 'put']);
const readVerbs = new Set(['get', 'list', 'describe', 'read', 'search', 'fetch', 'show', 'view', 'check', 'delete', 'remove', 'revoke']);
/** Nouns of who may reach a resource and how far. */
const accessNouns = new Set(['collaborator', 'collaborators', 'member', 'members', 'membership', 'memberships', 'permission', 'permissions', 'acl', 'access',
  'role', 'roles', 'invitation', 'invitations', 'invite', 'share', 'sharing', 'shared', 'grant', 'grants', 'iam', 'binding', 'bindings', 'assignment',
  'assignments', 'policy', 'team', 'owner', 'ownership', 'visibility', 'link', 'public',
  // The same nouns in Spanish, Portuguese, Italian, French and German tool names.
  'miembro', 'miembros', 'membro', 'membri', 'membre', 'membres', 'mitglied', 'mitglieder', 'rol', 'roles', 'papel', 'ruolo', 'role', 'rolle',
  'permiso', 'permisos', 'permissao', 'permesso', 'permessi', 'autorisation', 'berechtigung', 'berechtigungen', 'acceso', 'acesso', 'accesso', 'acces', 'zugriff',
  'compartir', 'compartilhar', 'partilhar', 'condividi', 'condividere', 'partager', 'partage', 'freigeben', 'freigabe', 'teilen',
  'calendario', 'calendrier', 'kalender', 'archivo', 'arquivo', 'fichier', 'datei', 'carpeta', 'pasta', 'cartella', 'dossier', 'ordner']);
/** Verbs of exporting a workspace's data (a chat export, a mailbox export). */
const exportVerbs = new Set(['export', 'exportar', 'esportare', 'exporter', 'exportieren', 'dump', 'backup']);
/**
 * Nouns of a person's own record in a help desk, shop or CRM (`update_user`, `zendesk_update_agent`): a role
 * changed on one is a grant as much as `add_member` is.
 */
const principalNouns = new Set(['user', 'users', 'agent', 'agents', 'staff', 'staffer', 'employee', 'employees', 'usuario', 'utente', 'utilisateur', 'benutzer', 'nutzer']);
/** A report's nouns (`run_report`, `schedule_reports`): one mailed to a free personal mailbox is records sent out of the organisation. */
const reportNouns = new Set(['report', 'reports', 'informe', 'relatorio', 'rapporto', 'rapport', 'bericht']);
/** Verbs and nouns of forwarding mail or filing it by a rule, in the same languages. */
const forwardWords = new Set(['forward', 'forwarding', 'autoforward', 'autoforwarding', 'filter', 'filters', 'rule', 'rules', 'reenviar', 'reenvio', 'encaminhar',
  'encaminhamento', 'inoltrare', 'inoltro', 'inoltra', 'transferer', 'weiterleiten', 'weiterleitung', 'regla', 'reglas', 'regra', 'regras', 'regola', 'regole',
  'regle', 'regles', 'regel', 'regeln']);
/** The words of a tool's own name, without the server's prefix a client puts before it (`mcp__github__update_repo`). */
export const wordsOfTool = (tool: string): string[] => foldedWords(tool.slice(tool.lastIndexOf('__') + 1));

/** What a tool's name (or an API call's words) says it opens, as bits; read once per name in tool-names.ts. */
export function grantClass(words: readonly string[]): number {
  let bits = 0;
  let reads = false;
  let fresh = false;
  for (const w of words) {
    if (changeVerbs.has(w)) bits |= Changes;
    if (w === 'new') fresh = true;
    if (updateVerbs.has(w)) bits |= Updates;
    if (readVerbs.has(w)) reads = true;
    if (accessNouns.has(w)) bits |= Access;
    if (forwardWords.has(w)) bits |= Forwards;
    if (exportVerbs.has(w)) bits |= Exports;
    if (w === 'shared' || w === 'connect') bits |= SharedChannel;
    if (w === 'token' || w === 'tokens' || w === 'pat') bits |= Credential;
    if (w === 'transfer') bits |= Transfers;
    // A phone number ported out (`number_port_out_authorize`) leaves the account for another carrier, its texts too.
    if (w === 'portout' || (w === 'port' && words.includes('out'))) bits |= Transfers;
    if (w === 'delegate' || w === 'delegates') bits |= Delegates;
    if (w === 'key' || w === 'keys') bits |= DeployKey;
    if (principalNouns.has(w)) bits |= Principal;
    if (reportNouns.has(w)) bits |= Reports;
  }
  // An SSH or GPG key added to an account logs in (or signs) as its user; a deploy key is one repository's.
  if (bits & DeployKey && (words.includes('ssh') || words.includes('gpg')) && !words.includes('deploy')) bits |= AccountKey;
  if (!words.includes('deploy')) bits &= ~DeployKey;
  if (!words.includes('channel') && !words.includes('channels') && !words.includes('conversations')) bits &= ~SharedChannel;
  // PowerShell's verb of making (`New-InboxRule`, `exchange_new_transport_rule`), unless a read names new items (`get_new_messages`).
  if (fresh && !reads) bits |= Changes;
  // A read or a removal names the same nouns and opens nothing.
  return reads && !(bits & Changes) ? (bits & Reports && !words.includes('delete') && !words.includes('remove') ? Reports : 0) : bits;
}

const flatten = (key: string): string => (/[^\x20-\x7e]/.test(key) ? key.normalize('NFD') : key).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
/**
 * Flat forms of short keys met before: a call's keys (`command`, `path`, `timeout`) repeat from call to call
 * and a dozen field readers flatten each (two regexes and a lower-casing, ~700 instructions a key). Cleared
 * whole when full, so what callers send cannot grow it.
 */
const flatMemo = new Map<string, string>();
const flatMemoKeys = 512;
const flatMemoLength = 64;
/** Keys are compared without case or separators: `read_only`, `readOnly`, `ReadOnly` alike. */
export function flat(key: string): string {
  if (key.length > flatMemoLength) return flatten(key);
  let known = flatMemo.get(key);
  if (known === undefined) {
    if (flatMemo.size >= flatMemoKeys) flatMemo.clear();
    known = flatten(key);
    flatMemo.set(key, known);
  }
  return known;
}
// Values and keys are compared without accents too (público, zugriff, destinatário): see `flat`.
const everyoneWords = new Set(['anyone', 'anyonewithlink', 'anyonewiththelink', 'public', 'everyone', 'allusers', 'allauthenticatedusers', 'world', 'internet',
  // The pronouns and adjectives for everyone in Spanish, Portuguese, Italian, French and German, alone or "… with the link".
  'cualquiera', 'cualquierpersona', 'todos', 'todoelmundo', 'publico', 'qualquerpessoa', 'qualquerum', 'todomundo', 'chiunque', 'tutti', 'pubblico',
  'toutlemonde', 'nimportequi', 'jeder', 'jedermann', 'alle', 'offentlich', 'oeffentlich']);
const withLink = /(?:con|com|avec|mit|abbia|tenga|tenha|ayant|quia)(?:el|o|il|le|dem|den)?(?:enlace|link|lien|collegamento)$/;
const audienceKeys = new Set(['type', 'audience', 'grantee', 'granteetype', 'access', 'who', 'sharewith', 'sharedwith', 'linkaccess', 'scope', 'scopetype',
  'con', 'destinatario', 'destinatarios', 'para', 'zugriff', 'freigabefur', 'compartidocon', 'compartilhadocom', 'condivisocon', 'partageavec', 'acceso', 'acesso', 'accesso', 'acces']);
// A policy's `Principal` is read with its statement (allowsEveryone): a Deny for every principal closes.
const principalKeys = new Set(['member', 'members', 'grantee', 'grantees', 'users', 'groupnames']);
// A project's or dataset's `access` (W&B, Kaggle, a Hub's repo settings) set to public is its visibility too.
const visibilityKeys = new Set(['visibility', 'requestedvisibility', 'privacy', 'access', 'sharing']);
const publicAcl = /^(?:public-read|public-read-write|authenticated-read)$/i;
const roleKeys = new Set(['role', 'roles', 'permission', 'permissions', 'accesslevel', 'roledefinitionname', 'policyarn', 'permissionlevel', 'level', 'access',
  'rol', 'papel', 'ruolo', 'rolle', 'permiso', 'permissao', 'permesso', 'droits', 'berechtigung', 'nivel', 'livello', 'niveau', 'stufe']);
/** Roles that run what they are granted on (exported: outside-admins.ts reads the same roles). */
export const privilegedRoles = new Set(['admin', 'administrator', 'admins', 'owner', 'owners', 'organizationowner', 'organizationadmin', 'rolesowner', 'roleseditor',
  'rolesiamsecurityadmin', 'rolesresourcemanagerprojectiamadmin', 'rolesresourcemanagerorganizationadmin', 'useraccessadministrator', 'fullcontrol', 'superadmin', 'siteadmin',
  // A maintainer manages a repository's settings, protected branches and CI secrets: one step below its admin.
  'maintain', 'maintainer', 'maintainers',
  'propietario', 'dueno', 'administrador', 'proprietario', 'dono', 'amministratore', 'proprietaire', 'administrateur', 'eigentumer', 'eigentuemer', 'inhaber']);
const adminPolicy = /:policy\/(?:administratoraccess|iamfullaccess|poweruseraccess)$/i;
/** GitLab's access levels: 40 is a maintainer (protected branches, CI variables), 50 the owner. */
const maintainerLevel = 40;
const writeRoles = new Set(['writer', 'write', 'edit', 'editor', 'fileorganizer', 'organizer', 'contributor', 'readwrite', 'rw', 'push',
  'edicion', 'escritura', 'edicao', 'escrita', 'modifica', 'scrittura', 'modification', 'ecriture', 'bearbeiten', 'schreiben', 'bearbeitung']);
const broadScopes = /(?:^|[\s,])(?:admin:(?:org|enterprise|repo_hook|org_hook|public_key|gpg_key)|delete_repo|site_admin|sudo|admin_mode)(?=$|[\s,])/i;
/** Keys naming where a firewall rule admits traffic from (AWS, Azure, GCP, Terraform's `cidr_blocks`). */
const sourceKeys = new Set(['cidrip', 'cidripv6', 'sourceranges', 'cidr', 'sourceaddressprefix', 'sourceaddressprefixes', 'cidrblock', 'cidrblocks', 'ipv6cidrblocks',
  // A firewall appliance's or manager's rule (`source: 'any'`, `src_ip`, `source_addresses`, a security-group-like `remote_ip_prefix`).
  'source', 'src', 'srcip', 'srcaddr', 'sourceip', 'sourceips', 'sourceaddress', 'sourceaddresses', 'sourcecidr', 'sourcecidrs', 'sourcerange', 'remoteipprefix']);
/** Keys naming the ports or services a firewall rule admits (`service: 'tcp/3389'`, `dst_port`). */
const portKeys = new Set(['ports', 'port', 'destinationportrange', 'destinationportranges', 'service', 'services', 'dstport', 'destinationport', 'destinationports', 'portrange']);
/** A rule's action or access that keeps traffic out: the same source and port in a deny rule close, not open. */
const actionKeys = new Set(['action', 'access', 'ruleaction', 'effect', 'policy', 'verdict']);
const closingActions = /^(?:deny|drop|reject|block|refuse|discard)$/i;
const email = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const forwardKeys = new Set(['forward', 'forwardto', 'forwardingaddress', 'forwardaddress', 'redirectto', 'forwardingemail', 'forwardtorecipients', 'forwardasattachmentto',
  'para', 'destino', 'destinatario', 'reenviara', 'encaminharpara', 'inoltraa', 'a', 'transferera', 'ziel', 'an', 'weiterleitenan', 'zieladresse']);
/** Keys naming the carrier a number is ported out to: the owner a port-out hands it to. */
const gainingCarrierKeys = new Set(['gainingcarrier', 'newcarrier', 'recipientcarrier', 'gainingprovider', 'newprovider', 'newserviceprovider', 'gainingoperator', 'newoperator']);
/** Keys naming where a chat app's forward goes, and the handle, number or URL that is a place outside the account. */
const chatDestinationKeys = new Set(['destination', 'destinationchat', 'destinationchatid', 'tochat', 'tochatid', 'targetchat', 'targetchatid', 'forwardtochat']);
const chatAddress = /^(?:@[a-z0-9_]{3,64}|\+?\d[\d\s().-]{5,20}\d|https?:\/\/\S{1,200})$/i;
const dottedQuad = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Keys naming where an export is delivered. */
const deliveryKeys = /^(?:deliver|delivery|deliverto|sendto|send|destination|target|recipient|email|emailto|mailto|notify|envoyera|enviara|enviarpara|inviaa|sendenan|ziel|destino|destinatario)$/;
const criteriaKeys = new Set(['criteria', 'conditions', 'condition', 'query', 'from', 'filter', 'match', 'sendercontains', 'subjectcontains', 'fromaddresses',
  // A chat app's auto-forward names the chats it takes (`source_chats: ['Family']`, or `'all'`).
  'sourcechats', 'sourcechat', 'fromchats', 'chats', 'sources',
  'condicion', 'condicao', 'condizione', 'bedingung', 'critere', 'criterio', 'kriterium']);
/**
 * A rule's actions that keep the mail it forwards from the user: marked read, taken out of the inbox, deleted
 * (Graph's markAsRead / delete / moveToFolder deleteditems, Gmail's removeLabelIds INBOX or UNREAD and its
 * forwarding `disposition`). A forward the user is meant to see leaves the message where it was.
 */
const hidingFlags = new Set(['markasread', 'markread', 'delete', 'permanentdelete', 'skipinbox', 'archive', 'trash', 'movetotrash', 'movetodeleteditems', 'shouldmarkasread', 'shouldarchive', 'shouldtrash']);
const hiddenLabels = new Set(['inbox', 'unread']);
const hidingPlaces = new Set(['trash', 'archive', 'markread', 'deleteditems', 'deleted', 'junkemail', 'junk', 'rssfeeds', 'rss', 'conversationhistory']);
/** The domain of an address (`a@b.c` → `b.c`), lower-case. */
const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
/** A criteria value that names every message ("todas as mensagens", "alle Nachrichten", "all messages"). */
const everyMessage = /^(?:all|every|any|todas?|todos|tutt[ie]|tous|toutes|alle)(?:\s|$)/i;
const wildcard = /^(?:\*|all|any|everything|\s*)$/i;
const bounds: WalkBounds = { nodes: 2000, depth: 8 };
const maxParsed = 65_536;

interface Seen {
  /** Set only by keys that say everyone whatever the tool (a public ACL, allUsers); `audience` needs a tool that shares. */
  everyone?: string;
  audience?: string;
  visibility?: string;
  privileged?: string;
  write?: boolean;
  world?: string;
  /** The rule denies what it names (a deny from the internet closes a port). */
  closes?: boolean;
  ports: number[];
  anyPort?: boolean;
  fromPort?: number;
  toPort?: number;
  forwardTo?: string;
  /** The call names the message it forwards (one the user picked), not a stream of them. */
  picked?: boolean;
  narrowed?: boolean;
  /** Domains of the addresses a mail rule's criteria name: the mailbox's own and its correspondents'. */
  criteriaDomains?: Set<string>;
  /** What of the rule's actions keeps the mail from the user (markAsRead, removeLabelIds=INBOX). */
  hidden?: string;
  disabled?: boolean;
  scopes?: string;
  writableKey?: boolean;
  transferOwner?: string;
  newOwner?: string;
  deliveredTo?: string;
  /** A report's `recipients` (a report's list of readers; an export's may be one person it is shared with). */
  reportedTo?: string;
  external?: string;
  accountKey?: boolean;
}

/** Reads the ports a value names into `seen`: a number, `"22"`, `"5432,6379"`, a range `"0-65535"`, `*`, or a list of those. */
function portsOf(value: unknown, seen: Seen): void {
  if (typeof value === 'number') {
    seen.ports.push(value);
  } else if (typeof value === 'string') {
    if (specReachesLoginPort(value)) seen.anyPort = true;
  } else if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'number' || typeof v === 'string') portsOf(v, seen);
  }
}

/** Reads one key's value into `seen`; the parent key tells a calendar's `scope.type` from a permission's `type`. */
function readField(key: string, parent: string, value: unknown, seen: Seen, inCriteria = false): void {
  if (inCriteria) {
    readCriterion(value, seen);
    return;
  }
  if (key === 'messageid' || key === 'messageids' || key === 'msgid') seen.picked = true;
  if (typeof value === 'string') {
    const word = flat(value);
    const prefixless = flat(value.replace(/^(?:user|group|domain|serviceaccount):/i, ''));
    if (audienceKeys.has(key) && (everyoneWords.has(word) || everyoneWords.has(word.replace(withLink, '')) || (key === 'type' && parent === 'scope' && word === 'default'))) seen.audience ??= `${key}=${value}`;
    if (principalKeys.has(key) && (value === '*' || everyoneWords.has(prefixless) || (key === 'groupnames' && word === 'all'))) seen.everyone ??= `${key}=${value}`;
    if ((key === 'acl' || key === 'cannedacl') && publicAcl.test(value)) seen.everyone ??= `${key}=${value}`;
    if (visibilityKeys.has(key) && word === 'public') seen.visibility ??= `${key}=${value}`;
    if (roleKeys.has(key)) {
      if (privilegedRoles.has(word) || adminPolicy.test(value)) seen.privileged ??= `${key}=${value}`;
      if (writeRoles.has(word)) seen.write = true;
    }
    if (key === 'scopes' && broadScopes.test(value)) seen.scopes ??= value;
    if (sourceKeys.has(key) && wideSource(value)) seen.world ??= `${key}=${value}`;
    if (portKeys.has(key)) portsOf(value, seen);
    if (actionKeys.has(key) && closingActions.test(value.trim())) seen.closes = true;
    if ((key === 'fromport' || key === 'toport') && /^\d{1,5}$/.test(value)) readField(key, parent, Number(value), seen);
    if (key === 'ipprotocol' && value === '-1') seen.anyPort = true;
    if ((forwardKeys.has(key) || (key === 'address' && (parent === 'forwardto' || parent === 'emailaddress')) || key === 'emailaddress') && email.test(value.trim())) seen.forwardTo ??= value.trim();
    // A firewall rule's `destination` is an address (`10.1.2.3`), not a phone number a chat forwards to.
    if (chatDestinationKeys.has(key) && chatAddress.test(value.trim()) && !dottedQuad.test(value.trim())) seen.forwardTo ??= value.trim();
    if (criteriaKeys.has(key)) readCriterion(value, seen);
    if (deliveryKeys.test(key) && (email.test(value.trim()) || /^https?:\/\//i.test(value.trim()))) seen.deliveredTo ??= value.trim();
    if (key === 'recipients' && email.test(value.trim())) seen.reportedTo ??= value.trim();
    if (/external|domain|org(?:anization)?s?$/.test(key) && /\.[a-z]{2,}$/i.test(value.trim())) seen.external ??= `${key}=${value}`;
    if (key === 'key' && /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-|sk-ssh-|-----begin pgp public key)/i.test(value.trim())) seen.accountKey = true;
    if (key === 'newowner' || key === 'newownerid' || key === 'neworganization' || key === 'targetowner' || gainingCarrierKeys.has(key)) seen.newOwner ??= value;
    if ((key === 'removelabelids' && hiddenLabels.has(word)) || ((key === 'disposition' || key === 'movetofolder' || key === 'destinationfolderid') && hidingPlaces.has(word))) seen.hidden ??= `${key}=${value}`;
  } else if (typeof value === 'number') {
    if (key === 'accesslevel' && value >= maintainerLevel) seen.privileged ??= `${key}=${value}`;
    if (key === 'port') seen.ports.push(value);
    if (key === 'fromport') seen.fromPort = value;
    if (key === 'toport') seen.toPort = value;
  } else if (typeof value === 'boolean') {
    if (key === 'private' && !value) seen.visibility ??= 'private=false';
    if ((key === 'public' || key === 'enabled') && value && parent === 'public') seen.visibility ??= 'public sharing enabled';
    if (key === 'transferownership' && value) seen.transferOwner ??= 'transferOwnership=true';
    if ((key === 'readonly' && !value) || (key === 'canpush' && value)) seen.writableKey = true;
    if (key === 'enabled' && !value && parent !== 'public') seen.disabled = true;
    if (hidingFlags.has(key) && value) seen.hidden ??= `${key}=true`;
    if (/^(?:blockpublic(?:acls|policy)|ignorepublicacls|restrictpublicbuckets)$/.test(key) && !value) seen.everyone ??= `${key}=false`;
  } else if (Array.isArray(value)) {
    if (key === 'scopes') {
      const joined = value.filter((v) => typeof v === 'string').join(',');
      if (broadScopes.test(joined)) seen.scopes ??= joined;
    }
    if (portKeys.has(key)) portsOf(value, seen);
    if (key === 'emails' && value.some((v) => typeof v === 'string' && email.test(v.trim()))) seen.external ??= `${key}=${String(value[0])}`;
  }
}

/**
 * One value inside a mail rule's criteria (`criteria`, `conditions`): it narrows which mail the rule takes
 * unless it names every message, and its addresses are criteria, never where the rule sends mail.
 */
function readCriterion(value: unknown, seen: Seen): void {
  if (typeof value !== 'string') return;
  const text = value.trim();
  if (!wildcard.test(text) && !everyMessage.test(text)) seen.narrowed = true;
  if (email.test(text)) (seen.criteriaDomains ??= new Set()).add(domainOf(text));
}

const allows = (record: Record<string, unknown>): boolean => {
  const effect = record['Effect'] ?? record['effect'];
  return typeof effect === 'string' && effect.toLowerCase() === 'allow' && (record['Condition'] ?? record['condition']) === undefined;
};
/** A policy statement that allows every action on every resource, with no condition. */
function allowsAll(record: Record<string, unknown>): boolean {
  const action = record['Action'] ?? record['action'];
  const resource = record['Resource'] ?? record['resource'];
  const star = (v: unknown): boolean => v === '*' || (Array.isArray(v) && v.includes('*'));
  return star(action) && star(resource) && allows(record);
}
/** A policy statement that allows every principal with no condition narrowing who. */
function allowsEveryone(record: Record<string, unknown>): boolean {
  const principal = record['Principal'] ?? record['principal'];
  if (principal === undefined || !allows(record)) return false;
  if (principal === '*') return true;
  if (typeof principal === 'object' && principal !== null) {
    const aws = (principal as Record<string, unknown>)['AWS'];
    return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
  }
  return false;
}

/** Where an object lies: under which key, and inside a mail rule's criteria (its addresses say which mail, not where it goes). */
interface Within {
  readonly parent: string;
  readonly inCriteria: boolean;
}
const outside: Within = { parent: '', inCriteria: false };

/** Walks the arguments (and JSON text inside them: a policy document sent as a string), bounded in nodes and depth. */
function walk(args: Record<string, unknown>, seen: Seen): void {
  walkRecords<Within>(args, outside, bounds, (record, { parent, inCriteria }, descend, depth) => {
    let policy = false;
    for (const k in record) {
      const key = flat(k);
      let value = record[k];
      if (key === 'effect') policy = true;
      if (typeof value === 'string' && value.length <= maxParsed && (value.charCodeAt(0) === 0x7b || value.charCodeAt(0) === 0x5b) && depth < bounds.depth) {
        try {
          value = JSON.parse(value) as unknown;
        } catch {
          // Not JSON: read as the string it is.
        }
      }
      // An empty criteria object narrows nothing; a list of principals is read item by item.
      const criteria = inCriteria || (criteriaKeys.has(key) && typeof value === 'object' && value !== null);
      if (Array.isArray(value) && !(key === 'scopes' || key === 'ports')) {
        for (const item of value) if (typeof item === 'string') readField(key, parent, item, seen, criteria);
      }
      readField(key, parent, value, seen, criteria);
      if (typeof value === 'object' && value !== null) descend(value, { parent: key, inCriteria: criteria });
    }
    if (policy && allowsEveryone(record)) seen.everyone ??= 'a policy statement allows principal *';
    if (policy && allowsAll(record)) seen.privileged ??= 'a policy statement allows every action on every resource';
  });
}

const apiOperation = /^[A-Za-z][A-Za-z0-9_.:-]{2,80}$/;
/**
 * The generic API call's own words: a method that changes and the path's segments (`PUT /repos/o/r/collaborators/u`),
 * or an operation named in a field (`{"service": "ec2", "operation": "AuthorizeSecurityGroupIngress"}`).
 */
function apiWords(args: Record<string, unknown>): string[] | undefined {
  const operation = args['operation'] ?? args['Operation'] ?? args['api'];
  if (typeof operation === 'string' && apiOperation.test(operation)) return foldedWords(operation);
  const method = args['method'];
  const path = args['path'] ?? args['endpoint'] ?? args['url'];
  if (typeof method !== 'string' || typeof path !== 'string' || !/^(?:put|patch|post)$/i.test(method)) return undefined;
  return ['update', ...foldedWords(path.replace(/^https?:\/\/[^/]+/i, ''))];
}

/**
 * What a call to an action tool opens through its fields (a sentence), or undefined. `tool` is the tool's name
 * as sent, `args` the call's arguments, `name` what the name says when the caller has read it (tool-names.ts).
 */
export function accessOpenedByFields(tool: string, args: unknown, name?: ToolName): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  let bits = name?.grants ?? grantClass(wordsOfTool(tool));
  // A generic API call says what it changes in its own fields: read only when the name says nothing.
  const api = bits & Changes ? undefined : apiWords(args as Record<string, unknown>);
  if (api !== undefined) bits |= grantClass(api);
  if (!(bits & (Changes | Reports))) return undefined;
  const seen: Seen = { ports: [] };
  walk(args as Record<string, unknown>, seen);
  // A report run or scheduled (no verb of change needed) mailed to a free personal mailbox: the records leave the organisation.
  const reportTo = seen.deliveredTo ?? seen.reportedTo;
  if (bits & Reports && reportTo !== undefined && personalMailbox(reportTo) && !rightfulExportRecipient(args as Record<string, unknown>, reportTo)) return `a report mailed to a personal mailbox (${reportTo})`;
  if (!(bits & Changes)) return undefined;
  const range = seen.fromPort ?? seen.toPort;
  const loginPort = seen.anyPort === true || seen.ports.some((p) => loginPorts.includes(p)) || (range !== undefined && reachesLoginPort(range, seen.toPort ?? range));
  if (seen.world !== undefined && loginPort && seen.closes !== true) {
    return `a port where a login or a database listens opened to the internet (${seen.world})`;
  }
  if (seen.everyone !== undefined) return `access opened to everyone (${seen.everyone})`;
  if (seen.audience !== undefined && bits & Access) return `access opened to everyone (${seen.audience})`;
  // A new public repository or gist is its owner's to publish; a resource that exists made public is not.
  if (seen.visibility !== undefined && (bits & Updates || seen.write === true)) return `a resource made public (${seen.visibility})`;
  // An admin role set on a person's existing record (`update_user` role=admin) grants as `add_member` does.
  if (seen.privileged !== undefined && (bits & Access || (bits & Principal && bits & Updates))) return `an owner or admin role granted (${seen.privileged})`;
  if (seen.transferOwner !== undefined || (bits & Transfers && seen.newOwner !== undefined)) return `ownership handed to another account (${seen.transferOwner ?? `to ${seen.newOwner}`})`;
  if (bits & Delegates && !(bits & Forwards) && Object.keys(args).some((k) => /delegate/i.test(k))) return 'a mailbox delegated to another account';
  if (bits & Forwards && seen.forwardTo !== undefined && seen.disabled !== true) {
    if (seen.narrowed !== true && seen.picked !== true) return `every message forwarded to ${seen.forwardTo}`;
    // A narrowed rule is ordinary when it keeps the mail in a domain its criteria name (support@ to a
    // colleague) or lets the user see what it forwards; mail sent to another domain and hidden is taken.
    if (seen.hidden !== undefined && !(seen.criteriaDomains?.has(domainOf(seen.forwardTo)) ?? false)) return `mail forwarded to ${seen.forwardTo}, outside the domains the rule's criteria name, and hidden from the user (${seen.hidden})`;
  }
  if (bits & Credential && seen.scopes !== undefined) return `a token with administrative scopes (${seen.scopes})`;
  if (bits & DeployKey && seen.writableKey === true) return 'a deploy key that may push';
  if (bits & AccountKey && seen.accountKey === true) return 'a key that logs in as the user added to the account';
  if (bits & Exports && seen.deliveredTo !== undefined && !rightfulExportRecipient(args as Record<string, unknown>, seen.deliveredTo)) return `a workspace export delivered to ${seen.deliveredTo}`;
  if (bits & SharedChannel && seen.external !== undefined) return `a channel shared with another organization (${seen.external})`;
  return undefined;
}
