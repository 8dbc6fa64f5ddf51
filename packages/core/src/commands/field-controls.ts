// Security controls a call switches off through an API, for tools named for an action rather than a program
// (`delete_branch_protection`, `update_repository`, `create_webhook`): what `security-disablers` in
// rules/programs.yaml reads in a CLI's words, read in a tool's name and fields. A tool named for removing a
// protection (a branch's protection or ruleset, secret scanning, an audit trail, a threat detector, MFA)
// switches it off by being called. An update switches one off by its fields: secret scanning or push
// protection disabled, TLS verification of a hook turned off, workflows allowed to approve pull requests, or
// two of a branch protection's guards removed at once (reviews, status checks, admins enforced, force pushes or
// deletions allowed). A webhook that sends every event, or sends
// events in clear text to a bare address, hands the repository's activity (security alerts, member changes)
// to whoever listens there (a payment account's webhook too: every charge, payout and customer). A person's
// account is guarded against theft by its second factor (switching it off hands the account to whoever holds
// the password) and by its money guards: a withdrawal allowlist, the hold on a new address or payee, the
// alerts that tell the owner. One guard may be dropped for a reason; two dropped in one call (alerts off and
// the new-payee hold off, the allowlist off and the 24-hour lock off) leave money free to leave unseen.
// Findings are data; nothing here throws on odd input. One pass over the arguments, bounded in nodes.

import { flat, wordsOfTool } from './field-grants.js';
import { foldedWords } from '../text/name-words.js';
import { readSecuritySetting, securitySettingsOf, type SettingsSeen, settingsWeakened } from './security-settings.js';
import type { ToolName } from './tool-names.js';
import { walkRecords, type WalkBounds } from './argument-walk.js';

const offVerbs = new Set(['delete', 'remove', 'disable', 'stop', 'suspend', 'deactivate', 'unprotect', 'unset', 'turnoff']);
const changeVerbs = new Set(['update', 'set', 'put', 'patch', 'edit', 'modify', 'change', 'configure', 'manage', 'replace', 'upsert', 'enable', 'create', 'add']);
/** What a control is called in a tool's name: removing one switches the control off. Some words name one only beside another. */
const controlNouns = new Set(['ruleset', 'rulesets', 'scanning', 'mfa', '2fa', 'trail', 'cloudtrail', 'detector', 'guardduty', 'audit', 'auditing']);
/** A protection of code or data (a branch's, a bucket's), not a PDF's password. */
const protectedThings = new Set(['branch', 'branches', 'tag', 'tags', 'environment', 'repo', 'repository', 'push', 'deletion', 'termination', 'bucket', 'secret', 'ref', 'refs']);
/** Logging that records who did what (an audit trail, flow or access logs), not an application's debug output. */
const recordedThings = new Set(['trail', 'cloudtrail', 'audit', 'flow', 'access', 'bucket']);
/** Alerts are a control only when they are the security ones (`disable_vulnerability_alerts`), not a monitor's. */
const securityAlertWords = new Set(['vulnerability', 'security', 'dependabot']);

/** The control a tool's name says it acts on, or undefined. */
function controlIn(words: readonly string[]): string | undefined {
  for (const w of words) {
    if (controlNouns.has(w)) return w;
    if ((w === 'protection' || w === 'protections') && words.some((x) => protectedThings.has(x))) return w;
    if (w === 'logging' && (words.includes('stop') || words.some((x) => recordedThings.has(x)))) return w;
    if (w === 'firewall' && !words.includes('rule') && !words.includes('rules')) return w;
    if (w === 'alerts' && words.some((x) => securityAlertWords.has(x))) return w;
  }
  return undefined;
}
const hookNouns = new Set(['webhook', 'webhooks', 'hook', 'hooks']);
/** Words of a tool that quiets alerting (a silence, a mute, a downtime, a maintenance window). */
const muteWords = new Set(['mute', 'silence', 'silences', 'downtime', 'downtimes', 'maintenance', 'snooze']);
/** Fields naming which monitors, alerts or services a mute covers, and those narrowing where (a scope). */
const idKeys = new Set(['monitorids', 'monitorid', 'monitors', 'alertids', 'alerts', 'serviceids', 'services', 'ids', 'rules', 'ruleids']);
const scopeKeys = new Set(['scope', 'scopes', 'selector', 'filter', 'tags']);
/** A value that picks everything: `*`, `all`, `.*`, `.+`, an empty selector. */
const everything = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.length > 0 && value.every(everything);
  return typeof value === 'string' && /^\s*(?:\*|all|any|everything|\.\*|\.\+|\(\.\*\)|\(\.\+\))?\s*$/i.test(value);
};

