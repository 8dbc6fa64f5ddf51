// The messages that guard the user's accounts - one-time and verification codes, a bank's "was this you?", a
// new payee or a new sign-in warned of - handled by a standing rule against the user: an automation that sends
// them on to a recipient (whoever holds the codes signs in as the user), or a delete that takes them as they
// arrive or past the trash (the user never sees the warning of a fraud under way). A one-off delete of old
// codes into the trash, a rule on parcels or newsletters, and an automation that only reminds the user pass.
import { isRecord } from '../parse.js';

/** What a guarding message says. */
const notice = /verification code|one-time (?:code|pass(?:word|code))|\botp\b|passcode|\b2fa\b|two-factor|security code|(?:login|sign-in|signin) code|new payee|was this you|sign-in from|new sign-in|new (?:device|login)\b|security alert|suspicious (?:activity|login|sign-in)|fraud alert|unusual activity|password (?:was )?(?:changed|reset)/;
/** Keys that make a rule standing: it acts on what arrives later. */
const standingKey = /^(?:trigger|triggers|when|on|include_?future|future|ongoing|always|auto(?:matic)?|apply_?to_?(?:new|future|incoming)|rule)$/i;
/** A trigger key of a record (what walk reads as standing). */
const triggerKey = /^(?:trigger|triggers|when)$/i;
/** Keys that make a delete past recovery. */
const permanentKey = /^(?:skip_?trash|permanent(?:ly)?|hard_?delete|purge|expunge)$/i;
/** Keys whose value is where a message goes. */
const recipientKey = /^(?:recipients?|to|phone|number|email|address|forward_?to|destination|chat_?id|webhook|url)$/i;
/** A step's kind that sends or deletes. */
const sendsKind = /send|forward|reply|sms|message|mail|post|webhook|http|share/;
const deletesKind = /delete|trash|remove|archive|purge/;
/** The most values walked. */
const maxValues = 400;

interface Seen {
  notice: boolean;
  standing: boolean;
  permanent: boolean;
  sends: boolean;
  deletes: boolean;
  recipient: string | undefined;
  values: number;
}

function walk(value: unknown, key: string, seen: Seen, depth: number): void {
  if (seen.values++ > maxValues || depth > 8) return;
  if (typeof value === 'string') {
    const lower = value.length > 400 ? value.slice(0, 400).toLowerCase() : value.toLowerCase();
    if (!seen.notice && notice.test(lower)) seen.notice = true;
    if (/^(?:type|action|kind|do|step)$/i.test(key)) {
      if (sendsKind.test(lower)) seen.sends = true;
      if (deletesKind.test(lower)) seen.deletes = true;
    }
    // A mail filter's action: the label it moves mail to.
    if (/^(?:trash|deleted?|spam)$/i.test(value)) seen.deletes = true;
    if (recipientKey.test(key) && /[@\d]|:\/\//.test(value) && !value.includes('{{')) seen.recipient ??= value.slice(0, 80);
    return;
  }
  if (typeof value === 'boolean') {
    if (value && standingKey.test(key)) seen.standing = true;
    if (value && permanentKey.test(key)) seen.permanent = true;
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walk(item, key, seen, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (triggerKey.test(k) && v !== null && v !== false) seen.standing = true;
    walk(v, k, seen, depth + 1);
  }
}

/**
 * Whether walk could find a rule standing or permanent in `args`: only a flag set true, a trigger, or a nested
 * value (walked in full) can say so.
 */
function mayStand(args: Record<string, unknown>): boolean {
  for (const k in args) {
    const v = args[k];
    if (v === true || (typeof v === 'object' && v !== null)) return true;
    if (v !== null && v !== false && triggerKey.test(k)) return true;
  }
  return false;
}

/** What a call does with the messages that guard the user's accounts: sends them on, or deletes them; in a sentence. */
export interface RuledMessages {
  readonly sends: boolean;
  readonly what: string;
}

/**
 * What a call does with the messages that guard the user's accounts, or undefined: forwards them by a standing
 * rule, or deletes them as they arrive or past the trash. `wipes`: the tool's name deletes; `standingTool`: it
 * names a filter, a rule or an automation (what it makes acts on later mail).
 */
export function securityMessagesRuled(args: unknown, wipes: boolean, standingTool: boolean): RuledMessages | undefined {
  if (!isRecord(args)) return undefined;
  // Both findings need a standing or a past-the-trash rule: a flat call with no flag set and no trigger (a
  // command line, a path) has neither, and its texts are not read.
  if (!standingTool && !mayStand(args)) return undefined;
  const seen: Seen = { notice: false, standing: standingTool, permanent: false, sends: false, deletes: false, recipient: undefined, values: 0 };
  walk(args, '', seen, 0);
  if (!seen.notice) return undefined;
  if (seen.standing && seen.sends && seen.recipient !== undefined) return { sends: true, what: `a standing rule that sends the user's one-time codes or account warnings on to ${seen.recipient}` };
  if ((wipes || seen.deletes) && (seen.standing || seen.permanent)) return { sends: false, what: `the user's one-time codes or account warnings deleted ${seen.standing ? 'as they arrive' : 'past the trash'}` };
  return undefined;
}
