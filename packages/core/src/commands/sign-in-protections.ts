import { walkRecords, type WalkBounds } from './argument-walk.js';
import { flat } from './field-grants.js';
import { foldedWords } from '../text/name-words.js';

// What stands between a stolen password and an account, removed by the agent's own call: a second sign-in step
// (2-step verification, two-factor, MFA, one-time codes) switched off or no longer required, for one user or for
// every staff account (`require_two_step_authentication: false`, `otp_required_for_login: false`, `mfa: 'off'`,
// `disable_2fa: true`), or a control clicked whose label turns it off or removes every passkey or security key
// ("Turn off 2-Step Verification", "Delete all passkeys"). Requiring it, adding a key, and removing one named
// passkey (an old phone) pass. The check a phone line or a chat flow makes of the secret a caller enters (an IVR's
// PIN, a passcode, a one-time code) is the same step: a split whose condition every entry meets (a regex `.*`,
// "is not empty") lets anyone through it, while one comparing the entry with the expected value passes.
// A read tool's filter (`list_users({ mfa_enabled: false })`) is an audit: the caller
// reads only acting tools. Findings are data; nothing here throws.

const bounds: WalkBounds = { nodes: 400, depth: 6 };
/** Longer keys are no setting's. */
const maxKey = 64;

/** A second sign-in step, as a flattened key or label names it (lower case, no separators). */
const secondStep = /twostep|twofactor|2step|2fa|2sv|mfa|multifactor|(?:^|require|enforce|enable|disable)t?otp|passkey|webauthn|securitykey|zweistufig|zweifaktor|dospasos|doblefactor|deuxetapes|doublefacteur|dueffattori|duepassaggi|duasetapas|doisfatores/;
/** Keys about the step that do not switch it (a device remembered, a backup, a reset, a reminder): `remember_2fa: false` is stricter. */
const notTheStep = /remember|trust|backup|recovery|reset|remind|prompt|grace|exempt|count|last|method|type|secret|code|uri|url|qr|phone|email|name|id$|ids$|label|description|note/;
/** Keys whose truth switches the step off (`disable_2fa`, `mfa_disabled`, `skip_two_factor`, `bypass_mfa`). */
const offForm = /^(?:disable|disabled|skip|bypass|remove|turnoff|deactivate)|(?:disabled|off|bypassed|removed)$/;

const truthy = (v: unknown): boolean => v === true || v === 1 || (typeof v === 'string' && /^(?:true|yes|on|1)$/i.test(v.trim()));
/** Whether `v` can be truthy or an off value (either needs a flag, 0, 1 or a short string): a cheap first test. */
const mayBeSwitch = (v: unknown): boolean => typeof v === 'boolean' || v === 0 || v === 1 || (typeof v === 'string' && (v.length <= 16 || v.trim().length <= 4));
const offValue = (v: unknown): boolean => v === false || v === 0 || (typeof v === 'string' && v.length <= 16 && /^(?:false|no|off|none|disabled?|optional|notrequired|0)$/.test(flat(v)));

/** The setting a call's arguments switch the second sign-in step off with (`key: value`), or undefined. */
export function secondStepOffByFields(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  let found: string | undefined;
  walkRecords(args, '', bounds, (record, parent, descend) => {
    const gate = checkPassingAnything(record);
    if (gate !== undefined) {
      found = gate;
      return true;
    }
    for (const k in record) {
      const value = record[k];
      if (k.length > maxKey) continue;
      if (typeof value === 'object' && value !== null) {
        descend(value, flat(k));
        continue;
      }
      // Only a flag, 0 or 1, or a short word switches the step (see truthy and offValue): a command line or a
      // count under any key is no setting, and its key is not read.
      if (!mayBeSwitch(value)) continue;
      const key = flat(k);
      // The key names the step, or its parent does (`two_factor: { required: false }`).
      const named = secondStep.test(key) ? key : secondStep.test(parent) ? `${parent}${key}` : undefined;
      if (named === undefined || notTheStep.test(named)) continue;
      if (offForm.test(key) ? truthy(value) : offValue(value)) {
        found = `${k}: ${JSON.stringify(value)}`.slice(0, 80);
        return true;
      }
    }
    return false;
  });
  return found;
}

/** Keys under which a flow's split names what it tests (Studio's `input`, others' variable or field). */
const testedKeys = ['input', 'variable', 'field', 'subject', 'value_to_test', 'test'];
/** Keys holding a split's conditions. */
const conditionKeys = ['conditions', 'rules', 'cases', 'branches', 'transitions'];
/** Words naming a secret a caller enters; a `code` is one only beside a word of checking (a zip code is not). */
const secretWords = new Set(['pin', 'pins', 'passcode', 'password', 'passphrase', 'otp', 'totp', 'secret']);
const checkingWords = new Set(['verify', 'verification', 'security', 'auth', 'authentication', 'access', 'one', 'login', 'confirmation']);
/** A pattern every entry matches: `.*`, `^.+$`, `[\s\S]*`, `(.*)`. */
const matchAll = /^\^?\(?(?:\.|\[\\s\\S\])(?:\*|\+|\{0,\})\)?\$?$/;
/** Tests every entry passes, as a flattened condition type or operator names them. */
const passingTests = new Set(['isnotempty', 'notempty', 'isnotblank', 'notblank', 'exists', 'isset', 'any', 'anything', 'always', 'istrue']);

