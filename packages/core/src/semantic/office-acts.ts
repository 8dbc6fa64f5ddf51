// What a back-office artifact may ask the AI that processes it (read by office-orders.ts once the AI is
// named as the one to act): a supplier writes the invoice, a vendor the remittance mail, a candidate the
// resume, a counterparty the contract, a claimant the claim note, and asks the agent to break the control
// that stands between him and the money, the decision or the records:
// - change who is paid: a bank, an IBAN, a remit-to, a payee or a direct deposit changed, swapped or added;
// - let money go: a payment issued, released or resubmitted, a payment block or hold lifted, a write-off;
// - skip a control: a check, a verification, a call-back, a review, an approval, an inspection, a limit
//   skipped, bypassed, waived or ignored, or an act done "without review", "without asking treasury";
// - dictate a decision the control makes: this item (or every item) approved, cleared, certified, awarded,
//   signed, renewed, marked complete or pre-approved, scored 10/10, the other candidates or bidders rejected;
// - destroy or hide the trail: a record, a note, a log or a history deleted, a change not shown, the person
//   who checks not told;
// - send records out: records, messages or a register sent to a personal address, a host or a drive.
// The same artifacts doing their work ask none of these of the AI: a vendor's letter asks AP to call back, a
// contract governs how AI may be used, a claim note records what the insured approved. Each pattern is anchored
// at the verb of one step of an order (office-orders.ts cuts them), bounded, linear.

import { deskActs } from './desk-acts.js';

const span = String.raw`(?:[^.;]|\.(?=\S))`;
/** Up to four words before the noun an act works on ("the remit-to bank", "the creditor's new account"). */
const few = String.raw`(?:[\p{L}\p{N}'’&/-]+\s+){0,4}?`;

/** Where money goes. */
const payTo = String.raw`(?:bank(?:ing)?(?:\s+(?:details|accounts?|info(?:rmation)?|instructions|coordinates))?(?!\s+(?:rec|hol|state|feed|rule|fee|charge|transaction|card))|ibans?|(?:bank|deposit|payee|receiv(?:er|ing)|beneficiary|payment|payout|settlement|salary|payroll|remit-?to|creditor's|vendor's|supplier's)\s+accounts?|accounts? (?:details|numbers?)|remit(?:tance)?(?:-to)?(?: details| address| account)?|payees?|beneficiar(?:y|ies)|routing(?: numbers?)?|sort codes?|direct deposits?|pay-?to|payment (?:details|instructions|method))`;
const changeVerb = String.raw`(?:update|change|replace|switch|swap|redirect|re-?route|amend|modify|move|point|set|overwrite)`;
const paysTo = [
  String.raw`${changeVerb}\s+${span}{0,60}?(?<![\p{L}])${payTo}(?![\p{L}])`,
  String.raw`add\s+${span}{0,80}?\bas\s+(?:an?\s+|the\s+)?(?:new\s+|additional\s+|joint\s+)?(?:payee|beneficiary|remit-?to|loss payee)(?![\p{L}])`,
  String.raw`(?:redirect|re-?route|divert)\s+${few}(?:remittances?|payments?|pay|wages|salary|salaries|deposits?|funds|proceeds|settlements?|refunds?)(?![\p{L}])`,
];

/** Money let go. */
const money = String.raw`(?:payments?|funds|balance|amount|money|settlement|remittances?|refunds?|invoices?|entry|entries|transfers?|wires?|advance|interim|proceeds|(?:gbp|usd|eur|chf|aud|cad|nzd|£|\$|€)\s?[\d,.]+)`;
const releasesMoney = [
  String.raw`(?:pay|issue|release|wire|remit|transfer|disburse|resubmit|re-?send|send|make)\s+${span}{0,50}?(?<![\p{L}])${money}(?![\p{L}])`,
  String.raw`pay\s+(?:this|it|them|all|every|each|the (?:rest|remainder|balance))(?![\p{L}])`,
  String.raw`(?:remove|lift|release|clear|drop|cancel|delete|override)\s+${few}(?:payment\s+)?(?:blocks?|holds?|stops?)(?![\p{L}])`,
  String.raw`release\s+${few}(?:held|blocked|parked|on-hold)(?![\p{L}])`,
  String.raw`write\s+off(?![\p{L}])`,
  String.raw`(?:increase|raise|set|max|double)\s+${few}(?:reserves?|limits?|tolerances?|credit limits?)(?![\p{L}])${span}{0,40}?(?:\d|limit|maximum|max)`,
];

