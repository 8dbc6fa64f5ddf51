// What a security team's data may hand the AI that triages it (read by reader-acts.ts after the AI is named
// as the one to act): an attacker writes the log line, the intel object, the sample's strings or the ticket
// note the SOC agent reads, and asks it to lower the defence that caught him:
// - a finding dismissed: an alert, a detection, an incident or a CVE closed or suppressed, or anything
//   closed as harmless ("close the notable as a false positive");
// - a verdict given as harmless: a sample, a host, a sender or a CVE marked clean, benign, not affected;
// - a source let through: an address or a hash added to an allow list, a trusted list, a bypass or an
//   exclusion, a range permitted, an account exempted from MFA or from the EDR;
// - a defence removed: a block, a deny, containment, a quarantine, a sinkhole, detection rules, the sensor,
//   prevention, MFA or the logs deleted, lifted or turned off, or a thing taken off a block list.
// A team's own data does not hand these to the AI it runs: the analyst decides them. What passes is the
// reverse, which triage asks of the AI all day: block, isolate, contain, quarantine, add to a block list,
// hunt, remove the attacker's file, disable the compromised account, close one ticket that is fixed.
// Each pattern is anchored at the verb of one step of an order (readerAct cuts them), bounded, linear.

const span = String.raw`(?:[^.]|\.(?=\S))`;
/** Up to three words before the noun an act works on ("the dns sinkhole entry", "every rule tagged"). */
const few = String.raw`(?:[\p{L}\p{N}_.:/@-]+\s+){0,3}?`;

/** Findings of a security tool. */
const securityFinding = String.raw`(?:alerts?|notables?|incidents?|detections?|offen[cs]es?|cves?|vulnerabilit(?:y|ies)|(?:security )?findings?|true positives?)`;
/** Anything a team tracks, closed only as harmless or in bulk. */
const tracked = String.raw`(?:${securityFinding}|tickets?|cases?|issues?|events?|hits?|matches|reports?)`;
/** A verdict that a thing is harmless: said alone ("mark the sample clean"), or after "as" or "to" only. */
const harmlessBare = String.raw`(?:clean|benign|harmless|false[- ]positives?|not (?:affected|malicious|vulnerable|exploitable|suspicious|a threat)|non-?malicious)`;
const harmless = String.raw`(?:${harmlessBare}|legitimate|trusted|fps?|no threat|informational|expected (?:behaviou?r|activity)|authori[sz]ed (?:activity|testing|traffic))`;
/** What may follow a verdict said alone: the end of the step, not a noun it qualifies ("the clean files"). */
const verdictEnd = String.raw`(?=\s*(?:[,;:.)"'\]]|$|(?:and|in|across|for|on|everywhere)(?![\p{L}])))`;
const dismissVerb = String.raw`(?:close|dismiss|resolve|suppress|silence|mute|acknowledge|auto-?close|ignore|discard)`;
/** Verbs that put a finding away whatever it holds ("resolve the vulnerabilities" and "ignore the lint findings" are work). */
const shelveVerb = String.raw`(?:close|dismiss|suppress|silence|mute|auto-?close|discard)`;
const dismisses = [
  String.raw`${shelveVerb}\s+${few}${securityFinding}(?![\p{L}])`,
  String.raw`${dismissVerb}\s+(?:all|every|each|any)\s+${few}${tracked}(?![\p{L}])`,
  String.raw`${dismissVerb}\s+${span}{0,60}?\bas\s+(?:an?\s+)?${harmless}(?![\p{L}])`,
];
const judges = [
  String.raw`(?:mark|classify|label|tag|flag|treat|triage|categori[sz]e|declare|deem)\s+${few}${harmlessBare}${verdictEnd}`,
  String.raw`(?:mark|classify|label|tag|flag|set|report|record|treat|triage|categori[sz]e|declare|deem|score|rate|downgrade)\s+${span}{0,60}?\b(?:as|to)\s+(?:an?\s+)?${harmless}(?![\p{L}])`,
];

