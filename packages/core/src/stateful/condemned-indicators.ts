import { tokenHash } from './fingerprints.js';
import { foldedWords } from '../text/name-words.js';
import type { ToolNames } from '../commands/tool-names.js';
import type { ScannedValue } from '../types.js';
import { KeyFact, keyFacts } from '../values/key-facts.js';

// What a security tool's answer condemned, and a later call of the session that lets it through. A SOC agent
// reads a detection, a sandbox or intel verdict or a phishing analysis that calls a hash, an address, a
// domain or a host malicious (phishing, a C2, ransomware, beaconing); the attack is the agent's next call
// steered by something else it read (a ticket comment, a feed's note, a log line) that allows that hash,
// deletes its IOC or its sinkhole, releases the quarantined mail, lifts the host's containment, or writes to
// the phisher (a reply with details, a password posted to the phishing form). None of these calls is wrong
// alone: blocking, isolating and deleting expired entries are the work. What tells is that this session's
// own evidence condemned the very value the call lets through. A later answer that says the value was
// remediated or is clean (a reimaged host, a vendor's false positive) clears it again.

/** Words of a verdict that condemns (lower case; a `not`/`no`/`non-` just before one negates it). */
const condemning = /malicious|phish|ransomware|\bc2\b|command[- ]and[- ]control|beacon|backdoor|trojan|stealer|botnet|malware|compromised/g;
/** Words of an answer that clears what it names: remediated, or found harmless. */
const clearing = /reimaged|re-imaged|rebuilt|remediated|eradicated|verified clean|clean|benign|false positive|not malicious|legitimate/;
/** Remediation outranks a verdict in the same text ("reimaged; the malicious loader is gone"). */
const remediated = /reimaged|re-imaged|rebuilt|remediated|eradicated|verified clean/;
/** The longest text read for a verdict: a detection, a verdict or an intel entry is short; a page is not one. */
const maxText = 16_384;
/** The most values of one answer or call read. */
export const maxValues = 256;
/** The most condemned indicators a session keeps (the newest). */
export const maxCondemned = 256;

/** Whether the text condemns something: a condemning word not negated just before it. */
function condemns(text: string): boolean {
  condemning.lastIndex = 0;
  let seen = 0;
  for (let m = condemning.exec(text); m !== null && seen < 16; m = condemning.exec(text), seen++) {
    const before = text.slice(Math.max(0, m.index - 5), m.index);
    if (!/(?:^|[^a-z])(?:not|no|non-?)\s*$/.test(before)) return true;
  }
  return false;
}

/** A defanged indicator made plain (`hxxps://evil[.]com` → `https://evil.com`). */
const refanged = (text: string): string => (text.includes('[') || text.includes('(') || text.includes('hxxp') ? text.replace(/\[\.\]|\(\.\)|\[dot\]|\(dot\)/g, '.').replace(/hxxp/g, 'http') : text);

const piece = /[a-z0-9][a-z0-9._@-]{2,252}[a-z0-9](?:\/\d{1,2}(?![0-9]))?/g;
const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;
const hexHash = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/;
const domain = /^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/;
const email = /^[a-z0-9._-]+@((?:[a-z0-9-]+\.)+[a-z]{2,24})$/;
/** A host name as consoles show it: letters, then hyphenated parts, one with a digit (`fin-ws-044`). */
const hostName = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/**
 * Calls `emit` with each indicator of a lower-case text as it is remembered: an address (and its /24 and /16
 * as `net` keys), a hash, an e-mail address, a domain, a host name. `call`: a call's value, whose domains
 * also emit their parents (a subdomain of a condemned domain is condemned) and whose ranges emit the
 * network they cover.
 */
export function indicatorsOf(text: string, call: boolean, emit: (key: string) => void): void {
  const plain = refanged(text.length > maxText ? text.slice(0, maxText) : text);
  piece.lastIndex = 0;
  for (let m = piece.exec(plain); m !== null; m = piece.exec(plain)) {
    const token = m[0];
    const ip = ipv4.exec(token);
    if (ip !== null) {
      const [, a, b, c, , bits] = ip;
      const width = bits === undefined ? 32 : Number(bits);
      if (!call) {
        emit(`ip ${token}`);
        emit(`net ${a}.${b}.${c}`);
        emit(`net ${a}.${b}`);
      } else if (width === 32) emit(`ip ${token.replace(/\/32$/, '')}`);
      else if (width >= 24) emit(`net ${a}.${b}.${c}`);
      else if (width >= 16) emit(`net ${a}.${b}`);
      continue;
    }
    const bare = token.includes('/') ? token.slice(0, token.indexOf('/')) : token;
    if (hexHash.test(bare)) emit(`hash ${bare}`);
    else if (bare.includes('@')) {
      const mail = email.exec(bare);
      if (mail === null) continue;
      emit(`mail ${bare}`);
      // A sender's domain is condemned alone only when the verdict names it (a free-mail provider is not).
      if (call) parents(mail[1]!, emit);
    } else if (domain.test(bare)) {
      if (call) parents(bare, emit);
      else emit(`domain ${bare}`);
    } else if (hostName.test(bare) && /[0-9]/.test(bare)) emit(`host ${bare}`);
  }
}

