import { isRecord } from '../parse.js';

/**
 * Whether a change of a pinned tool is ordinary upkeep rather than a rug pull. Servers reword descriptions
 * and add optional parameters all the time; what makes a change dangerous is what it adds: an order to the
 * model, a place (a URL, an address, a host, a file path) or a secret the tool did not name before, an act
 * the tool did not do (send, delete, run), a limit it drops, or a default that points a call somewhere
 * else. A change reads as ordinary only when none of that is in it; anything this reader cannot read (other
 * scripts, long unbroken tokens) is not ordinary. Only what changed is read, so an old sentence never
 * counts against a new version, and a change is judged once per re-listed tool (text bounded below).
 */

/** Longest text read; a change past it is not called ordinary. */
const maxRead = 4096;

// Speaking to the model or ordering it about: who reads the description, and words that set a rule for it.
const addressesModel = /\b(?:you|your|yours|yourself|assistant|agent|model|llm|ai|must|always|never|ignore|instead|important|remember|ensure|make sure|do not|don't|please|should|before|prior to|silently|secretly|hidden|mention|tell)\b/;
// Secrets and what holds them.
const namesSecret = /\b(?:keys?|tokens?|secrets?|passwords?|passwd|passphrases?|credentials?|private|ssh|env|environment variables?|cookies?|sessions?|auth\w*|bearer|api[ _-]?key|mnemonic|seed|wallet|certificates?|pem|kubeconfig|vault)\b/;
// Acts that reach outside or change things: a tool that starts doing one of these does something new.
const namesAct = /\b(?:send\w*|sent|upload\w*|forward\w*|post\w*|e-?mail\w*|share\w*|publish\w*|sync\w*|mirror\w*|cop(?:y|ies|ied)|transfer\w*|exfiltrat\w*|report\w*|notif\w*|webhook\w*|delet\w*|remov\w*|drop\w*|destroy\w*|wipe\w*|purg\w*|overwrit\w*|exec\w*|run|runs|spawn\w*|shell|pay\w*|charg\w*|grant\w*|promot\w*|deploy\w*|production|prod|live|admin\w*|root|sudo|public)\b/;
// Places: a URL, an address, a host name, a path, an environment variable.
const namesPlace = /[a-z][a-z0-9+.-]*:\/\/|[\w.+-]+@[\w-]+\.[\w.-]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|app|dev|co|ai|xyz|me|sh|cloud|site|info|biz|ru|cn|tk|top|link|click)\b|[~$%]|(?:^|[\s('"`])\.{0,2}\/\w|\b\w+\/\w+\/|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/i;
// A limit stated in a sentence that was dropped: dropping it is not upkeep.
const statesLimit = /\b(?:only|never|not|no|none|without|read-only|readonly|confirm\w*|ask\w*|approv\w*|dry[ -]?run|preview|sandbox\w*|limit\w*|at most|max\w*)\b/;

/** Whether a text the change added reads as ordinary: plain words that order nothing and name nothing new. */
export function ordinaryText(text: string): boolean {
  if (text.length > maxRead) return false;
  // Another script, an invisible or unusual character: this reader cannot tell what it says.
  if (/[^\x20-\x7e\t\n\r\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/.test(text)) return false;
  // An unbroken run long enough to hold an encoded order.
  if (/[^\s]{40}/.test(text)) return false;
  if (namesPlace.test(text)) return false;
  const lower = text.toLowerCase();
  return !addressesModel.test(lower) && !namesSecret.test(lower) && !namesAct.test(lower);
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
 * stated a limit.
 */
export function ordinaryDescriptionChange(before: string, after: string): boolean {
  if (before.length > maxRead || after.length > maxRead) return false;
  // A description replaced rather than reworded (most of its words gone) says the tool does something else.
  const kept = new Set(after.toLowerCase().match(/[a-z0-9]+/g));
  const words = new Set(before.toLowerCase().match(/[a-z0-9]+/g));
  let found = 0;
  for (const w of words) if (kept.has(w)) found++;
  if (found * 2 < words.size) return false;
  const old = sentences(before);
  const next = sentences(after);
  for (const s of next) if (!old.has(s) && !ordinaryText(s)) return false;
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
