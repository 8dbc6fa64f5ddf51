// A security product's own settings changed so that it stops doing its job, read in an action tool's fields
// (field-controls.ts walks them): an EDR's or an antivirus's prevention policy with its tamper protection
// off or two protections off (`ransomware: { file_encryption_block: false }`, `script_control: { powershell:
// 'off' }`, nested at any depth), a WAF's rule group or policy switched to count or detection only (AWS WAF's
// `override_action: count`, Azure's `mode: Detection`, Cloudflare's `action: log`), a SIEM index's or a log
// store's retention cut under a day (Splunk's `frozenTimePeriodInSecs`, `retention_days`, an ILM delete phase's
// `min_age: 1h`), and a public address let through an EDR's network containment (a contained host is meant to
// reach only the responders' own machines). Raising a protection, blocking, a longer retention and a private
// collector passed through containment pass. Beside a product's own settings, the edge and sign-in guards of a
// domain or a directory (stop 77): a WAF rule, made or changed, that skips the firewall itself (Cloudflare's
// `action: skip` with the WAF among its skipped `products`, or the rest of the ruleset); a trusted network or
// named location (where sign-in skips MFA) widened to the whole internet (`0.0.0.0/0`, network-exposure's
// wideSource); and a domain's mail records opened so anyone may send as it: SPF ending in `+all`, a DMARC
// policy lowered from reject or quarantine to none in the call that names both. A skip for one path's
// bot check, an office's range trusted and a DMARC policy raised pass. Product facts are data here; findings are
// data, nothing throws.

import { privateHost } from '../values/private-hosts.js';
import { wideSource } from './network-exposure.js';

/** What a tool's name says it configures, as bits (read once per name with field-controls' reading). */
export const Prevention = 1;
export const Waf = 2;
export const Retention = 4;
export const Containment = 8;
/** A WAF's rules, whatever the verb (a new skip rule skips as much as a changed one). */
export const WafRules = 16;
/** A directory's trusted networks (sign-in from them skips MFA or conditional access). */
export const TrustedNetworks = 32;
/** A domain's DNS records (its mail's SPF and DMARC among them). */
export const DnsRecords = 64;

/** Words naming a security product that protects endpoints (scan-exclusions' scanners, and the same vendors). */
const productWords = new Set(['edr', 'av', 'antivirus', 'defender', 'mp', 'sensor', 'falcon', 'crowdstrike', 'sentinelone', 's1', 'malware', 'antimalware',
  'endpoint', 'mde', 'xdr', 'epp', 'cortex', 'carbon', 'sophos', 'cylance', 'eset', 'trellix', 'mcafee', 'symantec', 'bitdefender']);
const policyWords = new Set(['policy', 'policies', 'settings', 'setting', 'config', 'configuration', 'profile']);
/** A web application firewall (a network firewall's `action` is a permit or a deny, read by field-grants). */
const wafWords = new Set(['waf', 'wafv2', 'webacl', 'modsecurity', 'crs']);
const logWords = new Set(['index', 'indexes', 'indices', 'retention', 'log', 'logs', 'logging', 'ilm', 'lifecycle', 'workspace', 'bucket', 'siem', 'splunk', 'sentinel', 'elastic', 'opensearch']);
const containWords = new Set(['containment', 'contain', 'isolation', 'isolate', 'isolated']);
/** A place sign-in trusts: Okta's network zones, Entra's named locations, a trusted IP list. */
const trustWords = new Set(['trusted', 'trust', 'trustedips', 'namedlocation', 'namedlocations']);
const dnsWords = new Set(['dns', 'record', 'records', 'rrset', 'rrsets', 'txt', 'spf', 'dmarc', 'resource']);
/** Verbs that change a setting that exists; a new rule made in count mode first (the usual rollout) is no weakening. */
const changeVerbs = new Set(['update', 'set', 'put', 'patch', 'modify', 'change', 'override', 'configure', 'edit', 'replace', 'upsert', 'disable']);

/** The settings a tool's name (its words) says it changes, as bits, or 0. */
export function securitySettingsOf(words: readonly string[]): number {
  let bits = 0;
  const changes = words.some((w) => changeVerbs.has(w));
  if (words.includes('prevention') || (words.some((w) => productWords.has(w)) && words.some((w) => policyWords.has(w)))) bits |= Prevention;
  if (changes && (words.some((w) => wafWords.has(w)) || (words.includes('firewall') && words.includes('application')))) bits |= Waf;
  if (words.some((w) => logWords.has(w))) bits |= Retention;
  if (words.some((w) => containWords.has(w))) bits |= Containment;
  if (words.some((w) => wafWords.has(w)) || (words.includes('firewall') && words.includes('rule'))) bits |= WafRules;
  if (words.some((w) => trustWords.has(w)) || (words.includes('zone') && words.includes('network')) || (words.includes('named') && words.includes('location'))) bits |= TrustedNetworks;
  if (words.some((w) => dnsWords.has(w)) && (words.includes('dns') || words.includes('zone') || words.includes('txt') || words.includes('record') || words.includes('records'))) bits |= DnsRecords;
  return bits;
}

