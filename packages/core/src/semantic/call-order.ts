// The order in which a server's tools are used, asked of the model: "You must call list_tables before
// run_query", "Always call describe_table first to learn the columns", "call browser_snapshot after each
// navigation". It obliges the model and names a call, as tool poisoning does, but the call only reads or
// prepares (lists, describes, looks up, opens), or keeps the work before another of the server's calls ("call
// save_draft before send_email"), and its place is a step of the work at hand. It is an order
// to reckon with when the call acts on its own (sends, writes, deletes, runs), when its place is every step
// of the model's work ("before any other tool", "before each answer"; "before answering" only for a call that
// does not search for what the answer rests on), or when the sentence asks for more
// (a secret, an address to send to, something kept from the user). Tool metadata whose only order is such
// a sentence is read again with it blanked, as with a tool's own clean-up (see own-cleanup.ts).
import { Cue, cuesOf } from './cues.js';
import { identifierPattern, namesFile, routineCallAsksMore } from './own-cleanup.js';
import { foldedWords } from '../text/name-words.js';

/** Verbs of a call that only reads, looks up or prepares the work. */
const preparing = new Set(['list', 'ls', 'describe', 'get', 'read', 'search', 'find', 'lookup', 'show', 'view', 'inspect', 'check', 'validate', 'preview', 'snapshot', 'screenshot', 'init', 'initialize', 'setup', 'login', 'authenticate', 'auth', 'connect', 'open', 'start', 'select', 'load', 'count', 'ping', 'status', 'schema', 'info', 'help', 'explain', 'resolve', 'query', 'browse', 'navigate', 'wait', 'refresh', 'sync', 'health', 'version', 'whoami', 'tables', 'columns', 'metadata']);
/** Verbs that make a call act on its own, wherever they stand in its name. */
const acting = new Set(['send', 'post', 'upload', 'email', 'mail', 'share', 'export', 'forward', 'transfer', 'publish', 'push', 'delete', 'remove', 'drop', 'destroy', 'write', 'exec', 'execute', 'eval', 'run', 'shell', 'install', 'pay', 'grant', 'invite', 'approve', 'update', 'set', 'put', 'patch', 'create', 'save', 'store', 'submit', 'report', 'log', 'notify', 'message', 'call', 'invoke', 'token', 'secret', 'key', 'password', 'credential', 'credentials', 'env', 'file', 'files']);
/** Where a call is placed: before, after or first, relative to a step (in Chinese and Japanese too: 调用前, 先, まず). */
const placed = /\b(?:before|after|first|prior to|once|then|beforehand)\b|[先前后後]|まず/;
/**
 * In Chinese and Japanese, which the English words below do not read: every step or every tool (每, 任何,
 * 所有, 其他, すべて), or more than a call (sending, passing in, including, pasting; a key, a password, a token).
 */
const cjkAsksMore = /[每任所其毎]|すべて|发送|發送|传入|傳入|包含|粘贴|附加|填入|转发|送信|含め|貼り付|密码|密碼|密钥|令牌|パスワード|トークン/;
/** Between two names of one list ("before calling browser_click or browser_type"): the second stands where the first does. */
const listedWith = /^`?\s*(?:,|\/|or|and)\s*`?$/;
/** A place that is every step of the model's work, not a step of this tool's. */
export const everyStep = /\b(?:any|every|each|all)\s+(?:other\s+|of\s+(?:the|your)\s+)?(?:tools?|functions?|requests?|responses?|answers?|messages?|replies|reply|turns?|conversations?|chats?|tasks?|actions?|steps?|prompts?|interactions?)\b|\bother tools?\b|\b(?:every|each)\s+time\b/;
/** The model's answer as the place ("before answering the user"): every step too, unless the call finds what the answer rests on. */
const answering = /\b(?:respond|responding|answer|answering|reply|replying)\b/;
/** Verbs of a call that finds what an answer rests on (`search_docs` before answering grounds the answer, as a search tool is for). */
const grounding = new Set(['search', 'find', 'lookup', 'query', 'retrieve']);
/** Verbs of a call that keeps the work at hand (a draft, a note, a record) and acts on nothing besides. */
const keeping = new Set(['save', 'store', 'create', 'update', 'set', 'put', 'patch']);
/** What a keeping call may not keep: who may act or where things go. */
const guarded = new Set(['admin', 'user', 'account', 'role', 'permission', 'acl', 'policy', 'rule', 'webhook', 'hook', 'forward', 'forwarding', 'redirect', 'recipient', 'member', 'owner', 'access', 'auth', 'ssh', 'email', 'address', 'endpoint', 'url', 'proxy', 'config', 'setting']);
/** A second order that moves what the call gave ("include it in the sql", "pass it as the query", "paste it into"): more than a call. */
const movesData = /\b(?:include|includes|pass|put|paste|insert|append|embed|attach|copy|fill|send|forward|post|share|store|save|write|add)\b/;
/** A call handed data. */
const handsData = /\b(?:with|containing|holding)\b/;
/**
 * Words after which a name is the step a call is placed by, not the call ("before using X"); a name after a
 * bare "using" or "calling" is the call itself ("first perform a web search using brave_web_search").
 */
