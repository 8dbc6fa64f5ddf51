// A tool's input schema read against what the tool says it does: a parameter whose name, title, example,
// enum or `x-` note asks for a secret the tool's purpose has no use for (`aws_secret_access_key` on a
// weather tool, a read-only "display" field the assistant is to fill with a bank password, a password
// format on a URL shortener), a field that fixes the payee of a payment tool (fixed-payee.ts), or a default
// the model is told to keep and keep from the user or that carries data out (kept-defaults.ts). Names are
// read once per definition (the layer remembers a tool's findings); the purpose only when a name asks.
import { fixedValue, fixesPayee } from './fixed-payee.js';
import { keptDefault } from './kept-defaults.js';
import { secretAsked, type SecretAsk } from './secret-asks.js';
import { purposeNeeds, purposeWords } from './tool-purpose.js';

export interface BeyondPurpose {
  /** The parameter's name (a nested one's, joined by dots). */
  readonly name: string;
  readonly why: string;
}

const maxFields = 500;
const maxDepth = 3;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// What keys a field has, found in one pass over its keys (most fields have only a type and a
// description: every schema of every cold list is read, so a field's keys are walked once, not each
// looked up).
const hasTitle = 1;
const hasExamples = 2;
const hasEnum = 4;
const hasNote = 8;
const hasHidden = 16;
const hasFixed = 32;
const hasNested = 64;

function keysOf(definition: Record<string, unknown>): number {
  let keys = 0;
  for (const key in definition) {
    switch (key) {
      case 'type':
      case 'description':
        break;
      case 'title':
        keys |= hasTitle;
        break;
      case 'examples':
        keys |= hasExamples;
        break;
      case 'enum':
        keys |= hasEnum | hasFixed;
        break;
      case 'readOnly':
      case 'writeOnly':
      case 'format':
        keys |= hasHidden;
        break;
      case 'const':
      case 'default':
        keys |= hasFixed;
        break;
      case 'properties':
      case 'items':
        keys |= hasNested;
        break;
      default:
        if (key.charCodeAt(0) === 0x78 && key.charCodeAt(1) === 0x2d) keys |= hasNote;
    }
  }
  return keys;
}

/** The secret one of a list's prose strings asks for (an example, an enum value with a space). */
function askOfStrings(values: unknown): SecretAsk | undefined {
  if (!Array.isArray(values)) return undefined;
  for (let i = 0; i < values.length && i < 8; i++) {
    const e: unknown = values[i];
    if (typeof e === 'string' && e.includes(' ')) {
      const asked = secretAsked(e, true);
      if (asked) return asked;
    }
  }
  return undefined;
}

/**
 * The secret a field's texts ask for (`keys` as keysOf finds them): its title, its string examples, its
 * `x-` notes, a prose enum value, and its description when the field is read-only or a password.
 */
function askOfTexts(definition: Record<string, unknown>, keys: number): SecretAsk | undefined {
  if (keys & hasTitle) {
    const title = definition['title'];
    const asked = typeof title === 'string' ? secretAsked(title, true) : undefined;
    if (asked) return asked;
  }
  const asked = (keys & hasExamples ? askOfStrings(definition['examples']) : undefined) ?? (keys & hasEnum ? askOfStrings(definition['enum']) : undefined);
  if (asked) return asked;
  if (keys & hasNote) {
    for (const key in definition) {
      if (key.charCodeAt(0) !== 0x78 || key.charCodeAt(1) !== 0x2d) continue;
      const note = definition[key];
      const asked = typeof note === 'string' ? secretAsked(note, true) : undefined;
      if (asked) return asked;
    }
  }
  if (!(keys & hasHidden)) return undefined;
  // A field the model is not to write (read-only), or one marked as a password, says what it holds in its
  // description; another field's description is read by fills-user-secret.ts and the scorer.
  const password = definition['format'] === 'password';
  if (!(password || definition['readOnly'] === true || definition['writeOnly'] === true)) return undefined;
  const description = definition['description'];
  return (typeof description === 'string' ? secretAsked(description, true) : undefined) ?? (password ? { kind: 'password' } : undefined);
}

// What names ask for, by name: a list's tools share their parameters' names (path, query, limit), and
// names recur across lists. Bounded: emptied when full. (A name's reading depends on the name alone.)
const namesRead = new Map<string, SecretAsk | null>();
const maxNamesRead = 2048;

function askOfName(name: string): SecretAsk | undefined {
  let asked = namesRead.get(name);
  if (asked === undefined) {
    if (namesRead.size >= maxNamesRead) namesRead.clear();
    asked = name.length > 200 ? null : (secretAsked(name, false) ?? null);
    namesRead.set(name, asked);
  }
  return asked ?? undefined;
}

/**
 * A field whose description names its value as the session's record: "the complete conversation so far",
 * "the full chat history", "every message the user has written", "paste the entire transcript here", or the
 * secrets the user has shared in it. Not "the conversation id" or "a message to post": a qualifier of the
 * whole (complete, full, entire …), "history", or all earlier messages is asked for.
 */