/** What the walk found (field-controls' Seen holds one). */
export interface SettingsSeen {
  protectionsOff: string[];
  tamperOff?: string;
  countOnly?: string;
  shortRetention?: string;
  containmentOpen?: string;
  /** A WAF rule's action is `skip`, and what it skips includes the firewall itself. */
  skips?: boolean;
  wafSkipped?: string;
  trustedWide?: string;
  spfOpen?: string;
  /** The DMARC policy the call writes, and the one it says it replaces (`p=` values). */
  dmarcWritten?: string;
  dmarcReplaced?: string;
}

/** Keys whose value switches the thing their parent names (`tamper_protection: { enabled: false }`). */
const switchKeys = new Set(['enabled', 'enable', 'status', 'state', 'mode', 'value', 'setting', 'enforce', 'enforced', 'active', 'on']);
/** What a protection is called in a prevention policy's keys (flat, lower case). */
const protection = /tamper|protect|prevent|block|realtime|quarantine|exploit|ransom|scriptcontrol|scriptbased|amsi|behaviou?r|malware|uninstall|shadowcopy|firewall|intrusion|credentialtheft|lsass/;
const offWords = /^(?:false|0|off|disabled?|none|no|never|allow|allowall|monitor|monitoronly|detectonly|detect)$/;
/** A WAF rule's action or a policy's mode that only counts or logs what it used to block. */
const wafActionKeys = new Set(['overrideaction', 'action', 'ruleaction', 'defaultaction', 'mode', 'enforcementmode', 'policymode', 'secruleengine']);
const countWords = /^(?:count|log|logonly|detect|detection|detectiononly|monitor|monitoring|simulate|simulation|off|disabled?)$/;
/** Keys of a retention, by the unit of their number. */
// (A `max_age` is a rollover's or a cache's, not how long logs are kept: not read.)
const secondKeys = new Set(['frozentimeperiodinsecs', 'retentionseconds', 'retentioninseconds', 'retentionsecs']);
const hourKeys = new Set(['retentionhours', 'retentioninhours', 'retentionperiodhours', 'retentionperiodinhours']);
const dayKeys = new Set(['retentiondays', 'retentionindays', 'retentionperioddays', 'retentionperiodindays', 'retentiondurationdays', 'archiveretentionindays', 'totalretentionindays']);
/** Keys holding a retention spelled with its unit (`1h`, `3600s`, `PT1H`, `12h`). */
const spelledKeys = new Set(['retention', 'retentionperiod', 'retentionduration', 'retentiontime']);
const day = 86_400;
/** Keys of a containment's allowed peers. */
const allowedKey = /allow|exception|exempt|whitelist|permit|bypass/;
const address = /^(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?$/;

const flatValue = (value: string): string => value.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const offValue = (value: unknown): boolean => value === false || value === 0 || (typeof value === 'string' && value.length <= 24 && offWords.test(flatValue(value)));

/** Seconds a spelled duration means (`1h`, `3600s`, `30m`, `PT1H`, `2d`), or undefined. */
function seconds(text: string): number | undefined {
  const m = /^\s*(?:pt?)?(\d{1,9})\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s*$/i.exec(text);
  if (m === null) return undefined;
  const unit = m[2]!.charAt(0).toLowerCase();
  return Number(m[1]) * (unit === 's' ? 1 : unit === 'm' ? 60 : unit === 'h' ? 3600 : day);
}

/** A retention's length in seconds from its key and value, or undefined when the key is no retention. */
function retentionSeconds(key: string, parent: string, value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,12}\s*$/.test(value) ? Number(value) : undefined;
  if (number !== undefined) {
    if (secondKeys.has(key)) return number;
    if (hourKeys.has(key)) return number * 3600;
    if (dayKeys.has(key)) return number * day;
    return undefined;
  }
  // An ILM policy's delete phase: what is older than `min_age` is deleted.
  if (typeof value === 'string' && (spelledKeys.has(key) || (key === 'minage' && parent === 'delete'))) return seconds(value);
  return undefined;
}

/** A skip rule's skipped products naming the firewall's own rules (`waf`, its managed rules), or the rest of its rules. */
const wafProducts = new Set(['waf', 'managed', 'managedrules', 'owasp', 'crs']);
/** SPF's last mechanism letting every host send (`+all`, or `all` with no qualifier). */
const spfAll = /(?:^|\s)\+?all\s*$/;
const dmarcPolicy = /(?:^|;)\s*p\s*=\s*(none|quarantine|reject)\b/;

/** Keys holding the record a DNS call replaces, not the one it writes. */
const replacedKeys = new Set(['replaces', 'replace', 'previous', 'previousvalue', 'old', 'oldvalue', 'existing', 'current', 'currentvalue', 'from']);