const placing = /\b(?:(?:before|after|prior to|until|once)\s+(?:(?:using|calling|running|invoking)\s+)?|(?:with|than)\s+)(?:the\s+|a\s+|an\s+|any\s+)?(?:`)?$/;

/** Whether a tool name's word, or the word it is the plural of, is in `set`. */
const isIn = (word: string, set: ReadonlySet<string>): boolean => set.has(word) || (word.endsWith('s') && set.has(word.slice(0, -1)));
const hasWord = (words: readonly string[], set: ReadonlySet<string>): boolean => words.some((w) => isIn(w, set));

/**
 * Whether a sentence (as written) asks the model only to call, at a step of the work at hand, tools that
 * read or prepare it, and nothing besides. A call that keeps the work (`save_draft`) is routine only when
 * its place is another named call of the server ("before send_email"): an order between the server's own tools.
 */
export function asksCallInOrder(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const cues = cuesOf(lower);
  if (!(cues & Cue['call-tool']) || routineCallAsksMore(cues) || !placed.test(lower) || everyStep.test(lower) || movesData.test(lower) || cjkAsksMore.test(lower)) return false;
  const beforeAnswer = answering.test(lower);
  let called = 0;
  let keeps = false;
  let placedByCall = false;
  let placeEnd = -1;
  const identifier = identifierPattern();
  for (let m = identifier.exec(sentence); m !== null; m = identifier.exec(sentence)) {
    const name = m[1] ?? m[2]!;
    // A file name or a URL's host is no tool: a sentence that names one asks more than a call.
    if (namesFile(name)) return false;
    if (placing.test(lower.slice(Math.max(0, m.index - 24), m.index)) || (placeEnd >= 0 && m.index - placeEnd <= 8 && listedWith.test(lower.slice(placeEnd, m.index).trim()))) {
      placedByCall = true;
      placeEnd = m.index + m[0].length;
      continue;
    }
    placeEnd = -1;
    const words = foldedWords(name);
    if (beforeAnswer && !hasWord(words, grounding)) return false;
    const acts = words.filter((w) => isIn(w, acting));
    if (acts.length > 0 && acts.every((w) => keeping.has(w)) && !hasWord(words, guarded)) keeps = true;
    else if (acts.length > 0 || !words.some((w) => preparing.has(w))) return false;
    called++;
  }
  // What a keeping call is handed ("with the user's notes") is data moved into what it keeps.
  return called > 0 && (!keeps || (placedByCall && !handsData.test(lower)));
}

/**
 * A tool that does in one call what several calls of finer tools do (a form filler preferred to separate
 * calls that type into each field): preferred to a number of calls, not ranked above other tools.
 */
const batches = /\bprefer (?:this|it)(?: tool| function)? (?:over|to|instead of|rather than) (?:multiple|several|many|repeated|separate|individual|successive|consecutive)\b[^.;]{0,60}?\bcalls?\b/;

/** Whether a sentence asks only that one call of this tool be preferred to several finer calls, and nothing besides. */
export function prefersOneCall(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return batches.test(lower) && !routineCallAsksMore(cuesOf(lower) & ~Cue.persuasion);
}
