// What an argument's name says to the readers of a client request: whether it carries a file's body, a
// search query or pattern, an encoded field or its encoding, a path's segments, the name of something a
// program is handed, where a write reads from, what a generic call does, where a message goes, or a method. Each is a regular expression asked of the name alone;
// names repeat from call to call, so each name's answers are worked out once and kept (every value of every
// request asked several of them).

/** The bits of {@link keyFacts}. */
export const KeyFact = {
  /** Carries a file's or a message's body, whatever the tool calls it. */
  Content: 1,
  /** The query of a search tool. */
  Search: 2,
  /** A search tool's pattern (a regular expression or glob matched against files). */
  Pattern: 4,
  /** Named for an encoding the server decodes (`script_b64`, `contentBase64`). */
  Encoded: 8,
  /** Declares its siblings' encoding (`encoding`, `content_encoding`). */
  Encoding: 16,
  /** A path sent as its segments (`segments`, `pathParts`). */
  Segments: 32,
  /** Names something a program is handed (host, repository, branch …). */
  Naming: 64,
  /** Where a write tool reads from (a move's source). */
  Read: 128,
  /** An object of environment variables a command runs with (`env`, `environment`). */
  Environment: 256,
  /** Named for a regular expression a tool runs (`pattern`, `file_pattern`, `searchRegex`, `re`). */
  Regex: 512,
  /** Says what a generic call does to what it names (`action: allow`, `list_type: whitelist`: stateful/condemned-indicators.ts). */
  Action: 1024,
  /** Where a message goes (`to`, `cc`, `recipients`). */
  Recipient: 2048,
  /** A request's HTTP method (`method`). */
  Method: 4096,
  /** May be a flag of a back-office control (`skip_approval`, `approvalLimit`: commands/back-office-controls.ts). */
  ControlFlag: 8192,
  /** A contract call's method or calldata (`method`, `functionName`, `calldata`: commands/token-approvals.ts). */
  ContractCall: 16384,
} as const;

export const contentKey = /^(?:(?:old|new)_?(?:str|string|text)|file_?text|contents?|patch|diff|replacement|body|markdown)$/i;
export const searchKey = /^(?:q|query|search|search_?query|search_?terms?|terms?|keywords?)$/i;
export const patternKey = /^(?:pattern|regex|regexp)$/i;
// A boot script an API takes base64-encoded by its definition (EC2's and a launch template's `UserData`, Azure's
// `customData`) is decoded as a field named for its encoding is: the instance runs the text it spells.
export const encodedKey = /(?:^|[_-]|[a-z](?=[A-Z]))(?:base64|b64|hex|base16)(?:$|[_-]|[A-Z])|^(?:base64|b64|hex|encoded)|(?:base64|b64|hex)$|^(?:user_?data|custom_?data)$/i;
export const encodingKey = /^(?:content_?|transfer_?)?encoding$/i;
export const segmentsKey = /(?:^|[_-]|[a-z](?=[A-Z]))(?:path|segments?|parts|components)$|^(?:path|segments?|parts|components)/i;
export const namingKey = /^(?:host|hostname|repo|repository|branch|ref|revision|rev|commit|tag|target|name|package|pkg|module|file|filename|remote|user|username|server|domain|image|container|service|database|db|project|url|uri|address|source|destination|dest)$/i;
export const readKey = /^(?:source|sources|src|from|old_?path)$/i;
export const environmentKey = /^(?:env|envs|environment|env_?vars|environment_?variables|variables)$/i;
export const regexKey = /pattern|regexp?$|^re$/i;
export const actionKey = /^(?:actions?|action_?name|action_?type|list|list_?type|mode|disposition|policy|decision|operation|op)$/i;
export const recipientKey = /^(?:to|cc|bcc|recipients?|reply_?to)$/i;
export const methodKey = /^method$/i;
/**
 * Keys that may be a flag of a control (by their start, a word inside or their end), tested on the key as sent
 * before it is flattened: the rest of a call's keys (`path`, `content`, `command`) are not read further, as most
 * calls name no control.
 */
export const controlFlagKey = /^(?:skip|bypass|overr|suppress|disabl|waive|ignor|omit|no|dont|requir|enforc|log|record|need|unlock|reopen|includeprivileged|status|state|enabled|active)|without|limit|toleran|percent|pct|delet|purge|dispos|approv|authori|consent|verif|match|hold|committee|audit|nda|i9|kyc|aml|sod|sanction|segregat|foureyes|dualcontrol|makerchecker|signoff|receipt|chain|score|check|screening|control|polic|workflow|process|rule|step|flag|requirement|review/i;

/**
 * A contract call's method (`method`, `function_name`, `abi`, `signature`) or its raw calldata (`data`, `input`),
 * asked of the key lower-cased without `_` and `-` (token-approvals reads the rest of a call only past one).
 */
export const contractCallKey = /^(?:method|function|functionname|fn|abi|signature|functionsignature|data|input|calldata)$/;

/** Every bit of `key`, asked of the expressions above. */
function factsOf(key: string): number {
  return (
    (contentKey.test(key) ? KeyFact.Content : 0) |
    (searchKey.test(key) ? KeyFact.Search : 0) |
    (patternKey.test(key) ? KeyFact.Pattern : 0) |
    (encodedKey.test(key) ? KeyFact.Encoded : 0) |
    (encodingKey.test(key) ? KeyFact.Encoding : 0) |
    (segmentsKey.test(key) ? KeyFact.Segments : 0) |
    (namingKey.test(key) ? KeyFact.Naming : 0) |
    (readKey.test(key) ? KeyFact.Read : 0) |
    (environmentKey.test(key) ? KeyFact.Environment : 0) |
    (regexKey.test(key) ? KeyFact.Regex : 0) |
    (actionKey.test(key) ? KeyFact.Action : 0) |
    (recipientKey.test(key) ? KeyFact.Recipient : 0) |
    (methodKey.test(key) ? KeyFact.Method : 0) |
    (controlFlagKey.test(key) ? KeyFact.ControlFlag : 0) |
    (contractCallKey.test(key.toLowerCase().replace(/[_-]/g, '')) ? KeyFact.ContractCall : 0)
  );
}

const known = new Map<string, number>();
/** Names longer than this are asked each time (a key made of text is not a name that comes again). */
const maxKept = 64;
/** Names kept at most: a stream of new ones empties the map, never grows it past this. */
const maxNames = 4096;

/**
 * The names asked last, by slot (picked by a name's length and end characters, no hash of it), and their
 * bits: a request's few names are asked several times each per value, and a look-up in `known` cost more
 * than the rest of most of those asks. Names only: no message is kept.
 */
const slots = 64;
const slotNames: (string | undefined)[] = new Array<string | undefined>(slots).fill(undefined);
const slotFacts = new Uint32Array(slots);

/** The {@link KeyFact} bits of an argument's name (kept per name). */
export function keyFacts(key: string): number {
  const n = key.length;
  const slot = n === 0 ? 0 : (n * 7 + key.charCodeAt(0) * 31 + key.charCodeAt(n - 1)) & (slots - 1);
  if (slotNames[slot] === key) return slotFacts[slot]!;
  let facts = known.get(key);
  if (facts === undefined) {
    facts = factsOf(key);
    if (n > maxKept) return facts;
    if (known.size >= maxNames) known.clear();
    known.set(key, facts);
  }
  slotNames[slot] = key;
  slotFacts[slot] = facts;
  return facts;
}