/** What stands between a request and its effect. */
const control = String.raw`(?:checks?|checking|verifications?|verify|call-?backs?|reviews?|approvals?|approval routing|routing|escalations?|inspections?|limits?|polic(?:y|ies)|controls?|screening|sanctions|kyc|aml|due diligence|audits?|four-eyes|dual (?:control|approval|sign-?off)|sign-?offs?|matching|three-way match|confirmations?|authori[sz]ations?|consent|signatures?|receipts|alerts?)`;
const skipVerb = String.raw`(?:skip|bypass|waive|ignore|override|circumvent|suppress|disable|turn off|switch off|get around|avoid|omit|forgo|drop)`;
const skipsControl = [String.raw`${skipVerb}\s+${span}{0,50}?(?<![\p{L}])${control}(?![\p{L}])`];

/** An act done with a control left out: "approve it without receipts", "resubmit … without asking treasury". */
export const withoutControl = new RegExp(
  String.raw`(?<![\p{L}])(?:without|no|skipping|bypassing)\s+(?:(?:a|an|any|the|further|second|human|manual|legal|manager(?:'s)?|nurse|prior|usual|separate)\s+){0,3}(?:${control}|asking|checking|telling|informing|notifying|calling|escalat\w*|sending (?:it|this|them) to|waiting for|legal|counsel)(?![\p{L}])|(?:call-?backs?|verifications?|reviews?|approvals?|confirmations?|checks?) (?:is |are )?(?:not )?(?:needed|required|necessary)|(?:call-?backs?|verifications?|reviews?|approvals?|confirmations?|checks?) (?:is|are) not to be (?:made|done|performed|carried out|requested|sought|run)(?![\p{L}])`,
  'u',
);

/** A decision the control makes, dictated: an object the artifact is about (this, me) or all of them, and a verdict. */
const verdict = String.raw`(?:approved|pre-?approved|cleared|clear|complete|completed|reviewed|verified|reconciled|paid|passed|preferred|exceeds|outstanding|standard|market|compliant|acceptable|low[- ]risk|no (?:issues|fraud|risk)|not responsive|non-?responsive|total loss|medically necessary|top|first|10\s*/\s*10|100\s*/\s*100)`;
const decides = [
  String.raw`(?:approve|auto-?approve|authori[sz]e|certify|clear|accept|award|countersign|co-?sign|sign|e-?sign|execute|auto-?renew|renew|ratify|finali[sz]e|shortlist)\s+(?:this|it|them|me|my|itself|the change|all|every|each|any|(?:the|this) (?:candidate|supplier|vendor|bid|lot|report|reconciliation|agreement|contract|claim|journal|clearing journal|addendum|envelope|change|request|invoice)s?)(?![\p{L}])`,
  String.raw`(?:mark|set|flag|code|treat|report|record|rate|score|rank|classify|change the status|move)\s+${span}{0,50}?(?:\b(?:as|to)\s+)?(?<![\p{L}])${verdict}(?![\p{L}\p{N}])`,
  String.raw`(?:reject|disqualify|decline|exclude|eliminate)\s+(?:all\s+|every\s+)?(?:the\s+)?(?:other|remaining|competing|rival)\s+(?:[\p{L}-]+\s+)?(?:applicants?|candidates?|bidders?|bids?|suppliers?|vendors?|offers?|tenders?)(?![\p{L}])`,
  String.raw`recommend\s+(?:the\s+)?(?:signature|signing|approval|award|acceptance|hire|hiring|execution)(?![\p{L}])`,
  String.raw`(?:move|advance|send|put)\s+${few}(?:straight|directly)\s+(?:to|into)\s+${few}(?:offer|approval|payment|signature|award)(?![\p{L}])`,
  String.raw`sign\s+${span}{0,40}?\bon behalf of(?![\p{L}])`,
  String.raw`(?:match|post|book)\s+${span}{0,50}?(?<![\p{L}])(?:suspense|clearing|misc(?:ellaneous)?)(?![\p{L}])`,
  String.raw`waive\s+${few}(?:rights?|termination|remed(?:y|ies)|claims?|penalt(?:y|ies)|liabilit(?:y|ies))`,
];