/** A domain and each parent of two labels or more (`a.b.evil.co` → `a.b.evil.co`, `b.evil.co`, `evil.co`). */
function parents(name: string, emit: (key: string) => void): void {
  let at = 0;
  for (let i = 0; i < 8; i++) {
    const rest = name.slice(at);
    if (!rest.includes('.')) return;
    emit(`domain ${rest}`);
    at = name.indexOf('.', at) + 1;
  }
}

/** What an answer does to the session's condemned indicators: hashes to add, hashes to clear. */
export interface Verdicts {
  condemned: number[];
  cleared: number[];
}

/**
 * Words of a security tool's name: the answers read for verdicts are a detection's, an alert's, intel's, a
 * sandbox's, a mail analysis's, a ticket's (where responders write them); a coding agent's file reads and
 * searches are not read at all.
 */
const securityToolWords = new Set(['edr', 'xdr', 'detection', 'detections', 'detect', 'detects', 'alert', 'alerts', 'threat', 'threats', 'intel', 'intelligence', 'ioc', 'iocs',
  'indicator', 'indicators', 'phish', 'phishing', 'sandbox', 'malware', 'virustotal', 'vt', 'urlscan', 'incident', 'incidents', 'siem', 'splunk', 'sentinel', 'tap', 'defender', 'mde',
  's1', 'sentinelone', 'cs', 'crowdstrike', 'falcon', 'xsoar', 'soar', 'misp', 'opencti', 'taxii', 'stix', 'verdict', 'analyze', 'analyse', 'triage', 'reputation', 'lookup', 'enrich',
  'hunt', 'quarantine', 'chronicle', 'cortex', 'mimecast', 'proofpoint', 'abuse', 'report', 'reported', 'case', 'cases', 'ticket', 'jira', 'servicenow', 'dns', 'rpz', 'waf', 'firewall', 'fw', 'ids', 'ips', 'suricata', 'zeek', 'elastic', 'kibana', 'qradar', 'sumo', 'logs', 'events']);

/** Whether a tool's answers are read for verdicts, by its name's words (kept per name as `ToolName.readsVerdicts`). */
export const namesVerdicts = (tool: string): boolean => foldedWords(tool).some((w) => securityToolWords.has(w));

/** Whether a tool's answers are read for verdicts: its name read once in `names`, or anew. */
export const readsVerdicts = (tool: string, names?: ToolNames): boolean => (names === undefined ? namesVerdicts(tool) : names.of(tool).readsVerdicts);

/** The indicators an answer's values condemn or clear (undefined when none: most answers). */
export function verdictsOf(values: readonly ScannedValue[]): Verdicts | undefined {
  let out: Verdicts | undefined;
  const count = Math.min(values.length, maxValues);
  for (let v = 0; v < count; v++) {
    const text = values[v]!.text;
    if (text.length < 8 || text.length > maxText) continue;
    const condemned = condemns(text);
    const cleared = clearing.test(text) && (!condemned || remediated.test(text));
    if (!condemned && !cleared) continue;
    const into = cleared ? 'cleared' : 'condemned';
    indicatorsOf(text, false, (key) => ((out ??= { condemned: [], cleared: [] })[into]).push(tokenHash(key)));
  }
  return out;
}

/** What a call does to what it names, by its tool's name or its action argument, as bits: nothing, allows (trusts, excludes, unblocks), takes off a block, IOC or sinkhole list, releases from quarantine, lifts a host's containment. */
const None = 0;
const Allows = 1;
const Unblocks = 2;
const Releases = 4;
const Uncontains = 8;

const allowWords = new Set(['allow', 'allowlist', 'whitelist', 'safelist', 'trust', 'trusted', 'exclusion', 'exclusions', 'exclude', 'exempt', 'exemption', 'bypass', 'unblock', 'unban']);
const removeWords = new Set(['delete', 'remove', 'unblock', 'drop', 'purge', 'clear', 'disable', 'deactivate', 'unban', 'retire']);
const blockNouns = new Set(['ioc', 'iocs', 'indicator', 'indicators', 'block', 'blocks', 'blocklist', 'blocklists', 'blocked', 'denylist', 'deny', 'blacklist', 'rpz', 'sinkhole', 'sinkholes', 'ban', 'bans']);
const releaseWords = new Set(['release', 'restore', 'unquarantine']);
const quarantineWords = new Set(['quarantine', 'quarantined', 'unquarantine', 'held', 'hold']);
const liftWords = new Set(['lift', 'release', 'remove', 'end', 'stop', 'cancel', 'undo', 'uncontain', 'unisolate', 'unisolation', 'lifted']);
const containWords = new Set(['containment', 'contain', 'isolation', 'isolate', 'uncontain', 'unisolate']);

