// A security product's own settings changed so that it stops doing its job, read in an action tool's fields
// (field-controls.ts walks them): an EDR's or an antivirus's prevention policy with its tamper protection
// off or two protections off (`ransomware: { file_encryption_block: false }`, `script_control: { powershell:
// 'off' }`, nested at any depth), a WAF's rule group or policy switched to count or detection only (AWS WAF's
// `override_action: count`, Azure's `mode: Detection`, Cloudflare's `action: log`), a SIEM index's or a log
// store's retention cut under a day (Splunk's `frozenTimePeriodInSecs`, `retention_days`, an ILM delete phase's
// `min_age: 1h`), and a public address let through an EDR's network containment (a contained host is meant to
// reach only the responders' own machines). Raising a protection, blocking, a longer retention and a private
// collector passed through containment pass. Product facts are data here; findings are data, nothing throws.

import { privateHost } from '../values/private-hosts.js';

/** What a tool's name says it configures, as bits (read once per name with field-controls' reading). */
export const Prevention = 1;
export const Waf = 2;
export const Retention = 4;
export const Containment = 8;

/** Words naming a security product that protects endpoints (scan-exclusions' scanners, and the same vendors). */
const productWords = new Set(['edr', 'av', 'antivirus', 'defender', 'mp', 'sensor', 'falcon', 'crowdstrike', 'sentinelone', 's1', 'malware', 'antimalware',
  'endpoint', 'mde', 'xdr', 'epp', 'cortex', 'carbon', 'sophos', 'cylance', 'eset', 'trellix', 'mcafee', 'symantec', 'bitdefender']);
const policyWords = new Set(['policy', 'policies', 'settings', 'setting', 'config', 'configuration', 'profile']);
/** A web application firewall (a network firewall's `action` is a permit or a deny, read by field-grants). */
const wafWords = new Set(['waf', 'wafv2', 'webacl', 'modsecurity', 'crs']);
const logWords = new Set(['index', 'indexes', 'indices', 'retention', 'log', 'logs', 'logging', 'ilm', 'lifecycle', 'workspace', 'bucket', 'siem', 'splunk', 'sentinel', 'elastic', 'opensearch']);
const containWords = new Set(['containment', 'contain', 'isolation', 'isolate', 'isolated']);
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
  return bits;
}

/** What the walk found (field-controls' Seen holds one). */
export interface SettingsSeen {
  protectionsOff: string[];
  tamperOff?: string;
  countOnly?: string;
  shortRetention?: string;
  containmentOpen?: string;
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
  return undefined;
}
