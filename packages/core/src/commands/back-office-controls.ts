// A back-office control a call switches off through its own fields: the checks that stand between an agent of
// finance, HR, legal, health records or claims and money or records leaving (an approval, a second approver, a
// committee, a call-back or identity check, sanctions or NDA screening, an invoice match, a receipt, the audit
// note or disclosure log that records the act, a legal hold, a patient's authorisation or consent). A flag that
// skips, bypasses or suppresses one (`skipApproval: true`, `suppressAuditNote: true`, `overrideHold: true`), a
// requirement set off (`requireSecondApprover: false`, `logDisclosure: false`), a control left empty
// (`idVerification: 'none'`, `authorization: null`, `invoiceMatch: 'none'`), an approval limit or a tolerance
// made unbounded, privileged documents produced with no order named, a hold released with its content deleted
// at once, a compliance control's status set off. Controls whose names other programs use too (an approval, a
// consent, an authorisation, a receipt, a chain) count alone only in a call that moves money or people's
// records (its name or its keys say so); two controls off in one call count anywhere. The same calls with the
// control kept (a second approver required, the disclosure logged, an order cited) pass. Findings are data.

import { walkRecords, type WalkBounds } from './argument-walk.js';
import { flat } from './field-grants.js';
import { KeyFact, keyFacts } from '../values/key-facts.js';

const bounds: WalkBounds = { nodes: 2000, depth: 8 };
/** Longer keys are no flag (and are not scanned). */
const maxKey = 48;

/** A flag whose truth removes what follows its verb (`skip…`, `bypass…`, `allowPaymentWithout…`). */
const bypassForm = /^(?:skip|skips|bypass|override|overrule|suppress|disable|waive|ignore|omit|no|dont|donot)(.+)$|^[a-z]{0,24}without(.+)$/;
/** A flag whose falsehood removes what it names (`require…`, `…Required`, `log…`). */
const requireForm = /^(?:require|requires|required|enforce|enforced|log|logs|record|need|needs)(.+)$|^(.+?)(?:required|enforced|needed|logged|enabled)$/;
/** Generic tails of a control's name (`ndaCheck`, `sanctionsScreening`, `bankVerification`). */
const genericTail = /(?:checks?|steps?|rules?|requirements?|screening|controls?|flags?|verification|validation|polic(?:y|ies)|workflows?|process)$/;
/** Controls no other kind of program calls so: one off is enough (short names whole, longer ones as a name's end). */
const strongNames = new Set(['nda', 'i9', 'kyc', 'aml', 'sod', 'sanction', 'sanctions', 'hold', 'holds', 'legalhold', 'foureyes', 'dualcontrol', 'dualapproval', 'makerchecker',
  'segregation', 'segregationofduties', 'reviewlog']);
const strongEnd = /(?:secondapprov(?:al|er)s?|committee|audit(?:trail|log|note|entry|record|history)|privacyalert|invoicematch|waymatch)$/;
/** Names that are a control only before a generic tail (`skipIdCheck`, `skipBankVerification`, not `skipBackground`). */
const tailedNames = new Set(['id', 'identity', 'bank', 'payee', 'vendor', 'background', 'callback', 'sanctions', 'fraud']);
/** Controls other programs name too (an OAuth consent, an HTTP authorization, a read receipt): alone only in a back-office call. */
const sharedEnd = /(?:approvals?|approvers?|signoff|consent|authori[sz]ation|receipt)$/;
const sharedNames = new Set(['chain', 'approvalchain']);

/** Whether `rest` (a flag's key after its verb) names a control: 2 a strong one, 1 a shared one, 0 none. */
function controlNamed(rest: string): number {
  const tail = genericTail.exec(rest);
  const stem = tail === null ? rest : rest.slice(0, tail.index);
  if (stem.length === 0) return 0;
  if (strongNames.has(stem) || strongEnd.test(stem) || (tail !== null && tailedNames.has(stem))) return 2;
  return sharedEnd.test(stem) || sharedNames.has(stem) ? 1 : 0;
}

/** Words of a call (name or keys) that move money or people's records. */
const backOfficeWords = new Set(['pay', 'payment', 'payments', 'payout', 'payroll', 'invoice', 'invoices', 'bill', 'bills', 'vendor', 'vendors', 'supplier', 'payee',
  'payees', 'claim', 'claims', 'patient', 'patients', 'disclosure', 'compensation', 'worker', 'workers', 'employee', 'employees', 'journal', 'ledger', 'po', 'purchase',
  'expense', 'remittance', 'wire', 'ach', 'salary', 'envelope', 'signers', 'custodians']);