// Keys whose value says what a generic call does (`action: allow`, `list_type: whitelist`), name where a
// message goes or a method are told by their KeyFact bits (values/key-facts.ts: asked once per name).
const allowValue = /^(?:allow(?:ed|list(?:ed)?|_list)?|white-?list(?:ed)?|safe-?list(?:ed)?|trust(?:ed)?|permit(?:ted)?|exclu(?:de|ded|sion)|bypass|unblock(?:ed)?|no[ _-]?action)$/;
const blockValue = /^(?:block(?:ed|list)?|deny|denied|denylist|blacklist|prevent(?:ion)?|quarantine|detect|alert|contain|isolate)$/;
const liftValue = /^(?:lift|release|un-?contain|un-?isolate)(?:[ _-](?:containment|isolation))?$/;

/** What a tool's name says it lets through (kept per name as `ToolName.lets`). */
export function namesLetThrough(tool: string): number {
  const words = foldedWords(tool);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  let bits = None;
  if (has(allowWords)) bits |= Allows;
  if ((has(removeWords) && has(blockNouns)) || words.includes('unblock') || words.includes('unban')) bits |= Unblocks;
  if (words.includes('unquarantine') || (has(releaseWords) && has(quarantineWords))) bits |= Releases;
  if (words.includes('uncontain') || words.includes('unisolate') || (has(liftWords) && has(containWords))) bits |= Uncontains;
  return bits;
}

const nameLets = (tool: string, names: ToolNames | undefined): number => (names === undefined ? namesLetThrough(tool) : names.of(tool).lets);

/** What a call lets through: its tool's name, unless an action argument says it blocks; or an action argument that allows or lifts. */
export const letsThrough = (tool: string, values: readonly ScannedValue[], names?: ToolNames): number => withActions(nameLets(tool, names), values);

/** What a call whose name lets through `bits` lets through once its action arguments are read. */
function withActions(named: number, values: readonly ScannedValue[]): number {
  let bits = named;
  const count = Math.min(values.length, maxValues);
  for (let v = 0; v < count; v++) {
    const value = values[v]!;
    if (!(keyFacts(value.key) & KeyFact.Action) || value.text.length > 40) continue;
    const said = value.text.trim();
    if (blockValue.test(said)) return bits & ~Allows & ~Uncontains;
    if (allowValue.test(said)) bits |= Allows;
    else if (said === 'release') bits |= Releases;
    else if (liftValue.test(said)) bits |= Uncontains;
  }
  return bits;
}

/** Keys of prose a call carries beside what it acts on (a comment may quote the incident's indicators). */
const proseKeys = new Set(['comment', 'comments', 'description', 'reason', 'note', 'notes', 'title', 'justification', 'summary', 'message', 'body', 'text', 'subject', 'details', 'tags', 'tag', 'name_note']);
const urlKeys = new Set(['url', 'uri', 'endpoint', 'action_url', 'form_url']);
const writeMethods = new Set(['post', 'put', 'patch']);

/** A value of a call that reaches a condemned indicator, found by `condemned`. */
export interface LetThroughHit {
  readonly value: ScannedValue;
  readonly act: string;
}

/**
 * The first value of a call that lets a condemned indicator through (`has` tells a condemned key's hash), or
 * undefined. `bits` is {@link letsThrough}'s reading; a call of none is still read for a message addressed to a
 * condemned sender or a body posted to a condemned host.
 */
export function letThroughHit(bits: number, values: readonly ScannedValue[], has: (hash: number) => boolean): LetThroughHit | undefined {
  const count = Math.min(values.length, maxValues);
  let posts = false;
  for (let v = 0; v < count; v++) {
    const value = values[v]!;
    if (keyFacts(value.key) & KeyFact.Method && writeMethods.has(value.text.trim())) posts = true;
  }
  for (let v = 0; v < count; v++) {
    const value = values[v]!;
    const key = value.key.toLowerCase();
    let act: string | undefined;
    if (keyFacts(value.key) & KeyFact.Recipient) act = 'writes to';
    else if (posts && urlKeys.has(key)) act = 'posts data to';
    else if (bits !== None && !proseKeys.has(key)) act = actName(bits);
    if (act === undefined) continue;
    let hit = false;
    indicatorsOf(value.text, true, (k) => {
      if (!hit && has(tokenHash(k))) hit = true;
    });
    if (hit) return { value, act };
  }
  return undefined;
}

function actName(bits: number): string {
  if (bits & Uncontains) return 'lifts the containment of';
  if (bits & Releases) return 'releases from quarantine';
  if (bits & Unblocks) return 'takes off a block list';
  return 'allows';
}

/**
 * Whether a call may let something through, read before any state is: what its name lets through (`named`,
 * `ToolName.lets`), an action, a recipient, or a write method among its keys (`keys`: their KeyFact bits,
 * or'ed by the one pass over a call's values in security-calls.ts). The bits it lets through, or undefined.
 */
export function mayLetThrough(named: number, keys: number, values: readonly ScannedValue[]): number | undefined {
  const bits = keys & KeyFact.Action ? withActions(named, values) : named;
  if (bits !== None) return bits;
  if (keys & KeyFact.Recipient) return bits;
  if (keys & KeyFact.Method) {
    const count = Math.min(values.length, maxValues);
    for (let v = 0; v < count; v++) if (keyFacts(values[v]!.key) & KeyFact.Method && writeMethods.has(values[v]!.text.trim())) return bits;
  }
  return undefined;
}
