// The model's next call handed over as data in what a tool returns: a JSON object whose `next_tool` or
// `follow_up` names a tool and its arguments, a YAML `next_action:` block, a TOML `[next_step]` table, a plan
// array of calls, or a JSON-RPC `tools/call` request pasted into an answer. A result reports what was done or
// found; a call it queues for the model to make is an order written as a record, and a model that follows
// structure will make it. Read as its parts: a key that queues a step (next, then, follow-up, on load, plan,
// steps) or a `tools/call` request, then, close after it, the tool it names, and that call acting on the user
// (sending, posting, running a shell command, deleting, paying, granting, publishing) or carrying a credential
// file or a download piped into a shell in its arguments. A next page's cursor, a list of items, a workflow's
// steps, a logged request for a tool that only reads, a suggested `get_page` call pass.
import { lowerCased } from '../text/lower-head.js';
import { stepArgumentsAct, writesFiles } from './next-call-arguments.js';
import { namesCredentialFile } from './credential-files.js';

/** A cheap first test: a queuing key or a JSON-RPC call may be in the text at all. */
const quick = /next|then|follow|on[_-]|plan|steps|after|tools\/call|fix|apply|remedia|resol|suggest|recommend/i;
/** A key that queues a step: JSON or YAML `"next_action":` (`"nextAction":` lowered), TOML `next_step =` or `[next_step]`, a plan's array of calls. */
const stepKey = /(?:^|[\s{,[])["']?(?:next|then|follow[_-]?up|after(?:wards)?|on[_-](?:load|complete|completion|done|success|finish|read|result|return)|(?:auto[_-]?)?fix|apply|remediation|resolve|resolution|suggest(?:ion|ed)?|recommend(?:ed|ation)?)(?:[_-]?(?:tool|call|action|step|task|command|request|fix)s?)?["']?\s*[:=]|(?:^|[\s{,[])["']?(?:plan|steps|actions|tool_calls|calls)["']?\s*[:=]\s*\[|^\s*\[(?:next|then|follow[_-]?up|on[_-]\w+)[\w-]*\]/gm;
/** stepKey tried where one of its matches may start (see nextStepKey). */
const stepKeyAt = new RegExp(stepKey.source, 'my');
/**
 * The words stepKey's keys start with, found first: stepKey opens with a class of blanks and punctuation
 * (or a line start), which gave irregexp no skip ahead over a 64 KiB part (~1.3% of a 1 MiB result).
 */
const keyWord = /next|then|follow|after|on[_-]|auto|fix|apply|remediation|resol|suggest|recommend|plan|steps|actions|tool_calls|calls/g;
/** What `\s` matches, and what ends a line for `^` in multiline mode. */
const isBlank = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * stepKey's next match at `from` or after, as its `exec` from there gives it, or null. A match holds a key
 * word: one or two characters after its start (a delimiter, a quote), or after a line start, blanks and
 * `[` (a TOML table). So from each key word found, in order, stepKey is tried where a match holding it
 * starts: the first line start of the blanks before its `[`, then two, one and no characters before it.
 * Positions between a line start and the blanks' end give what the line start gave. Linear: each
 * position is tried once (exported for a test).
 */
export function nextStepKey(text: string, from: number): RegExpExecArray | null {
  for (let at = from; ; ) {
    keyWord.lastIndex = at;
    const word = keyWord.exec(text);
    if (word === null) return null;
    const q = word.index;
    if (text.charCodeAt(q - 1) === 0x5b /* [ */) {
      let r = q - 1;
      while (r > at && isBlank(text.charCodeAt(r - 1))) r--;
      for (let t = r; t < q - 2; t++) {
        if (t !== 0 && !isLineEnd(text.charCodeAt(t - 1))) continue;
        stepKeyAt.lastIndex = t;
        const m = stepKeyAt.exec(text);
        if (m !== null) return m;
        break;
      }
    }
    for (let t = Math.max(at, q - 2); t <= q; t++) {
      stepKeyAt.lastIndex = t;
      const m = stepKeyAt.exec(text);
      if (m !== null) return m;
    }
    at = q + 1;
  }
}

/** A key that hands a remedy to apply. */
const remedyKey = /^[\s{,[]?["']?(?:(?:auto[_-]?)?fix|apply|remediation|resolve|resolution|suggest|recommend)/;
/** A queuing key whose value is the tool itself: `"next_tool": "send_email"`. */
const namesTool = /(?:tool|call)s?["']?\s*[:=]$/;
/** That value. */
const value = /^\s*["']?([a-z][\w./-]{1,60})/;
/** A JSON-RPC request to call a tool. */
const rpcCall = /["']method["']\s*:\s*["']tools\/call["']/g;
/** The tool a step names: `"tool": "send_email"`, `call: delete_repository`, `tool = "exec"`. */
const toolName = /["']?(?:tool|tool_name|call|function)["']?\s*[:=]\s*["']?([a-z][\w./-]{1,60})/;
/** The tool a JSON-RPC request's params name. */
const rpcName = /["']name["']\s*:\s*["']([a-z][\w./-]{1,60})/;
/** Word parts of a tool name that act on the user: sending, posting, running, deleting, paying, granting, publishing. */
const actingPart = /^(?:send|email|mail|post|upload|exec|execute|shell|bash|sh|command|cmd|delete|remove|rm|drop|destroy|wipe|transfer|pay|payment|wire|grant|share|invite|push|publish|message|sms|webhook|http|curl|write|reset)/;
/** What in a step's arguments runs: a download piped into a shell, a recursive delete (an address alone is a workflow's URL). */
const runs = /\|\s*(?:ba|z)?sh\b|rm\s+-rf/;
/** How far after its key a step's tool and arguments are read. */
const window = 400;
/** Most queuing keys read in one text (keeps the reading linear). */
const maxKeys = 24;

/** Whether a tool name (lower case) acts on the user, by any of its word parts. */
function acts(name: string): boolean {
  for (const part of name.split(/[_./-]/)) if (part !== '' && actingPart.test(part)) return true;
  return false;
}

/** Whether the step after the queuing `key` (ending at `from`) names a tool that acts, or hands a tool a credential file or a shell. */
function stepActs(text: string, key: string, from: number): boolean {
  const step = text.slice(from, from + window);
  // A key such as `next_calls` may hold the calls rather than a tool's name.
  const named = (namesTool.test(key) ? value.exec(step) : null) ?? toolName.exec(step);
  // A remedy given as a command or statement alone (`"fix": {"command": …}`) is a call of whatever runs it.
  if (named === null) return stepArgumentsAct(step, undefined) !== undefined;
  // A remedy (`fix`, `apply`, `recommended_call` …) is there to be applied: a tool that runs or writes is its
  // means, so only what it is handed counts (`npm ci` as a fix passes).
  const remedy = remedyKey.test(key);
  if (!remedy && acts(named[1]!)) return true;
  const args = step.slice(named.index);
  // A remedy that writes a project's .env file is setting it up, not handing the file away.
  const handsCredential = namesCredentialFile(args) && !(remedy && writesFiles(named[1]!));
  return handsCredential || runs.test(args) || stepArgumentsAct(args, named[1]) !== undefined;
}

/** Where a text (as a tool returned it) hands the model a next call as data (see above), or -1. */
export function handsNextCall(raw: string): number {
  if (!quick.test(raw)) return -1;
  // Lowered once with standing-sends.ts and seams.ts, which read the same parts (text/lower-head.ts).
  const text = lowerCased(raw);
  let keys = 0;
  for (let m = nextStepKey(text, 0); m !== null && keys < maxKeys; m = nextStepKey(text, m.index + m[0].length), keys++) {
    if (stepActs(text, m[0], m.index + m[0].length)) return m.index;
  }
  rpcCall.lastIndex = 0;
  keys = 0;
  for (let m = rpcCall.exec(text); m !== null && keys < maxKeys; m = rpcCall.exec(text), keys++) {
    // The request's `params` name the tool; a logged call of a tool that only reads is a fixture, not an order.
    const named = rpcName.exec(text.slice(m.index, m.index + window));
    if (named !== null && acts(named[1]!)) return m.index;
  }
  return -1;
}