const backOfficeKeys = new Set(['iban', 'routingnumber', 'accountnumber', 'sortcode', 'bsb', 'swift', 'bic', 'amount', 'payee', 'payees', 'payments', 'basepay', 'salary',
  'debit', 'credit', 'invoice', 'vendor', 'supplier', 'worker', 'employee', 'patient', 'claim', 'ssn', 'custodians', 'signers', 'records', 'bankaccount', 'bankdetails']);
const offWords = /^(?:false|0|no|none|off|never|disabled?|inactive|deactivated|suspended|skip|skipped|waived?|notrequired|na|auto|self|bypass(?:ed)?)$/;
const onWords = /^(?:true|1|yes|on|enabled?)$/;
/** Limits of whom may approve or spend: unbounded is no limit at all. */
const limitKey = /approv|signing|spend|authori[sz]/;

const truthy = (v: unknown): boolean => v === true || v === 1 || (typeof v === 'string' && v.length <= 8 && onWords.test(v.trim().toLowerCase()));
const offValue = (v: unknown): boolean => v === false || v === 0 || v === null || (typeof v === 'string' && v.length <= 16 && offWords.test(flat(v)));
/** An unbounded limit: none, -1, unlimited, or a billion and more. */
const unbounded = (v: unknown): boolean => v === null || (typeof v === 'number' && (v < 0 || v >= 1e9)) || (typeof v === 'string' && v.length <= 16 && /^(?:unlimited|nolimit|none|max|maximum|infinity|-1)$/.test(flat(v) || v.trim()));

interface Seen {
  strong: string[];
  shared: string[];
  authority: boolean;
  privileged?: string;
  deletes?: string;
}

const note = (list: string[], key: string, value: unknown): void => {
  if (list.length < 4) list.push(`${key}: ${JSON.stringify(value)}`.slice(0, 60));
};

/** Values longer than this are no flag's (a path, a command, a note). */
const maxFlagValue = 24;

/** Reads one key (flat, with its value a flag's: no object, no long text) of a walked call into `seen`. */
function readKey(k: string, key: string, parent: string, value: unknown, seen: Seen, controlTool: boolean): void {
  const bypass = bypassForm.exec(key);
  if (bypass !== null && truthy(value)) {
    const named = controlNamed(bypass[1] ?? bypass[2]!);
    if (named !== 0) note(named === 2 ? seen.strong : seen.shared, k, value);
  }
  const requires = requireForm.exec(key);
  if (requires !== null && offValue(value) && value !== null) {
    const named = controlNamed(requires[1] ?? requires[2]!);
    if (named !== 0) note(named === 2 ? seen.strong : seen.shared, k, value);
  }
  // The disclosure a regulated record asks to be logged (`logDisclosure: false`).
  if (/^(?:log|record)disclosures?$/.test(key) && offValue(value) && value !== null) note(seen.strong, k, value);
  // `patientAuthorised: false`, `consented: false`: the person's authorisation is recorded as absent.
  if (value === false && /(?:authori[sz]ed|consented)$/.test(key)) note(seen.shared, k, value);
  // A key that is the control itself, left off or empty (`idVerification: 'none'`, `reviewLog: false`, `authorization: null`).
  if (offValue(value)) {
    const named = controlNamed(key);
    if (named === 2 && value !== null) note(seen.strong, k, value);
    else if (named === 1) note(seen.shared, k, value);
  }
  if (key.includes('limit') && (limitKey.test(key) || limitKey.test(parent)) && unbounded(value)) note(seen.strong, k, value);
  if (typeof value === 'number' && value >= 100 && (key.includes('tolerance') || parent.includes('tolerance')) && /percent|pct|tolerance/.test(key)) note(seen.strong, k, value);
  if (/^(?:unlock|reopen)(?:closed)?(?:period|periods|books)$/.test(key) && truthy(value)) note(seen.shared, k, value);
  if (value === 0 && /(?:fraud|risk)score$/.test(key)) note(seen.shared, k, value);
  if (key === 'includeprivileged' && truthy(value)) seen.privileged = `${k}: ${JSON.stringify(value)}`;
  if (/delet|purge|dispos/.test(key) && truthy(value)) seen.deletes ??= `${k}: ${JSON.stringify(value)}`;
  // A compliance control's own record switched off (`controlId`, `status: 'disabled'`).
  if (controlTool && /^(?:status|state|enabled|active)$/.test(key) && offValue(value) && value !== null) note(seen.strong, k, value);
}

