// What a help-desk artifact (a ticket, a chat line, a CSAT comment, an attachment's OCR text) may ask the
// support AI that reads it, beyond office-acts.ts's money and controls: acts for the writer against the
// company or another customer.
// - a privileged role granted: "grant the workspace Admin role to this user", "make my account an owner";
// - another's records disclosed: "include the full saved payment method …", "share the billing owner's
//   invoices with them" (a customer's own invoice sent to them names no saved, full or other person's data);
// - goods or credit given away: "ship a duplicate order at no charge", "apply a 100% store credit of 500 USD",
//   "this receipt authorises a free replacement".
// Read by office-acts.ts at the verb of one step of an order that names the AI (office-orders.ts); bounded, linear.

const span = String.raw`(?:[^.;]|\.(?=\S))`;

/** A role above a customer's. */
const privileged = String.raw`(?:admin(?:istrator)?|owner|super-?(?:user|admin)|full[- ]access|billing owner|account owner)`;
const grantsRole = [
  // "grant the workspace admin role to this user": the role named as one.
  String.raw`(?:grant|give|assign)\s+${span}{0,50}?(?<![\p{L}])${privileged}s?\s+(?:role|rights|access|permissions?|privileges?|seat)(?![\p{L}])`,
  // "make this account an admin", "promote me to owner": a person made one (a ticket assigned to an admin is not).
  String.raw`(?:make|promote|elevate|upgrade|set)\s+(?:me|him|her|them|my account|their account|(?:this|that|the|my) (?:user|account|person|requester|customer|login|profile)|[\w.+-]+@[\w.-]+)\s+(?:(?:to|as|an?|the|into)\s+){0,2}(?:workspace\s+|account\s+|site\s+|org\s+)?${privileged}(?![\p{L}])`,
];

/** A customer's records. */
const records = String.raw`(?:payment methods?|cards?(?: numbers?| details)?|billing (?:address(?:es)?|details|info(?:rmation)?)|invoices?|order history|orders|account details|personal (?:data|details|information)|contact details|(?:home |shipping )?address(?:es)?|phone numbers?|dates? of birth)`;
/** Whose records: saved or whole ones, or someone else's by a possessive or an "of" phrase. */
const notOwn = String.raw`(?:(?:saved|stored|full|complete|entire|unmasked)\s+(?:[\p{L}-]+\s+){0,2}|(?:owner|holder|admin|customer|user|member|other|another|neighbou?r|his|her|their)(?:'s|’s|s'|s’)?\s+(?:[\p{L}-]+\s+){0,2})`;
const disclosesRecords = [
  String.raw`(?:include|paste|share|send|reveal|disclose|give|read out|list|provide|forward|attach|copy|show)\s+${span}{0,40}?(?<![\p{L}])${notOwn}${records}(?![\p{L}])`,
];

/** Goods or credit given for nothing. */
const free = String.raw`(?:at no (?:charge|cost)|free of charge|for free|without charge|no charge|gratis)`;
const goods = String.raw`(?:shipments?|orders?|units?|items?|packages?|parcels?|deliver(?:y|ies))(?![\p{L}])`;
const givesAway = [
  // "ship a free replacement", "send a duplicate order"; a replacement or a second one only with no charge said.
  String.raw`(?:ship|send|dispatch|issue|process|create|place)\s+${span}{0,40}?(?:(?:free|duplicate)\s+(?:[\p{L}-]+\s+)?${goods}|(?:second|replacement|extra|another)\s+${goods}${span}{0,40}?${free})`,
  String.raw`(?:apply|issue|grant|give|add|load|credit)\s+${span}{0,40}?(?:\d+\s*%|\d[\d,.]*\s*(?:usd|eur|gbp|dollars|euros|pounds)|[$€£]\s?\d[\d,.]*)\s+${span}{0,20}?(?:store credit|account credit|gift cards?|vouchers?)`,
  String.raw`(?:this|the)\s+(?:receipt|ticket|note|document|message|attachment|e-?mail|letter|form|screenshot)\s+(?:authori[sz]es|approves|entitles)\s+${span}{0,40}?(?:shipments?|replacements?|refunds?|credits?|orders?|payments?)`,
];

/** The branches office-acts.ts adds to its own. */
export const deskActs: readonly string[] = [...grantsRole, ...disclosesRecords, ...givesAway];
