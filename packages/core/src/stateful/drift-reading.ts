import { isRecord } from '../parse.js';
import { foreignAsks } from './foreign-statements.js';

/**
 * Whether a change of a pinned tool is ordinary upkeep rather than a rug pull. Servers reword descriptions
 * and add optional parameters all the time; what makes a change dangerous is what it adds: an order to the
 * model, a place (a URL, an address, a host, a file path) or a secret the tool did not name before, an act
 * the tool did not do (send, delete, run), a limit it drops, or a default that points a call somewhere
 * else. A change reads as ordinary only when none of that is in it; anything this reader cannot read
 * (invisible characters, look-alike letters, long unbroken tokens) is not ordinary, and another language is
 * read with the semantic readers' lexicon. Only what changed is read (the sentences added, and in them the
 * words the old text did not hold), so an old sentence or word never counts against a new version, and a
 * change is judged once per re-listed tool (text bounded below).
 */

/** Longest text read; a change past it is not called ordinary. */
const maxRead = 4096;

// Speaking to the model or ordering it about: who reads the description, and words that set a rule for it.
const addressesModel = /\b(?:you|your|yours|yourself|assistant|agent|model|llm|ai|must|always|never|ignore|instead|important|remember|ensure|make sure|do not|don't|please|should|before|prior to|silently|secretly|hidden|mention|tell)\b/;
// Secrets and what holds them.
const namesSecret = /\b(?:keys?|tokens?|secrets?|passwords?|passwd|passphrases?|credentials?|private|ssh|env|environment variables?|cookies?|sessions?|auth\w*|bearer|api[ _-]?key|mnemonic|seed|wallet|certificates?|pem|kubeconfig|vault)\b/;
// A key of the keyboard (modifier keys, key handlers, key presses): a typing tool's word, not a secret.
const keyboardKey = /\b(?:(?:modifier|arrow|function|hot|navigation|special|enter|escape|tab|shift|ctrl|control|alt|meta) keys?|keys? (?:handlers?|events?|press\w*|strokes?|down|up|codes?|bindings?|combinations?|combos?|shortcuts?|listeners?|repeats?))\b/g;
// What an app or a link loses on its own (keystrokes, characters, frames dropped when they come too fast): a
// typing or capture tool's word for a fault it works around, not a delete the tool does.
const lostInTransit = /\bdrop(?:s|ped|ping)? (?:fast |quick |rapid |some |the )?(?:keystrokes?|key ?presses|keys|characters|chars|input|input events|frames|packets)\b/g;
// Acts that reach outside or change things: a tool that starts doing one of these does something new. A
// push, a merge, an approval, a force or a bypass gets past a review the tool never did.
const namesAct = /\b(?:send\w*|sent|upload\w*|forward\w*|post\w*|e-?mail\w*|share\w*|publish\w*|sync\w*|mirror\w*|cop(?:y|ies|ied)|transfer\w*|exfiltrat\w*|report\w*|notif\w*|webhook\w*|delet\w*|remov\w*|drop\w*|destroy\w*|wipe\w*|purg\w*|overwrit\w*|exec\w*|run|runs|spawn\w*|shell|pay\w*|charg\w*|grant\w*|promot\w*|deploy\w*|production|prod|live|admin\w*|root|sudo|public|push\w*|merg\w*|force\w*|approv\w*|bypass\w*)\b/;
// Places: a URL, an address, a host name, a path, an environment variable.
const namesPlace = /[a-z][a-z0-9+.-]*:\/\/|[\w.+-]+@[\w-]+\.[\w.-]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|app|dev|co|ai|xyz|me|sh|cloud|site|info|biz|ru|cn|tk|top|link|click)\b|[~$%]|(?:^|[\s('"`])\.{0,2}\/\w|\b\w+\/\w+\/|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/i;
// A limit stated in a sentence that was dropped: dropping it is not upkeep.
const statesLimit = /\b(?:only|never|not|no|none|without|read-only|readonly|confirm\w*|ask\w*|approv\w*|dry[ -]?run|preview|sandbox\w*|limit\w*|at most|max\w*)\b/;

// Characters no reader here reads: controls, invisible format characters, private use, unassigned.
// eslint-disable-next-line no-control-regex -- control characters are what this reader cannot read
const unreadable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;
// A word whose letters mix Latin with another script: a look-alike hiding an English word from the lists above.
const mixedWord = /\p{Script=Latin}\p{M}*[^\s\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]|[^\s\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]\p{M}*\p{Script=Latin}/u;
// Letters of any script but Latin: text the foreign lexicon reads (see foreign-statements.ts).
const otherScript = /[^\P{L}\p{Script=Latin}]/u;
const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const tokenEdges = /^[("'`\u2018\u201c\u00ab]+|[)"'`\u2019\u201d\u00bb.,;:!?]+$/g;
const noWords: ReadonlySet<string> = new Set();

/** A word less its inflection ("pushes", "pushed", "pushing": "push"), so a verb the old text held reworded to another form adds no act. */
const stem = (w: string): string => (w.length > 4 ? w.replace(/(?:es|s|ed|ing)$/, '') : w);
/** The lower-case words of a text (an apostrophe inside a word kept, typographic ones folded). */
const wordsOf = (text: string): string[] => text.toLowerCase().replace(/\u2019/g, "'").match(wordPattern) ?? [];
/** The whitespace-separated tokens of a text, quotes and closing punctuation trimmed. */
const tokensOf = (text: string): string[] => text.split(/\s+/).map((t) => t.replace(tokenEdges, '')).filter((t) => t !== '');

/**
 * Whether a sentence a change added reads as ordinary, judged by what it adds: its words and tokens that the
 * old description did not hold (`oldWords`, `oldTokens`) must order nothing and name no place, secret or
 * act, so a sentence reworded around "your notes" of the old text is not read as speaking to the model.
 * Words the old text held are cut out rather than dropped, so a phrase is never joined across them.
 */
function ordinaryAddition(text: string, oldWords: ReadonlySet<string>, oldTokens: ReadonlySet<string>): boolean {
  if (text.length > maxRead) return false;
  if (unreadable.test(text)) return false;
  // An unbroken run long enough to hold an encoded order.
  if (/[^\s]{40}/.test(text)) return false;
  const newTokens = tokensOf(text).filter((t) => !oldTokens.has(t));
  if (newTokens.some((t) => mixedWord.test(t))) return false;
  if (namesPlace.test(newTokens.join(' '))) return false;
  const added = wordsOf(text).map((w) => (oldWords.has(w) || oldWords.has(stem(w)) ? '|' : w)).join(' ');
  if (addressesModel.test(added) || namesSecret.test(added.includes('key') ? added.replace(keyboardKey, '|') : added) || namesAct.test(added.includes('drop') ? added.replace(lostInTransit, '|') : added)) return false;
  // Another script: a statement only when it names no secret and asks nothing, in the languages read.
  return !otherScript.test(text) || !foreignAsks(text.toLowerCase());
}

/** Whether a text the change added reads as ordinary: plain words that order nothing and name nothing new. */
export function ordinaryText(text: string): boolean {
  return ordinaryAddition(text, noWords, noWords);
}
/**
 * Whether a tool's title changed from `before` to `after` by ordinary upkeep: what it added reads as
 * ordinary (see {@link ordinaryText}, the old title's words cut out) and it dropped no limit. A title is a
 * few words, so one replaced outright ("Search" → "Find notes") is upkeep too, unlike a description.
 */
export function ordinaryTitleChange(before: string, after: string): boolean {
  if (before.length > maxRead || after.length > maxRead) return false;
  const oldWords = new Set(wordsOf(before).flatMap((w) => [w, stem(w)]));
  if (!ordinaryAddition(after, oldWords, new Set(tokensOf(before)))) return false;
  return !statesLimit.test(before.toLowerCase()) || statesLimit.test(after.toLowerCase());
}

/** The sentences of a description, trimmed and with runs of spaces folded, as a set. */
function sentences(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of text.split(/(?<=[.!?;:])\s+|\n+/)) {
    const t = s.replace(/\s+/g, ' ').trim();
    if (t) out.add(t);
  }
  return out;
}

/**
 * Whether a description changed from `before` to `after` by ordinary upkeep: it keeps at least half of the
 * old words, every sentence it added reads as ordinary (see {@link ordinaryText}) and no sentence it dropped
 * stated a limit. `parameters` are the tool's own parameter names: a sentence naming one (`Set delay_ms …`)
 * documents the tool's input, not a place (a new parameter is judged apart, by ordinaryNewParameters).
 */
export function ordinaryDescriptionChange(before: string, after: string, parameters: readonly string[] = []): boolean {
  if (before.length > maxRead || after.length > maxRead) return false;
  // A description replaced rather than reworded (most of its words gone) says the tool does something else.
  const kept = new Set(after.toLowerCase().match(/[a-z0-9]+/g));
  const words = new Set(before.toLowerCase().match(/[a-z0-9]+/g));
  let found = 0;
  for (const w of words) if (kept.has(w)) found++;
  if (found * 2 < words.size) return false;
  const old = sentences(before);
  const next = sentences(after);
  const oldWords = new Set(wordsOf(before).flatMap((w) => [w, stem(w)]));
  const oldTokens = new Set([...tokensOf(before), ...parameters]);
  for (const s of next) if (!old.has(s) && !ordinaryAddition(s, oldWords, oldTokens)) return false;
  for (const s of old) if (!next.has(s) && statesLimit.test(s.toLowerCase())) return false;
  return true;
}

/** Every string a schema value holds (descriptions, titles, defaults, enum values, examples), depth-bounded. */
function strings(value: unknown, out: string[], depth = 0): boolean {
  if (depth > 16 || out.length > 256) return false;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) {
    for (const v of value) if (!strings(v, out, depth + 1)) return false;
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      if (!strings(v, out, depth + 1)) return false;
    }
  }
  return true;
}

/**
 * The properties `after` adds to `before` at its top level when they are the only way it accepts more, else
 * undefined: `widened(before, afterWithoutThem)` must be false (no requirement, bound, enum value or type
 * dropped besides).
 */
export function addedPropertiesOnly(before: unknown, after: unknown, widened: (b: unknown, a: unknown) => boolean): Record<string, unknown> | undefined {
  if (!isRecord(before) || !isRecord(after) || !isRecord(after['properties'])) return undefined;
  const known = isRecord(before['properties']) ? before['properties'] : {};
  const added: Record<string, unknown> = {};
  const kept: Record<string, unknown> = {};
  let any = false;
  for (const [name, schema] of Object.entries(after['properties'])) {
    if (Object.hasOwn(known, name)) kept[name] = schema;
    else {
      added[name] = schema;
      any = true;
    }
  }
  if (!any || widened(before, { ...after, properties: kept })) return undefined;
  return added;
}

/**
 * Whether the parameters a schema gained are ordinary: each one's name, description, title, default, enum
 * values and examples read as ordinary text (see {@link ordinaryText}). A new parameter that asks for a
 * secret, names a place, or defaults to (or offers) a production, public or admin target widens what the
 * tool reaches; one that picks a region, a page size or a thread does not.
 */
export function ordinaryNewParameters(added: Record<string, unknown>): boolean {
  for (const [name, schema] of Object.entries(added)) {
    const texts: string[] = [name.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2')];
    if (!strings(schema, texts)) return false;
    for (const t of texts) if (!ordinaryText(t)) return false;
  }
  return true;
}