/**
 * What of every alert a mute covers (a sentence), or undefined: monitors or services named `all`/`*`, a scope
 * of `*` with no monitor named, or matchers each of which matches any value (`alertname=~".+"`). A mute of one
 * monitor, one alert's matchers or one scope passes, whatever its window.
 */
function mutesEverything(args: Record<string, unknown>): string | undefined {
  let ids: unknown;
  let scope: unknown;
  for (const k in args) {
    const key = flat(k);
    if (idKeys.has(key)) ids = args[k];
    if (scopeKeys.has(key)) scope = args[k];
  }
  if (ids !== undefined && everything(ids)) return `every monitor or service muted (${JSON.stringify(ids).slice(0, 40)})`;
  if (ids === undefined && scope !== undefined && everything(scope)) return `every alert muted (scope ${JSON.stringify(scope).slice(0, 40)})`;
  const matchers = args['matchers'];
  if (Array.isArray(matchers) && matchers.length > 0 && matchers.length <= 64 && matchers.every((m) => {
    if (typeof m !== 'object' || m === null) return false;
    const r = m as Record<string, unknown>;
    return (r['isRegex'] === true || r['isRegex'] === undefined) && everything(r['value']);
  })) return 'every alert silenced (each matcher matches any value)';
  return undefined;
}

/** Fields one of which, set so, switches a control off by itself (flat key → whether the value says off). */
const strongFields = new Map<string, (value: unknown) => boolean>([
  ['insecuressl', (v) => v === true || v === 1 || v === '1' || v === 'true'],
  ['verifyssl', isOff],
  ['sslverification', isOff],
  ['sslverify', isOff],
  ['canapprovepullrequestreviews', (v) => v === true],
  ['mfadelete', isOff],
  ['requiremfa', isOff],
  ['twofactorrequirementenabled', isOff],
  // A person's own second factor (an account update's `two_step_verification: 'disabled'`).
  ['twostepverification', isOff],
  ['twofactor', isOff],
  ['twofactorauth', isOff],
  ['twofactorauthentication', isOff],
  ['twofactorenabled', isOff],
  ['2faenabled', isOff],
  ['mfaenabled', isOff],
  ['loginverification', isOff],
  // An edge's challenge of suspicious visitors (Cloudflare's `security_level: 'essentially_off'`).
  ['securitylevel', (v) => typeof v === 'string' && /^(?:essentially_?off|off)$/i.test(v.trim())],
]);
/** Words of a field that guards an account's money: off (or, for a `disable_…`/`skip_…` field, on), the guard is gone. */
const moneyGuardWords = ['coolingoff', 'cooloff', 'whitelist', 'allowlist', '24hlock', 'withdrawlock', 'withdrawallock', 'addresslock', 'payeelock', 'payeehold', 'transferlock',
  // The hold on withdrawals after a new device signs in (`new_device_lock_hours: 0`).
  'devicelock'];
/** Fields that hold an account's alerts (and any `…alerts` field), off as a whole or channel by channel. */
const alertKeys = new Set(['notifications', 'notificationsettings', 'alertsettings']);
/** Controls with a status of their own (`secret_scanning: { status: 'disabled' }`). */
const statusControls = new Set(['secretscanning', 'secretscanningpushprotection', 'secretscanningvaliditychecks', 'advancedsecurity', 'dependabotsecurityupdates',
  'codescanning', 'vulnerabilityalerts', 'pushprotection']);