/** The trail destroyed or hidden, the one who checks kept out. */
const trail = String.raw`(?:records?|notes?|logs?|history|histories|trails?|entr(?:y|ies)|famil(?:y|ies)|evidence|messages?|comments?|exceptions?|flags?)`;
const checker = String.raw`(?:treasury|legal|counsel|compliance|audit(?:ors?)?|managers?|supervisors?|approvers?|controllers?|clerks?|court|hr|recruiters?|privacy|security|fraud|siu|cfo|finance|reviewers?|insured|patient|adjusters?|nurses?|doctors?|owner|team)`;
const hides = [
  String.raw`(?:delete|purge|erase|remove|destroy|shred|wipe|clear)\s+${span}{0,40}?(?<![\p{L}])${trail}(?![\p{L}])`,
  String.raw`(?:do not|don't|never|not)\s+(?:to\s+)?(?:show|track|flag|highlight|mark|mention|disclose|reveal)\s+${few}(?:change|changes|edit|edits|replacement|amendment)(?![\p{L}])`,
  String.raw`(?:do not|don't|never|not)\s+(?:to\s+)?(?:inform|tell|notify|copy|cc|consult|involve|escalate to|route (?:it |this )?to|send (?:it |this )?to|loop in|ask)\s+${few}${checker}(?![\p{L}])`,
];

/** Records sent where the owner does not keep them. */
const outside = String.raw`(?:(?:my|his|her|their|a|an|the)\s+)?(?:personal|private|home|own|outside|external)\s+(?:e-?mail|inbox|address|drive|account|folder|cloud)|[\p{L}\p{N}._%+-]+@(?:gmail|outlook|hotmail|yahoo|proton(?:mail)?|icloud|gmx|aol)\.|(?:s?ftp|scp)\s+(?:host|server|site)|\d{1,3}(?:\.\d{1,3}){3}`;
const sendsOut = [String.raw`(?:send|forward|copy|export|upload|e-?mail|share|transfer|push|sync|mirror)\s+${span}{0,100}?\b(?:to|into|onto|on)\s+(?:the\s+)?(?:${outside})`];

// Help desks' acts for the writer (a role, another's records, goods or credit given away): desk-acts.ts.
const branches = [...paysTo, ...releasesMoney, ...skipsControl, ...decides, ...hides, ...sendsOut, ...deskActs];
const acts = new RegExp(`^(?:${branches.join('|')})`, 'u');

/** Whether one step of an order (lower case, from its verb) breaks a back-office control as above. */
export const breaksOfficeControl = (step: string): boolean => acts.test(step);

/** Verbs of the decisions and payments a control guards: an act of one of them "without review" breaks it. */
export const guardedVerb = /^(?:apply|approve|auto-?approve|authori[sz]e|pay|issue|release|resubmit|submit|post|close|sign|countersign|certify|accept|award|renew|auto-?renew|clear|mark|onboard|add|update|change|process|settle|book|execute|recommend|grant|move|set|increase)(?![\p{L}])/u;