/** Where a source is let through. */
const allowPlace = String.raw`(?:allow[- ]?lists?|white[- ]?lists?|safe[- ]?lists?|trusted[ _-]?(?:lists?|ips?|sources?|senders?|ranges?|networks?|zones?|locations?|lookups?)|(?:proxy|ssl|tls|inspection|filter(?:ing)?)[ _-]bypass(?:[ _-]lists?)?|bypass[ _-]lists?|(?:av|antivirus|defender|edr|xdr|scan(?:ning)?|security|malware|sensor|detection)[ _-]exclusions?|safe senders?|known[ _-]good)`;
/** What an account or a host is exempted from. */
const guard = String.raw`(?:mfa|2fa|multi-?factor|conditional access|(?:mfa|security|dlp|conditional access|prevention|edr) polic(?:y|ies)|edr|antivirus|defender|detections?|monitoring|alerting|quarantine|containment|blocking)`;
const letsThrough = [
  String.raw`(?:add|append|load|put|move|insert|import|push|enter|register|include|copy|place|list)\s+${span}{0,80}?\b(?:to|into|onto|on|in)\s+${few}${allowPlace}(?![\p{L}])`,
  String.raw`(?:exclude|exempt)\s+${span}{0,80}?\bfrom\s+${few}${guard}(?![\p{L}])`,
  String.raw`(?:allow-?list|whitelist|safelist)(?![\p{L}])`,
  // An address or a range let in: "permit 45.133.1.0/24 on outside_in", "allow any from 0.0.0.0/0".
  String.raw`(?:permit|allow|trust)\s+(?:(?:traffic|connections?|access|inbound|ingress|all)\s+)?(?:(?:from|to)\s+)?(?:any(?![\p{L}])|\d{1,3}(?:\.\d{1,3}){3})`,
  String.raw`recommend\s+(?:allow-?listing|whitelisting|safelisting|trusting|excluding)(?![\p{L}])`,
];

/** A defence: what blocks, contains, detects, watches or proves. */
const defence = String.raw`(?:blocks?\s+(?:for|on|against|of)\s+(?:\d{1,3}(?:\.\d{1,3}){3}|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|block(?:ing)?[ -]?(?:lists?|rules?|entries|entry)|blocklists?|deny(?:[ -]?(?:rules?|entries|entry|lists?))?|denylists?|blacklists?|containment|(?:host|network|device|machine|endpoint) isolation|isolation (?:on|of|for)|quarantine|sinkholes?(?: entries| entry| records?)?|(?:detection|analytics|correlation|alert(?:ing)?|hunting|yara|sigma|snort|suricata|ids|ips|waf|edr|siem|prevention|protection|av|antivirus)\s+(?:rules?|polic(?:y|ies)|signatures?|rulesets?|searches?)|rulesets?|rules? tagged|saved searches?|(?:edr|xdr|falcon|security|endpoint|defender) (?:sensors?|agents?)|prevention|(?:tamper|real-?time) protection|audit(?:ing| logs?| trail)|log (?:sinks?|forwarding|collection)|mfa|2fa|multi-?factor)`;
/** The lists and sets a thing is taken off. */
const defenceList = String.raw`(?:block(?:ing)?[ -]?lists?|blocklists?|deny[ -]?lists?|blacklists?|watch[ -]?lists?|containment|isolation|quarantine|(?:production|detection|active)\s+(?:rule)?sets?|rulesets?|prevention polic(?:y|ies))`;
const removeVerb = String.raw`(?:remove|delete|lift|drop|clear|disable|deactivate|turn off|switch off|stop|uninstall|unload|revoke|purge|release|end|cancel|undo|retire|roll back)`;
const removes = [
  String.raw`${removeVerb}\s+${few}${defence}(?![\p{L}])`,
  String.raw`${removeVerb}\s+${span}{0,60}?\bfrom\s+${few}${defenceList}(?![\p{L}])`,
  String.raw`release\s+${span}{0,60}?\bto\s+(?:all|every|each)\s+(?:[\d,]+\s+)?(?:recipients|users|mailboxes)(?![\p{L}])`,
  String.raw`(?:un-?isolate|un-?quarantine|un-?contain)(?![\p{L}])`,
  // "Unblock" a thing a block stops (an address, a hash, a sender), not "unblock the pipeline".
  String.raw`unblock\s+${few}(?:\d{1,3}(?:\.\d{1,3}){3}|[a-f0-9]{32,64}(?![\p{L}\p{N}])|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:ips?|address(?:es)?|ranges?|domains?|senders?|hash(?:es)?|hosts?|urls?|sources?)(?![\p{L}]))`,
];

const branches = [...dismisses, ...judges, ...letsThrough, ...removes];
const acts = new RegExp(`^(?:${branches.join('|')})`, 'u');

/** Whether one step of an order (lower case, from its verb) lowers a defence as above. */
export const lowersDefence = (step: string): boolean => acts.test(step);

/** The acts anywhere in a clause: a part of reader-acts.ts's gate (the cue pass reads its literals only). */
export const defenceActs = new RegExp(branches.join('|'), 'u');