/** A branch protection's guards: removing two at once leaves the branch open. */
const guardFields = new Map<string, (value: unknown) => boolean>([
  ['requiredpullrequestreviews', (v) => v === null || v === false],
  ['requiredstatuschecks', (v) => v === null || v === false],
  ['enforceadmins', (v) => v === false || v === null],
  ['requiredsignatures', (v) => v === false],
  ['requiredlinearhistory', (v) => v === false],
  ['allowforcepushes', (v) => v === true],
  ['allowdeletions', (v) => v === true],
]);

function isOff(value: unknown): boolean {
  if (value === false || value === 0 || value === null) return true;
  return typeof value === 'string' && /^(?:false|0|off|disabled?|none|no)$/i.test(value.trim());
}

const bounds: WalkBounds = { nodes: 2000, depth: 8 };
const maxParsed = 65_536;
const eventKeys = new Set(['events', 'event', 'eventtypes', 'enabledevents', 'triggers']);
const urlKeys = new Set(['url', 'endpoint', 'target', 'targeturl', 'payloadurl', 'callbackurl']);
const bareAddress = /^http:\/\/(?!(?:127\.|localhost|\[::1\]))(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\])(?::\d+)?(?:[/?#]|$)/i;

interface Seen extends SettingsSeen {
  strong?: string;
  guards: string[];
  everyEvent?: boolean;
  clearUrl?: string;
  /** An account's guards of money found switched off (fields as written). */
  moneyGuards: string[];
}

/** Whether `key` (flat) names a money guard that `value` switches off. */
function moneyGuardOff(key: string, value: unknown): boolean {
  if (!moneyGuardWords.some((w) => key.includes(w))) return false;
  return /^(?:disable|skip|bypass|remove)/.test(key) ? value === true || value === 'true' || value === 1 : isOff(value);
}

/** Whether `value` of an alerts field switches every alert off: off itself, or two or more channels all off. */
function alertsOff(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return isOff(value);
  let channels = 0;
  for (const k in value) {
    if (!isOff((value as Record<string, unknown>)[k])) return false;
    channels++;
  }
  return channels >= 2;
}

/** Reads every object of the arguments into `seen`, each with the key it lies under (its parent). */
function walk(args: Record<string, unknown>, seen: Seen, settings: number): void {
  walkRecords(args, '', bounds, (record, parent, descend, depth) => {
    for (const k in record) {
      const key = flat(k);
      let value = record[k];
      // A security product's settings sent as JSON text (an API tool's `body`) are read as the object they are.
      if (settings !== 0 && typeof value === 'string' && value.length <= maxParsed && value.charCodeAt(0) === 0x7b && depth < bounds.depth) {
        try {
          value = JSON.parse(value) as unknown;
        } catch {
          // Not JSON: read as the string it is.
        }
      }
      const strong = strongFields.get(key);
      if (strong !== undefined && strong(value)) seen.strong ??= `${k}: ${JSON.stringify(value)}`;
      if ((key === 'status' || key === 'enabled' || key === 'state') && statusControls.has(parent) && isOff(value)) seen.strong ??= `${parent} ${k}: ${JSON.stringify(value)}`;
      if (statusControls.has(key) && (value === false || value === 'disabled')) seen.strong ??= `${k}: ${JSON.stringify(value)}`;
      const guard = guardFields.get(key);
      if (guard !== undefined && guard(value) && seen.guards.length < 8) seen.guards.push(k);
      if ((moneyGuardOff(key, value) || ((alertKeys.has(key) || key.endsWith('alerts')) && alertsOff(value))) && seen.moneyGuards.length < 8) seen.moneyGuards.push(k);
      if (eventKeys.has(key) && Array.isArray(value) && value.some((e) => e === '*' || e === 'all')) seen.everyEvent = true;
      if (eventKeys.has(key) && (value === '*' || value === 'all')) seen.everyEvent = true;
      if (urlKeys.has(key) && typeof value === 'string' && bareAddress.test(value.trim())) seen.clearUrl ??= value.slice(0, 80);
      if (settings !== 0) readSecuritySetting(settings, key, parent, value, seen);
      descend(value, key);
    }
  });
}

/** The words a generic API call names its operation with (`{ method: 'DELETE', path: '/repos/o/r/branches/main/protection' }`). */
function apiWords(args: Record<string, unknown>): string[] | undefined {
  const method = args['method'];
  const path = args['path'] ?? args['endpoint'] ?? args['url'];
  if (typeof method !== 'string' || typeof path !== 'string') return undefined;
  const verb = /^delete$/i.test(method) ? 'delete' : /^(?:put|patch|post)$/i.test(method) ? 'update' : undefined;
  return verb === undefined ? undefined : [verb, ...foldedWords(path.replace(/^https?:\/\/[^/]+/i, ''))];
}

/**
 * The security control a call to an action tool switches off (a sentence), or undefined. `tool` is the tool's
 * name as sent, `args` the call's arguments, `read` what the name says when the caller has read it (tool-names.ts).
 */
export function controlOffByFields(tool: string, args: unknown, read?: ToolName): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  let name = read?.control ?? controlName(wordsOfTool(tool));
  // A generic API call says what it does in its own fields: read only when the name says nothing.
  if (name.bits === 0 && typeof (args as Record<string, unknown>)['method'] === 'string') {
    const api = apiWords(args as Record<string, unknown>);
    if (api !== undefined) name = controlName(api);
  }
  if (name.bits === 0) return undefined;
  if (name.bits & Off && name.control !== undefined) return `${name.words} (${name.control} removed)`;
  if (name.bits & Mutes && !(name.bits & Off)) {
    const muted = mutesEverything(args as Record<string, unknown>);
    if (muted !== undefined) return muted;
  }
  const seen: Seen = { guards: [], moneyGuards: [], protectionsOff: [] };
  walk(args as Record<string, unknown>, seen, name.settings);
  if (seen.strong !== undefined) return `a security setting switched off (${seen.strong})`;
  const weakened = name.settings === 0 ? undefined : settingsWeakened(seen);
  if (weakened !== undefined) return weakened;
  if (seen.guards.length >= 2) return `a branch protection's guards removed (${seen.guards.join(', ')})`;
  if (seen.moneyGuards.length >= 2) return `an account's guards of its money removed together (${seen.moneyGuards.join(', ')})`;
  if (name.bits & Changes && name.bits & Hook) {
    if (seen.everyEvent === true) return 'a webhook that sends every event of the account, repository or organization';
    if (seen.clearUrl !== undefined) return `a webhook that sends events in clear text to a bare address (${seen.clearUrl})`;
  }
  return undefined;
}

/** What a tool's name says: removes or changes something (bits), the control it names, its words. */
export interface ControlName {
  readonly bits: number;
  readonly control: string | undefined;
  readonly words: string;
  /** The security product settings it changes (security-settings' bits), or 0. */
  readonly settings: number;
}
const Off = 1;
const Changes = 2;
const Hook = 4;
const Mutes = 8;

/** What a tool's name (or an API call's words) says of controls; read once per name in tool-names.ts. */
export function controlName(words: readonly string[]): ControlName {
  let bits = 0;
  for (const w of words) {
    if (offVerbs.has(w)) bits |= Off;
    if (changeVerbs.has(w)) bits |= Changes;
    if (hookNouns.has(w)) bits |= Hook;
    if (muteWords.has(w)) bits |= Mutes;
  }
  const acts = (bits & (Off | Changes | Mutes)) !== 0;
  return { bits: acts ? bits : 0, control: bits & Off ? controlIn(words) : undefined, words: words.join(' '), settings: acts ? securitySettingsOf(words) : 0 };
}