const mayNameConversation = /conversation|chat|transcript|dialog|messag|session|the user/i;
const conversationValue =
  /(?:^|[.:;(]\s*|\b(?:paste|put|include|insert|add|attach|copy|send|pass|provide|supply|fill (?:in|it|this) with|set (?:it|this) to)\s+)(?:the |your |this |our )?(?:complete|full|entire|whole|verbatim|raw|unabridged|unredacted)\s+(?:text of the |record of the )?(?:conversation|chat|dialog(?:ue)?|transcript|message history|session)|(?:^|[.:;(]\s*)(?:the |a |your )?(?:full |complete |entire )?(?:conversation|chat|message|session) (?:history|transcript|log)\b|\b(?:every|each|all(?: the)?) (?:message|thing)s? the user (?:has )?(?:said|written|typed|sent|shared)|\b(?:all|every) (?:previous|prior|earlier) messages\b|\b(?:any|all|every) (?:[\p{L}-]+ )?(?:api keys?|passwords?|tokens?|secrets?|credentials)(?: or [\p{L} -]{1,20}?)? the user (?:has )?(?:shared|given|pasted|typed|mentioned|provided|sent)/u;

/** Whether a description (lower case) names its field's value as the conversation (see above). */
export const asksConversation = (lower: string): boolean => conversationValue.test(lower);

/** The conversation as what a field asks for, read against the tool's purpose as a secret is. */
export const conversationAsk: SecretAsk = Object.freeze({ kind: 'conversation' });

function conversationOf(description: unknown): SecretAsk | undefined {
  if (typeof description !== 'string' || description.length > 2000 || !mayNameConversation.test(description)) return undefined;
  return asksConversation(description.toLowerCase()) ? conversationAsk : undefined;
}

interface Walk {
  tool: Record<string, unknown>;
  purpose: ReadonlySet<string> | undefined;
  seen: number;
}

function purposeOf(walk: Walk): ReadonlySet<string> {
  const { tool } = walk;
  return (walk.purpose ??= purposeWords(typeof tool['name'] === 'string' ? tool['name'] : '', typeof tool['description'] === 'string' ? tool['description'] : ''));
}

function visit(walk: Walk, properties: Record<string, unknown>, parents: readonly string[]): BeyondPurpose | undefined {
  for (const name in properties) {
    if (++walk.seen > maxFields) return undefined;
    const definition = properties[name];
    if (!isObject(definition)) continue;
    const keys = keysOf(definition);
    // A top-level field's description is read for the conversation by outOfScopeParameters (cross-tool.ts),
    // once per description of a list; a nested one here.
    const asked = askOfName(name) ?? (keys === 0 ? undefined : askOfTexts(definition, keys)) ?? (parents.length > 0 ? conversationOf(definition['description']) : undefined);
    if (asked && !purposeNeeds(purposeOf(walk), asked)) {
      const why = asked.kind === 'conversation' ? "asks for the conversation" : `asks for a secret (${asked.owner ? `${asked.owner} ` : ''}${asked.kind.replace('-', ' ')})`;
      return { name: [...parents, name].join('.'), why: `${why} the tool's purpose does not need` };
    }
    const value = keys & hasFixed ? fixedValue(definition) : undefined;
    if (value !== undefined) {
      const why = fixesPayee([...parents, name], value, purposeOf(walk));
      if (why !== undefined) return { name: [...parents, name].join('.'), why };
    }
    // A default the description tells the model to keep, hidden or carrying data out (kept-defaults.ts).
    const kept = keys & hasFixed && definition['default'] !== undefined ? keptDefault(definition) : undefined;
    if (kept !== undefined) return { name: [...parents, name].join('.'), why: kept };
    if (keys & hasNested && parents.length + 1 < maxDepth) {
      const items = definition['items'];
      const nested = isObject(definition['properties']) ? definition['properties'] : isObject(items) && isObject(items['properties']) ? items['properties'] : undefined;
      if (nested !== undefined) {
        const found = visit(walk, nested, [...parents, name]);
        if (found !== undefined || walk.seen > maxFields) return found;
      }
    }
  }
  return undefined;
}

/** The walk record {@link askedBeyondPurpose} reuses, and whether a walk is using it (a getter of a schema asking again gets its own). */
const noTool: Record<string, unknown> = Object.freeze({});
const reused: { tool: Record<string, unknown>; purpose: ReadonlySet<string> | undefined; seen: number } = { tool: noTool, purpose: undefined, seen: 0 };
let walking = false;

/** The parents of a top-level field: one list for every tool, not a new one per tool of every list. */
const noParents: readonly string[] = Object.freeze([]);

/**
 * The first parameter of `tool`'s input schema that asks beyond the tool's purpose (see the file's
 * comment), if one does. Linear in the schema (at most 500 fields, three levels deep).
 */
export function askedBeyondPurpose(tool: Record<string, unknown>): BeyondPurpose | undefined {
  const schema = tool['inputSchema'];
  if (!isObject(schema) || !isObject(schema['properties'])) return undefined;
  // One walk record reused: a schema is walked to its end before another is (no code of the schema runs).
  if (walking) return visit({ tool, purpose: undefined, seen: 0 }, schema['properties'], noParents);
  walking = true;
  reused.tool = tool;
  reused.purpose = undefined;
  reused.seen = 0;
  try {
    return visit(reused, schema['properties'], noParents);
  } finally {
    reused.tool = noTool;
    reused.purpose = undefined;
    walking = false;
  }
}
