// Whose box an export is delivered to. A workspace's or a shop's export mailed out opens its data to whoever
// holds the box (cmd/access-opened), unless the box is the data's own: the one person whose data it is (an
// access request answered to the customer's own address), or an organisation's address receiving only the
// names and addresses of the contacts who opted in to its mail (the marketing list, to the marketing team).
// A free personal mailbox is nobody's organisation; every other field of such an export must be narrowed.

import { personalMailbox } from '../values/personal-mail.js';

/** A key naming the one person an export is about (`customer_email`, `subjectEmail`, `user_email`). */
const subjectKey = /^(?:customer|subject|user|contact|person|member|client|account|datasubject)(?:e?mail|emailaddress|address)$/;
/** A filter keeping only the contacts who said yes to mail (`accepts_marketing:true`, `email_marketing_consent:subscribed`, `opted_in`). */
const consentFilter = /accepts?[\s_-]*marketing\s*[:=]\s*(?:true|yes|1)\b|marketing[\s_-]*consent\s*[:=]\s*(?:subscribed|granted|true|yes|opted[\s_-]*in)\b|\bopted[\s_-]*in\s*[:=]\s*(?:true|yes|1)\b|\bsubscribed\s*[:=]\s*(?:true|yes|1)\b/i;
/** A filter's keys. */
const filterKeys = new Set(['query', 'filter', 'filters', 'q', 'search', 'segment', 'where']);
/** Fields of a mailing list: who the contact is and how to greet them, nothing they bought, owe or live at. */
const contactFields = new Set(['email', 'emailaddress', 'firstname', 'lastname', 'name', 'fullname', 'language', 'locale', 'country', 'countrycode']);

const flat = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether `args` (an export's arguments, top level) deliver it to `to`, an address the data belongs to. */
export function rightfulExportRecipient(args: Readonly<Record<string, unknown>>, to: string): boolean {
  const address = to.trim().toLowerCase();
  let consent = false;
  let fields: unknown;
  for (const [key, value] of Object.entries(args)) {
    const k = flat(key);
    if (typeof value === 'string' && subjectKey.test(k) && value.trim().toLowerCase() === address) return true;
    if (typeof value === 'string' && filterKeys.has(k) && consentFilter.test(value)) consent = true;
    if (k === 'fields' || k === 'columns' || k === 'attributes') fields = value;
  }
  if (!consent || personalMailbox(address) || !Array.isArray(fields) || fields.length === 0) return false;
  return fields.every((f) => typeof f === 'string' && contactFields.has(flat(f)));
}