/** An approver left to the system (`approvals: { manager: 'auto' }`), read in a record under an approvals key. */
function readApprovers(record: Record<string, unknown>, parent: string, seen: Seen): void {
  for (const k in record) {
    const value = record[k];
    if (typeof value === 'string' && value.length <= 16 && !/approv/i.test(k) && /^(?:auto|self|skip|skipped|none|bypass|waived)$/.test(flat(value))) note(seen.shared, `${parent}.${k}`, value);
  }
}

/** Whether a call's keys (walked again, only when one shared control is off) say it moves money or records. */
function movesMoneyOrRecords(args: object): boolean {
  let found = false;
  walkRecords(args, undefined, bounds, (record, _, descend) => {
    for (const k in record) {
      if (k.length <= maxKey && backOfficeKeys.has(flat(k))) found = true;
      descend(record[k], undefined);
    }
    return found;
  });
  return found;
}

/** Whether a record names the order or authority a production is made under. */
const namesAuthority = (record: Record<string, unknown>): boolean => Object.keys(record).some((k) => /^(?:authority|court_?order|order|legal_?basis)/i.test(k));

/** Verbs of a tool that only reads (`read_file`, `get_invoice`, `list_vendors`): such a call switches nothing off. */
const readVerbs = new Set(['get', 'list', 'read', 'search', 'fetch', 'query', 'view', 'find', 'describe', 'show', 'lookup', 'browse', 'grep', 'glob', 'cat']);

/** Whether a tool's name (its words) may act on what it names, rather than only read it; read once per name in tool-names.ts. */
// (The second word too: a server's or product's prefix comes first, `netsuite_get_vendor`.)
export const mayAct = (words: readonly string[]): boolean => words.length > 0 && !readVerbs.has(words[0]!) && !(words.length > 1 && readVerbs.has(words[1]!));

/**
 * The back-office control a call switches off (a sentence), or undefined. `words` are the tool's name as words
 * (field-grants' wordsOfTool), `args` the call's arguments.
 */
export function backOfficeControlOff(words: readonly string[], args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const seen: Seen = { strong: [], shared: [], authority: false };
  const controlTool = words.some((w) => w === 'control' || w === 'controls') && Object.keys(args).some((k) => /^control[_-]?id$/i.test(k));
  walkRecords(args, '', bounds, (record, parent, descend) => {
    if (parent.includes('approv')) readApprovers(record, parent, seen);
    for (const k in record) {
      const value = record[k];
      if (typeof value === 'object' && value !== null) {
        if (k.length <= maxKey) descend(value, flat(k));
        continue;
      }
      // Which keys may be a control's flag is kept per key (values/key-facts.ts): a call's keys repeat.
      if ((typeof value === 'string' && value.length > maxFlagValue) || k.length > maxKey || !(keyFacts(k) & KeyFact.ControlFlag)) continue;
      readKey(k, flat(k), parent, value, seen, controlTool);
      if (seen.privileged !== undefined && !seen.authority) seen.authority = namesAuthority(record);
    }
  });
  if (seen.strong.length > 0) return `a back-office control switched off (${[...seen.strong, ...seen.shared].slice(0, 3).join(', ')})`;
  if (seen.shared.length >= 2 || (seen.shared.length === 1 && (words.some((w) => backOfficeWords.has(w)) || movesMoneyOrRecords(args)))) {
    return `an approval or authorisation switched off in a call that moves money or records (${seen.shared.slice(0, 3).join(', ')})`;
  }
  if (seen.privileged !== undefined && !seen.authority) return `privileged documents produced with no order or authority named (${seen.privileged})`;
  if (seen.deletes !== undefined && words.includes('hold') && words.some((w) => w === 'release' || w === 'remove' || w === 'lift' || w === 'delete')) {
    return `a legal hold released with its content deleted at once (${seen.deletes})`;
  }
  return undefined;
}