/** Whether a text (a template, a variable's path) names a secret a caller enters. */
function namesEnteredSecret(text: string): boolean {
  if (text.length > 200) return false;
  const words = foldedWords(text);
  return words.some((w) => secretWords.has(w)) || (words.includes('code') && words.some((w) => checkingWords.has(w)));
}

/** Whether a split's condition lets every entry through. */
function passesAnything(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  const c = condition as Record<string, unknown>;
  const test = c['type'] ?? c['operator'] ?? c['op'] ?? c['match'];
  const kind = typeof test === 'string' && test.length <= 40 ? flat(test) : '';
  if (passingTests.has(kind)) return true;
  const pattern = kind.includes('regex') || kind.includes('match') || kind.includes('pattern') ? c['value'] ?? c['arguments'] : c['regex'] ?? c['pattern'];
  const one: unknown = Array.isArray(pattern) && pattern.length === 1 ? (pattern as unknown[])[0] : pattern;
  return typeof one === 'string' && one.length <= 16 && matchAll.test(one.trim());
}

/**
 * The check of an entered secret a flow's split makes (a record naming what it tests, a PIN or a code, and its
 * conditions) that any entry passes, in a sentence, or undefined.
 */
function checkPassingAnything(record: Record<string, unknown>): string | undefined {
  let tested: unknown;
  for (let i = 0; i < testedKeys.length && tested === undefined; i++) tested = record[testedKeys[i]!];
  if (typeof tested !== 'string' || !namesEnteredSecret(tested)) return undefined;
  // A rule may name what it tests beside its own test (`{ variable: 'caller.pin', operator: 'is_not_empty' }`).
  if (passesAnything(record)) return `a check of ${tested.slice(0, 60)} that any entry passes (${JSON.stringify(record).slice(0, 80)})`;
  for (const key of conditionKeys) {
    const conditions = record[key];
    if (!Array.isArray(conditions)) continue;
    for (let i = 0; i < conditions.length && i < 32; i++) {
      if (passesAnything(conditions[i])) return `a check of ${tested.slice(0, 60)} that any entry passes (${JSON.stringify(conditions[i]).slice(0, 80)})`;
    }
  }
  return undefined;
}

/** Words of a tool's name that press what its label names (Playwright's click, Stagehand's act, a desktop's tap). */
const pressWords = new Set(['click', 'press', 'tap', 'act', 'toggle', 'check', 'uncheck', 'select']);
/** Keys that carry the label of what is pressed, or the step an acting tool is told to take. */
const labelKeys = ['element', 'label', 'name', 'selector', 'action', 'instruction', 'target'];
/** Verbs that switch a protection off, in English and the languages of the step's names above. */
const offVerb = /\b(?:turn(?:ing)?\s+off|switch(?:ing)?\s+off|disabl(?:e|ing)|deactivat(?:e|ing)|remov(?:e|ing)|delet(?:e|ing)|unenroll|desactivar|quitar|eliminar|d[ée]sactiver|supprimer|deaktivieren|ausschalten|entfernen|l[öo]schen|disattiva(?:re)?|rimuovi|desativar|remover)\b/i;
/** The whole second step named in a label (its own name, in the same languages). */
const stepName = /\b(?:2-?step|two[- ]step|two[- ]factor|2fa|2sv|mfa|multi[- ]factor|verificaci[óo]n en dos pasos|validation en deux [ée]tapes|authentification [àa] deux facteurs|(?:zwei|2)[- ]?(?:stufige|faktor)\w*|verifica in due passaggi|verifica[çc][ãa]o em duas etapas)/i;
/** Every passkey or security key at once ("all passkeys", "alle Passkeys", "todas las llaves"). */
const everyKey = /\b(?:all|every|alle|todas?|todos|tous|toutes|tutte?|tutti)\b[^.\n]{0,24}\b(?:passkeys?|security keys?|llaves de seguridad|cl[ée]s de s[ée]curit[ée]|sicherheitsschl[üu]ssel|chiavi di sicurezza|chaves de seguran[çc]a)/i;

/** The label of a pressed control that switches the second step off or removes every key (a sentence), or undefined. */
export function protectionOffByPress(words: readonly string[], args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args) || !words.some((w) => pressWords.has(w))) return undefined;
  const record = args as Record<string, unknown>;
  for (const key of labelKeys) {
    const label = record[key];
    if (typeof label !== 'string' || label.length > 240 || !offVerb.test(label)) continue;
    if (stepName.test(label) || everyKey.test(label)) return `a control pressed that turns sign-in protection off ("${label.slice(0, 80)}")`;
  }
  return undefined;
}
