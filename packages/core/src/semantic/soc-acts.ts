// What a security artifact may ask the AI that triages it (read by office-orders.ts once the AI is named as the
// one to act, as in a back-office artifact): the attacker writes a STIX note, a MISP comment, a YARA rule's meta,
// a WAF log's query string, a firewall export's remark, a mail header, and asks the analyst agent to undo the
// defence that stands against him:
// - detection removed: rules, detections, signatures or blocks deleted, disabled or suppressed;
// - an indicator trusted: something added to an allow list, an exclusion or a bypass list;
// - containment lifted: a host released from isolation or containment;
// - the sensor stopped: the EDR, the antivirus, tamper protection, audit logging switched off or uninstalled;
// - the evidence destroyed: logs, events, an index or evidence deleted, shredded, or retention cut to hours;
// - the network opened: `permit ip any any`, a source of 0.0.0.0/0;
// - intel or evidence sent out: a TLP:RED event published, samples, mailboxes or dumps uploaded to an address.
// The same artifacts doing their work ask none of these of the AI: a note says where an indicator was seen, a
// recommended action blocks and hunts, a rule's meta describes what it detects. Each pattern is searched in the
// first characters of one step of an order (office-orders.ts cuts them), bounded, linear.

const span = String.raw`(?:[^.;\n]|\.(?=\S))`;
const removeVerb = String.raw`(?:delete|remove|disable|drop|deactivate|retire|mute|suppress|purge|turn off|switch off|unload|uninstall|stop|kill)`;
const detection = String.raw`(?:rules?|rulesets?|rule sets?|detections?|analytics|signatures?|correlation searches|blocks?|block ?list(?: entries)?|deny ?list(?: entries)?|iocs?|indicators?|watchlists?)`;
const sensor = String.raw`(?:sensors?|edr|xdr|antivirus|anti-virus|av|defender|falcon|sysmon|tamper protection|real-?time protection|prevention|audit(?:ing| policy| logging)?|logging|forwarders?)`;
const evidence = String.raw`(?:logs?|events?|index(?:es)?|evidence|audit trails?|memory (?:images?|dumps?)|triage packages?)`;
const allowPlace = String.raw`(?:allow ?(?:list|set)s?|allow-(?:list|set)s?|whitelists?|safe ?lists?|exclusions?|exclusion lists?|bypass lists?|trusted (?:list|range|set|ips?|hosts?|domains?|senders?)s?)`;
/** Verbs that send intel or evidence out: sending the attacker's inbox rules out is no remediation either. */
const sendVerb = String.raw`(?:publish|share|upload|submit|post|export|forward|send|copy|mirror)`;
const sentOut = String.raw`(?:samples?|evidence|memory|dumps?|mailbox(?:es)?|inbox(?: rules)?|documents|tlp:?\s?(?:red|amber)|internal|confidential|credentials|keys|secrets)`;

const branches = [
  // Detection removed: "delete every rule tagged …", "remove existing blocks for …".
  String.raw`${removeVerb}\s+${span}{0,60}?\b${detection}(?![a-z])`,
  // An indicator trusted: "add 45.133.1.0/24 to the WAF IP allow set", "load these into your EDR allow list".
  String.raw`(?:add|put|load|move|insert|include|import|push)\s+${span}{0,100}?\b(?:to|into|in|on)\s+${span}{0,40}?\b${allowPlace}(?![a-z])`,
  String.raw`(?:allow-?list|allowlist|whitelist|safelist|exclude|trust)\s+(?:it|this|them|these|the|its|all|every)(?![a-z])`,
  // Containment lifted.
  String.raw`(?:lift|release|remove|end|undo|cancel|reverse|drop)\s+${span}{0,40}?\b(?:containment|isolation|network quarantine)(?![a-z])`,
  String.raw`un-?(?:contain|isolate)\s`,
  // The sensor stopped.
  String.raw`${removeVerb}\s+${span}{0,40}?\b${sensor}(?![a-z])`,
  // The evidence destroyed, or kept for hours only.
  String.raw`(?:delete|purge|erase|wipe|shred|clear|truncate|destroy)\s+${span}{0,40}?\b${evidence}(?![a-z])`,
  String.raw`(?:set|cut|reduce|shorten|lower|change)\s+${span}{0,50}?\bretention\b${span}{0,50}?\b(?:1|one|an?|2|two|24)\s*(?:h|hrs?|hours?|minutes?|mins?|day)(?![a-z])`,
  // The network opened to everyone.
  String.raw`(?:add|insert|allow|open|permit|create)\s+${span}{0,80}?(?:permit\s+(?:ip|tcp|udp)\s+any\s+any|0\.0\.0\.0/0|::/0|from\s+any(?:where)?\b)`,
  // Intel or evidence sent out to a literal address, or published beyond its marking.
  String.raw`${sendVerb}\s+${span}{0,80}?\b${sentOut}\b${span}{0,100}?\b(?:to|on|into|with)\s+(?:the\s+)?(?:https?://|[\w.+-]+@[\w-]+\.|(?:all|every|public|other)\s+(?:communities|community|sharing groups?)|the community|virustotal|a public)`,
];

// A word's start by `\b`, not a look-behind for a letter (irregexp pays a C call per position for that on a
// two-byte text, and the search is not anchored); no `u` flag and no \p{L} classes: the regex stays small, and
// the steps it reads are lower case.
const acts = new RegExp(`\\b(?:${branches.join('|')})`);
/** How much of a step is searched: an order's step is a clause, and the search is not anchored at its verb. */
const searched = 400;
/** What every act above names (one scan of an order, before its steps are searched). */
const named = /rule|detection|signature|block|ioc|indicator|allow|whitelist|safelist|exclu|bypass|trust|contain|isolat|sensor|edr|antivirus|anti-virus|\bav\b|defender|falcon|sysmon|tamper|prevention|audit|logging|forwarder|log|event|index|evidence|triage package|retention|any any|0\.0\.0\.0|::\/0|tlp|sample|dump|mailbox|inbox|document|internal|confidential|credential|keys|secret/;

/** Whether an order (lower case) names something one of its steps may undo: a cheap test before the steps are searched. */
export const mayUndoSecurityControl = (order: string): boolean => named.test(order.length > 4 * searched ? order.slice(0, 4 * searched) : order);

/**
 * What the attacker made or a mailbox's own filing: removing the attacker's inbox rule, a rogue forwarding rule
 * or his persistence is the remediation, not a defence undone.
 */
const attackersOwn = /\b(?:attacker|adversary|intruder|threat actor|rogue|persistence|(?:inbox|mail|mailbox|forwarding|transport|outlook) rules?)/;
/** A step that sends: never remediation, whatever it sends. */
const sends = new RegExp(`^${sendVerb}\\b`);

/** Whether one step of an order (lower case) undoes a security control as above, anywhere in its first words. */
export function undoesSecurityControl(step: string): boolean {
  const act = acts.exec(step.length > searched ? step.slice(0, searched) : step);
  return act !== null && (sends.test(act[0]) || !attackersOwn.test(act[0]));
}