/** Reads the mail-authentication record a DNS call's string (under `key`, flat) spells, SPF or DMARC, into `seen`. */
function readMailRecord(key: string, text: string, seen: SettingsSeen): void {
  const lower = text.trim().toLowerCase();
  if (lower.startsWith('v=spf1') && !replacedKeys.has(key) && spfAll.test(lower)) seen.spfOpen ??= text.slice(0, 80);
  if (lower.startsWith('v=dmarc1')) {
    const policy = dmarcPolicy.exec(lower)?.[1];
    if (policy === undefined) return;
    if (replacedKeys.has(key)) seen.dmarcReplaced ??= policy;
    else seen.dmarcWritten ??= policy;
  }
}

/** Whether an address or a range (`185.220.101.0/24`) lies outside the private networks. */
function publicAddress(value: string): boolean {
  const m = address.exec(value.trim());
  return m !== null && !privateHost(m[1]!) && m[1] !== '0.0.0.0';
}

/** Reads one key (flat) of a walked call into `seen`, for the settings `bits` the tool's name says it changes. */
export function readSecuritySetting(bits: number, key: string, parent: string, value: unknown, seen: SettingsSeen): void {
  if (bits & Prevention && (typeof value !== 'object' || value === null)) {
    const named = switchKeys.has(key) ? parent : `${parent}.${key}`;
    if (protection.test(named) && offValue(value)) {
      if (named.includes('tamper')) seen.tamperOff ??= `${named}: ${JSON.stringify(value)}`;
      else if (seen.protectionsOff.length < 8) seen.protectionsOff.push(`${named}: ${JSON.stringify(value)}`);
    }
  }
  if (bits & Waf && typeof value === 'string' && wafActionKeys.has(key) && countWords.test(flatValue(value))) seen.countOnly ??= `${key}: ${value.slice(0, 40)}`;
  if (bits & Retention) {
    const kept = retentionSeconds(key, parent, value);
    if (kept !== undefined && kept > 0 && kept < day) seen.shortRetention ??= `${key}: ${JSON.stringify(value).slice(0, 40)}`;
  }
  if (bits & WafRules && typeof value === 'string') {
    if (key === 'action' && value.trim().toLowerCase() === 'skip') seen.skips = true;
    // `ruleset: 'current'` skips the rest of the zone's custom rules.
    if (key === 'ruleset' && value.trim().toLowerCase() === 'current') seen.wafSkipped ??= `${key}: ${value}`;
  }
  if (bits & WafRules && key === 'products' && Array.isArray(value)) {
    const skipped = value.slice(0, 32).find((v): v is string => typeof v === 'string' && wafProducts.has(flatValue(v)));
    if (skipped !== undefined) seen.wafSkipped ??= `${key}: ${skipped}`;
  }
  if (bits & (TrustedNetworks | DnsRecords)) {
    // A list of ranges or of record values holds its strings with no key of their own: read under the list's.
    const values: readonly unknown[] = Array.isArray(value) ? value.slice(0, 64) : [value];
    for (const v of values) {
      if (typeof v !== 'string') continue;
      if (bits & TrustedNetworks && v.includes('/') && wideSource(v)) seen.trustedWide ??= v.slice(0, 40);
      if (bits & DnsRecords && v.length <= 4096 && (v.charCodeAt(0) | 0x20) === 0x76) readMailRecord(key, v, seen);
    }
  }
  if (bits & Containment && allowedKey.test(key)) {
    const values: readonly unknown[] = Array.isArray(value) ? value.slice(0, 64) : [value];
    const open = values.find((v): v is string => typeof v === 'string' && publicAddress(v));
    if (open !== undefined) seen.containmentOpen ??= open;
  }
}

/** The weakening `seen` holds (a sentence), or undefined. */
export function settingsWeakened(seen: SettingsSeen): string | undefined {
  if (seen.tamperOff !== undefined) return `an endpoint sensor's tamper protection switched off (${seen.tamperOff})`;
  if (seen.protectionsOff.length >= 2) return `an endpoint prevention policy's protections switched off (${seen.protectionsOff.slice(0, 3).join(', ')})`;
  if (seen.countOnly !== undefined) return `a web application firewall's rules set to count or log only (${seen.countOnly})`;
  if (seen.shortRetention !== undefined) return `log retention cut under a day (${seen.shortRetention})`;
  if (seen.containmentOpen !== undefined) return `a public address let through a contained host's isolation (${seen.containmentOpen})`;
  if (seen.skips === true && seen.wafSkipped !== undefined) return `a WAF rule that skips the firewall's own rules (${seen.wafSkipped})`;
  if (seen.trustedWide !== undefined) return `the whole internet made a trusted network for sign-in (${seen.trustedWide})`;
  if (seen.spfOpen !== undefined) return `an SPF record that lets any server send as the domain (${seen.spfOpen})`;
  if (seen.dmarcWritten === 'none' && seen.dmarcReplaced !== undefined && seen.dmarcReplaced !== 'none') return `a DMARC policy lowered to none from ${seen.dmarcReplaced}`;
  return undefined;
}
