// Cross-tool analysis of `tools/list` answers: a tool that near-duplicates another one (a name variant
// with the same description: shadow copy, typosquat), one name offered by two servers of a session, and
// a description that names another tool and gives orders about it (shadowing, redirection, dependency
// injection). Tools are compared with the others of the same answer, of the session's other servers, and
// with what the same server listed earlier.
import { LRUCache } from 'lru-cache';

import { type CacheBounds, noCaches, RecentDefinitions } from '../recent.js';
import { listsOwnKeysOnly } from '../records.js';
import { keptReading, type Readings } from '../values/scanned.js';
import type { DefinitionKey } from '../state/definitions.js';
import { asksConversation } from './beyond-purpose.js';
import { Cue, cuesOf } from './cues.js';
import { offeredWords } from './documents.js';
import { fillsUserSecretLower, mayNameAi } from './fills-user-secret.js';
import { asksSecretValue, fieldNamesSecret, secretField } from './secret-value-field.js';
import { withoutStatedRequirement } from './usage.js';
import { readPlain, readText, spellsOnlyLetters } from './reading.js';
import { splitSentences } from './sentences.js';

export interface KnownTool {
  readonly name: string;
  /** Its description, with the word set near-duplicate checks compare. */
  readonly words: Words;
  /** The name's keys in a variant index (see variantKeys), computed once. */
  readonly keys: readonly string[];
}

export interface CrossToolFinding {
  readonly index: number;
  readonly rule: 'cross-tool/duplicate-tool' | 'cross-tool/name-collision' | 'cross-tool/shadowing';
  readonly message: string;
  readonly evidence: string;
}

export interface ToolText {
  readonly name: string;
  readonly description: string;
  /** The key of the definition they were read from, if it has one: what is read of it is remembered by it. */
  readonly definition?: DefinitionKey | undefined;
}

export interface InventoryLimits {
  /** Servers and sessions remembered (least recently used first out). */
  readonly maxEntries: number;
  /** Tools remembered per server or session. */
  readonly maxToolsPerEntry: number;
}

const affixes = /(?:^|_)(?:v\d+|new|pro|plus|official|secure|safe|fast|latest|beta|alt|copy|ext|extended|enhanced|improved|updated|real|true|\d+)(?=_|$)/g;

/** A tool name reduced to its words: case, separators and version-like affixes dropped. */
export function nameCore(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(affixes, '')
    .replace(/_+/g, '');
}

/** Levenshtein distance, stopping early above `limit` (names are short; linear in practice). */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu)?.slice(0, 400) ?? []);
}

/** Jaccard similarity of two word sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The name without case and separators (two names equal here differ in spelling only). */
const plain = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Keys under which a name is indexed: its core and, for long cores, the core with one letter dropped (exported for a test). */
export function variantKeys(name: string): string[] {
  const core = nameCore(name);
  if (core.length < 4) return [];
  const keys = [core];
  if (core.length >= 8) for (let i = 0; i < core.length; i++) keys.push(`${core.slice(0, i)}\u0000${core.slice(i + 1)}`);
  return keys;
}

function variantNames(a: string, b: string): boolean {
  // Only spelling (case, separators) apart: servers that offer calculate_BMI and calculate_bmi exist.
  if (plain(a) === plain(b)) return false;
  const ca = nameCore(a);
  const cb = nameCore(b);
  return ca.length >= 4 && (ca === cb || (Math.min(ca.length, cb.length) >= 8 && editDistance(ca, cb) <= 1));
}

const orderCues = Cue.obligation | Cue['tool-order'] | Cue['status-claim'] | Cue['parameter-override'] | Cue.secrecy | Cue['network-send'];
// Names a clause can mention: identifiers with a separator or a capital (send_email, sendEmail), or long ones.
const identifier = /[\p{L}\p{N}][\p{L}\p{N}_.-]*[\p{L}\p{N}]/gu;
const statusWord = /\b(?:deprecated|retired|discontinued|decommissioned|disabled|no longer|replaced|superseded|renamed|migrated|out of service|maintenance)\b/;
// A regex literal in a function is a new object each call: this test runs for every tool of every list.
const separatedName = /[_.-]|[a-z][A-Z]/;
const distinctive = (name: string): boolean => separatedName.test(name) || name.length >= 12;

/** One clause of a description, with the identifiers it holds, in order. */
interface Clause {
  readonly text: string;
  readonly identifiers: readonly string[];
}

/** A description and, once a comparison needs it, its word set (tools kept per server hold only this). */
interface Words {
  readonly description: string;
  set: ReadonlySet<string> | undefined;
}

/**
 * What the checks read of one description (its words too: one object, not two), each part made when first
 * needed; servers send the same descriptions every session. Every field is there from the start: one
 * added later cost the object a store of properties of its own (the first sight of every description sets `seen`).
 */
interface DescriptionFacts extends Words {
  /** Its clauses (a list of one tool names no other), split and kept from the second sight on. */
  clauses: readonly Clause[] | undefined;
  /** Whether a first sight split nothing (the text read then is not kept: most descriptions are not seen again). */
  seen: boolean;
}

const factsOf = (description: string): DescriptionFacts => ({ description, set: undefined, clauses: undefined, seen: false });
const wordsIn = (words: Words): ReadonlySet<string> => (words.set ??= wordsOf(words.description));

function clausesOf(text: string): Clause[] {
  return splitSentences(text).map((sentence) => ({ text: sentence.text, identifiers: sentence.text.match(identifier) ?? [] }));
}

// Past this many listed names, looking for each one in a description costs more than splitting it.
const maxNamesLookedFor = 64;

/**
 * The names a list's descriptions are searched for, sorted once per list by whether they hold an
 * underscore: most names are snake_case, and prose seldom holds an underscore unless it names something,
 * so a description without one is searched for the other names only.
 */
export class ListedNames {
  readonly #names: ReadonlyMap<string, string>;
  readonly #plain: readonly string[];
  readonly #underscored: readonly string[];
  #leetSpellsNone: boolean | undefined;
  /** Whether every name is looked for and holds `_` (snake_case, most lists). */
  readonly underscoredOnly: boolean;

  constructor(names: ReadonlyMap<string, string>) {
    this.#names = names;
    const plain: string[] = [];
    const underscored: string[] = [];
    // Past this many, every description is split (see mayName): the names are not sorted.
    if (names.size <= maxNamesLookedFor) for (const name of names.keys()) (name.includes('_') ? underscored : plain).push(name);
    this.#plain = plain;
    this.#underscored = underscored;
    this.underscoredOnly = names.size <= maxNamesLookedFor && plain.length === 0;
  }

  /**
   * Whether `text` may name a listed tool other than `own`: a clause's identifiers are parts of the text,
   * so a description holding none of the names needs no splitting (most descriptions of a list).
   */
  mayName(text: string, own: string): boolean {
    if (this.#names.size > maxNamesLookedFor) return true;
    if (includesOther(text, own, this.#plain)) return true;
    return this.#underscored.length > 0 && text.includes('_') && includesOther(text, own, this.#underscored);
  }

  /** Whether no name could be read out of leetspeak (see descriptionMayNameOther). */
  get leetSpellsNone(): boolean {
    return (this.#leetSpellsNone ??= leetSpellsNoneOf(this.#names));
  }
}

function includesOther(text: string, own: string, names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) if (names[i] !== own && text.includes(names[i]!)) return true;
  return false;
}

// Leetspeak is spelled in place (text/encoded-prose.ts), a word's digits turned to the letters a e i o s t:
// a name without one of them is never spelled out of it, and a text without a leet digit next to a letter
// spells nothing.
const leetSpellable = /[aeiost]/;
const mayHoldLeet = /[a-z][013457@$]|[013457@$][a-z]/i;
const maxRead = 16 * 1024;

/**
 * Whether the text a model reads in `description` (readText, at most 16 Ki) may name a listed tool other
 * than `own` (see {@link ListedNames.mayName}), read only as far as that needs (exported for a test): a description whose
 * reading changes only its case is searched as it is, unless leetspeak spelled out of it could hold a name
 * (`leetSpellsNone`: no listed name is made of what it is made of).
 */
export function descriptionMayNameOther(description: string, own: string, names: ReadonlyMap<string, string> | ListedNames, leetSpellsNone: boolean): boolean {
  const listed = names instanceof ListedNames ? names : new ListedNames(names);
  const raw = description.length > maxRead ? description.slice(0, maxRead) : description;
  // A description without `_` whose reading spells nothing but letters anew names none of such names (no plain
  // reading made: the instruction analysis decides its own by its clauses, see pieces.ts).
  if (listed.underscoredOnly && !raw.includes('_') && spellsOnlyLetters(raw)) return false;
  const plain = leetSpellsNone || !mayHoldLeet.test(raw) ? readPlain(raw) : undefined;
  return listed.mayName(plain ?? readText(raw, maxRead).text, own);
}

/** Whether no name of `names` could be read out of leetspeak (see descriptionMayNameOther). */
export const leetSpellsNoneOf = (names: ReadonlyMap<string, string>): boolean => {
  for (const name of names.keys()) if (leetSpellable.test(name)) return false;
  return true;
};

/** The first identifier of a clause that names a listed tool other than `own`. */
function otherName(clause: Clause, own: string, names: ReadonlyMap<string, string>): string | undefined {
  for (const id of clause.identifiers) if (id !== own && names.has(id)) return id;
  return undefined;
}

const isTwin = (known: KnownTool, name: string, words: Words): boolean => variantNames(known.name, name) && similarity(wordsIn(known.words), wordsIn(words)) >= 0.6;

/**
 * Tools indexed by name core (and one-letter-dropped variants) for near-duplicate lookups. A key held by
 * one tool maps to it, by more to a list of at most 16: a server's index is kept as long as the server is,
 * and most of its keys (a dozen per name) belong to one tool.
 */
class VariantIndex {
  readonly #byKey = new Map<string, KnownTool | KnownTool[]>();
  add(tool: KnownTool): void {
    for (const key of tool.keys) {
      const held = this.#byKey.get(key);
      if (held === undefined) this.#byKey.set(key, tool);
      else if (!Array.isArray(held)) this.#byKey.set(key, [held, tool]);
      else if (held.length < 16) held.push(tool);
    }
  }
  twinOf(name: string, keys: readonly string[], words: Words): KnownTool | undefined {
    for (const key of keys) {
      const held = this.#byKey.get(key);
      if (held === undefined) continue;
      if (!Array.isArray(held)) {
        if (isTwin(held, name, words)) return held;
        continue;
      }
      for (const k of held) if (isTwin(k, name, words)) return k;
    }
    return undefined;
  }
}

// The sieve before a list's variant index: the variant keys of the names listed so far, as hashes in a
// table of stamped slots (one list at a time: an inspection runs to its end). A list none of whose names
// shares a key with one before it needs no index (most lists): a dozen hashes per name, not a dozen map
// entries of strings. Hashes alike for different keys only make the index be built, which decides.
const sieveSlots = 4096;
const sieveHashes = new Int32Array(sieveSlots);
const sieveMarks = new Uint32Array(sieveSlots);
let sieveMark = 0;
let sieveHeld = 0;

/** Empties the sieve for the next list (exported for a test). */
export function clearSieve(): void {
  if (++sieveMark === 0xffffffff) {
    sieveMarks.fill(0);
    sieveMark = 1;
  }
  sieveHeld = 0;
}

/** Whether the sieve holds `hash`; puts it there. */
function sieveHas(hash: number): boolean {
  let slot = Math.imul(hash, 0x9e3779b1) >>> 20;
  while (sieveMarks[slot] === sieveMark) {
    if (sieveHashes[slot] === hash) return true;
    slot = (slot + 1) & (sieveSlots - 1);
  }
  sieveMarks[slot] = sieveMark;
  sieveHashes[slot] = hash;
  sieveHeld++;
  return false;
}

const base = 0x01000193;

/**
 * Whether a name whose variant keys are `keys` (see variantKeys: its core, then for a core of 8 or more
 * the core with each letter in turn replaced by a mark) may share one with a name sieved before it since
 * the sieve was cleared; puts its own in (exported for a test). Each key is hashed as a polynomial of its
 * characters, so the core's letter replaced by the mark (0) changes the core's hash by one term. Past half
 * the slots, every name may share one (the index decides).
 */
export function sieved(keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  if (sieveHeld + keys.length > sieveSlots / 2) return true;
  const core = keys[0]!;
  let whole = core.length;
  for (let i = 0; i < core.length; i++) whole = Math.imul(whole, base) + core.charCodeAt(i);
  let shares = sieveHas(whole | 0);
  if (keys.length > 1) {
    let power = 1;
    for (let i = core.length - 1; i >= 0; i--) {
      if (sieveHas((whole - Math.imul(core.charCodeAt(i), power)) | 0)) shares = true;
      power = Math.imul(power, base);
    }
  }
  return shares;
}

/**
 * Names kept, in the order kept: of a server (with each one's description, see Words) or of a session
 * (with the server that offered it). Arrays, looked up through a map made when a later list asks: most
 * servers and sessions are met once, and a map per server and per session (~1 KB each for 30 tools) plus
 * an object per tool was most of what the cross-tool checks kept of them.
 */
class KeptNames<T> {
  /** Each name followed by its value: one array, made at its length when the names come (see settle). */
  #items: (string | T)[] = [];
  /** How many slots of {@link #items} hold names and values (it may have room past them, see reserve). */
  #length = 0;
  #byName: Map<string, number> | undefined = undefined;

  get size(): number {
    return this.#length >> 1;
  }

  nameAt(i: number): string {
    return this.#items[2 * i] as string;
  }

  valueAt(i: number): T {
    return this.#items[2 * i + 1] as T;
  }

  /** The position of `name`, or -1 (the map is made at the first look-up once a name is kept). */
  at(name: string): number {
    if (this.#length === 0) return -1;
    if (this.#byName === undefined) {
      this.#byName = new Map<string, number>();
      for (let i = 0; i < this.size; i++) this.#byName.set(this.nameAt(i), i);
    }
    return this.#byName.get(name) ?? -1;
  }

  /** Keeps `name` (not kept yet) with `value`. */
  add(name: string, value: T): void {
    this.#byName?.set(name, this.size);
    if (this.#length < this.#items.length) {
      this.#items[this.#length] = name;
      this.#items[this.#length + 1] = value;
    } else this.#items.push(name, value);
    this.#length += 2;
  }

  /**
   * Room for `count` names when none is kept yet (a server or session met first, whose list's names come
   * next): one array at its length, not one grown by push (three times for 30 names) and copied by {@link settle}.
   */
  reserve(count: number): void {
    if (this.#length === 0 && count > 0) this.#items = new Array<string | T>(2 * count);
  }

  /** Puts each distinctive name in `names`, by its lower case, in order. */
  distinctiveInto(names: Map<string, string>): void {
    for (let i = 0; i < this.#length; i += 2) {
      const name = this.#items[i] as string;
      if (distinctive(name)) names.set(name.toLowerCase(), name);
    }
  }

  /** Lets go of the room pushing left past the last item (an array grown by push is up to half again as long). */
  settle(): void {
    if (this.#items.length !== this.#length) this.#items = this.#items.slice(0, this.#length);
  }
}

/**
 * The tools kept of a server with their descriptions (the text itself: its word set is made again when a
 * later list compares with it, rarely), and their variant index once a later list brought a new tool to compare.
 */
interface KnownServer {
  readonly tools: KeptNames<string>;
  index: VariantIndex | undefined;
}

/** Remembers tools per server and which server offered a name per session. */
export class ToolInventory {
  readonly #servers: LRUCache<string, KnownServer>;
  readonly #sessions: LRUCache<string, KeptNames<string>>;
  readonly #maxTools: number;
  readonly #descriptions: RecentDefinitions<DescriptionFacts>;
  /** The guard's readings: a tool name's variant keys are kept with its reading. */
  readonly #readings: Readings | undefined;

  constructor(limits: InventoryLimits, caches: CacheBounds = noCaches, readings?: Readings) {
    this.#servers = new LRUCache({ max: limits.maxEntries });
    this.#sessions = new LRUCache({ max: limits.maxEntries });
    this.#maxTools = limits.maxToolsPerEntry;
    this.#descriptions = new RecentDefinitions(caches);
    this.#readings = readings;
  }

  /**
   * What is read of a tool's description, remembered by its definition (servers list the same tools every
   * session) once it is met again: a definition only its own message has met (each tool of a server met
   * once) is read for this list alone, not kept in a map of thousands until the list's findings are made
   * (an entry and its facts outlived ~2 scavenges: ~2.5 KB a cold list that the collector copied).
   */
  #facts(tool: ToolText): DescriptionFacts {
    if (tool.definition === undefined || !tool.definition.metAgain) return factsOf(tool.description);
    let facts = this.#descriptions.get(tool.definition);
    if (facts === undefined) {
      facts = factsOf(tool.description);
      this.#descriptions.set(tool.definition, facts);
    }
    return facts;
  }

  /** A server's variant index: its kept tools indexed in the order they were kept, as when it was made. */
  #indexOf(server: KnownServer): VariantIndex {
    if (server.index === undefined) {
      const index = (server.index = new VariantIndex());
      const tools = server.tools;
      for (let i = 0; i < tools.size; i++) index.add({ name: tools.nameAt(i), words: { description: tools.valueAt(i), set: undefined }, keys: this.#keysOf(tools.nameAt(i)) });
    }
    return server.index;
  }

  #keysOf(name: string): readonly string[] {
    const reading = keptReading(this.#readings, name);
    return reading === undefined ? variantKeys(name) : (reading.variantKeys ??= variantKeys(name));
  }

  /** Findings for one `tools/list` answer, then records its tools. Linear in the answer's size. */
  inspect(sessionId: string, serverId: string, tools: readonly (ToolText | undefined)[]): CrossToolFinding[] {
    const out: CrossToolFinding[] = [];
    const server: KnownServer = this.#servers.get(serverId) ?? { tools: new KeptNames<string>(), index: undefined };
    const session = this.#sessions.get(sessionId) ?? new KeptNames<string>();
    const names = new Map<string, string>();
    server.tools.distinctiveInto(names);
    session.distinctiveInto(names);
    // The tools listed before the one at hand, indexed when a new tool may be a variant of one of them (a
    // known list, and most new ones, never need it): the sieve holds their keys (see sieved). Each tool's
    // facts and variant keys by its index, its KnownTool made only when an index takes it.
    let listed: VariantIndex | undefined;
    clearSieve();
    let indexed = 0;
    // Loops by index, not callbacks: a closure per list and per tool is most of what checking a list allocated.
    const facts: (DescriptionFacts | undefined)[] = new Array<DescriptionFacts | undefined>(tools.length);
    const keysAt: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(tools.length);
    for (let index = 0; index < tools.length; index++) {
      const tool = tools[index];
      if (!tool) continue;
      const words = (facts[index] = this.#facts(tool));
      const keys = (keysAt[index] = this.#keysOf(tool.name));
      const listedAlike = sieved(keys);
      const held = session.at(tool.name);
      const owner = held < 0 ? undefined : session.valueAt(held);
      if (owner !== undefined && owner !== serverId) {
        out.push({ index, rule: 'cross-tool/name-collision', message: `Tool ${tool.name} is also offered by server ${owner} in this session`, evidence: tool.name });
      } else if (server.tools.at(tool.name) < 0) {
        let twin = server.tools.size === 0 ? undefined : this.#indexOf(server).twinOf(tool.name, keys, words);
        if (twin === undefined && listedAlike) {
          listed ??= new VariantIndex();
          for (; indexed < index; indexed++) {
            const before = tools[indexed];
            if (before) listed.add({ name: before.name, words: facts[indexed]!, keys: keysAt[indexed]! });
          }
          twin = listed.twinOf(tool.name, keys, words);
        }
        if (twin) out.push({ index, rule: 'cross-tool/duplicate-tool', message: `Tool ${tool.name} near-duplicates ${twin.name} (name variant, same description)`, evidence: `${tool.name} ~ ${twin.name}` });
      }
      if (distinctive(tool.name)) names.set(tool.name.toLowerCase(), tool.name);
    }
    // Orders about other tools: a clause that names one and obliges, redirects or overrides; not in a tool
    // found above (those findings are in the order of their tools: `found` walks them alongside).
    let listedNames: ListedNames | undefined;
    const foundAbove = out.length;
    let found = 0;
    for (let index = 0; index < tools.length && names.size >= 2; index++) {
      const tool = tools[index];
      while (found < foundAbove && out[found]!.index < index) found++;
      if (!tool || (found < foundAbove && out[found]!.index === index)) continue;
      const own = tool.name.toLowerCase();
      const described = facts[index]!;
      let clauses = described.clauses;
      if (clauses === undefined) {
        // At first sight, only a text that holds another listed name is split; one seen again (servers
        // list the same tools every session) is split once and its clauses kept, not searched each time.
        listedNames ??= new ListedNames(names);
        if (described.seen !== true && !descriptionMayNameOther(tool.description, own, listedNames, listedNames.leetSpellsNone)) {
          described.seen = true;
          continue;
        }
        clauses = described.clauses = clausesOf(readText(tool.description, maxRead).text);
      }
      for (const sentence of clauses) {
        const other = otherName(sentence, own, names);
        if (!other) continue;
        const cues = withoutStatedRequirement(sentence.text, cuesOf(sentence.text));
        // "Deprecated: use x instead" speaks about this tool; "x was retired, use y" about another one.
        const status = statusWord.exec(sentence.text);
        const aboutOther = !status || sentence.text.indexOf(other) < status.index;
        if (!(cues & orderCues) || !(cues & (Cue.obligation | Cue.secrecy | Cue['parameter-override'] | Cue['status-claim'] | Cue['network-send']))) continue;
        // "Use list_x first" between a server's own tools is ordinary guidance; orders that oblige every
        // use, hide, re-route or re-define another tool are not.
        const strong = cues & (Cue.secrecy | Cue['parameter-override'] | (aboutOther ? Cue['status-claim'] : 0) | Cue.authority | Cue['network-send'] | Cue['sensitive-data']);
        if (!strong && !/\b(?:every|each|all|any|always|whenever)\b/.test(sentence.text)) continue;
        out.push({ index, rule: 'cross-tool/shadowing', message: `Tool ${tool.name} gives the model orders about another tool (${names.get(other) ?? other})`, evidence: sentence.text.slice(0, 160) });
        break;
      }
    }
    // A name listed twice is kept once. What was kept before is looked up by its map (see KeptNames); what
    // had nothing kept yet (a server or session met first) only by this set of the list's names, let go with it.
    const serverNew = server.tools.size === 0;
    const sessionNew = session.size === 0;
    const named = serverNew || sessionNew ? new Set<string>() : undefined;
    if (serverNew || sessionNew) {
      // Room for what a server or session met first keeps: the list's names up to the most kept (a name
      // listed twice leaves room that settle cuts off).
      let count = 0;
      for (let index = 0; index < tools.length && count < this.#maxTools; index++) if (tools[index]) count++;
      if (serverNew) server.tools.reserve(count);
      if (sessionNew) session.reserve(count);
    }
    for (let index = 0; index < tools.length; index++) {
      const t = tools[index];
      if (!t) continue;
      const first = named === undefined || named.size !== named.add(t.name).size;
      if (server.tools.size < this.#maxTools && (serverNew ? first : server.tools.at(t.name) < 0)) {
        server.tools.add(t.name, facts[index]!.description);
        server.index?.add({ name: t.name, words: facts[index]!, keys: keysAt[index]! });
      }
      if (session.size < this.#maxTools && (sessionNew ? first : session.at(t.name) < 0)) session.add(t.name, serverId);
    }
    if (serverNew) server.tools.settle();
    if (sessionNew) session.settle();
    this.#servers.set(serverId, server);
    this.#sessions.set(sessionId, session);
    return out;
  }
}
const callerIdentity = /(?:^|_)(?:llm|ai|assistant|agent|caller|chatbot)_?(?:model_?)?(?:name|version|provider|vendor|identity)(?:_|$)/;
/** The shortest name {@link callerIdentity} matches (`ainame`): most parameters (`id`, `path`, `url`, `limit`) are shorter, and need no regex. */
const minCallerIdentity = 6;
/** A description that asks for the calling model's own context (exported for a test). */
export const callerPhrase =
  /\b(?:(?:llm|language model|ai model|ai|model|assistant|agent|chatbot)\b[^.]{0,30}\b(?:that|which|who) (?:is )?(?:call|calling|calls|invok|invokes|invoking|uses|using)\b[^.]{0,20}\bthis (?:tool|function)|your (?:own )?(?:system prompt|instructions|model name|identity|conversation|chat history)|(?:tools|functions) you (?:have|can use|are given))\b/;

// Each reading of callerPhrase has "this" or "you"; most descriptions have neither, in any case (no other
// character lowers to these letters next to each other).
const youOrThis = /you|this/i;
/** youOrThis, or an AI's name (fills-user-secret.ts): what a parameter's description needs for either reading. */
const mayAsk = /you|this|the (?:[a-z]+ )?(?:assistant|agent|model|ai|llm)\b|ai (?:assistant|agent)|conversation|chat|transcript|messag|the user/i;

/** Whether a parameter's description asks for the model's own context: {@link callerPhrase} in its first 2000 characters, lower case (exported for a test). */
export const asksForCaller = (description: string): boolean => youOrThis.test(description) && callerPhrase.test(description.toLowerCase().slice(0, 2000));

/** Whether a name is ASCII without a capital: snake-casing and lower-casing leave it as it is (most names). */
function lowerAsciiOnly(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return false;
  }
  return true;
}

/** What a parameter's description asks for: nothing, the model's own context, or a secret the user keeps. */
const asksNothing = 0;
const asksContext = 1;
const asksSecret = 2;
/** A secret variable's name or a credential file in any case: the first test of asksSecretValue. */
const maySecretValue = /_(?:token|secret|key|apikey|password|passwd|pat)\b|\.(?:ssh|aws|env|netrc|npmrc|pypirc|kube|docker|git-credentials|gnupg|config\/gcloud|azure)\b|keychain|\/etc\/shadow/i;
/** The value of a secret asked for: out of scope only in a field not named for a credential. */
const asksValueOfSecret = 3;
/** The conversation as the field's value (beyond-purpose.ts): out of scope unless the tool's purpose needs it. */
const asksTheConversation = 4;

/** What a parameter's description asks for (see {@link outOfScopeParameters}): one of the codes above. */
function descriptionAsks(description: string): number {
  // A secret's value named for its field (a variable's name, a credential file) is read by its own first test.
  const mayValue = maySecretValue.test(description);
  if (!mayAsk.test(description) && !mayValue) return asksNothing;
  // One first test for both readings (every parameter of every list is read): lowered once when it passes.
  const head = description.slice(0, 2000);
  const lower = head.toLowerCase();
  if (callerPhrase.test(lower)) return asksContext;
  if (mayNameAi.test(head) && fillsUserSecretLower(lower, head)) return asksSecret;
  if (mayValue && asksSecretValue(lower)) return asksValueOfSecret;
  return asksConversation(lower) ? asksTheConversation : asksNothing;
}

/** A parameter out of scope; `conversation`: it asks for the conversation, out of scope only where the tool's purpose has no use for it. */
export interface OutOfScope {
  readonly name: string;
  readonly why: string;
  readonly conversation?: true;
}

/**
 * What parameters' descriptions ask for, by description, for the tools of one list: a list's tools
 * describe their shared parameters alike (an owner, a cursor, a page size), read once here.
 */
export type ParameterAsks = Map<string, number>;

/** The shortest `default` read as prose (a sentence, not a value such as `main` or `10`). */
const minDefaultProse = 24;

/** A description that names the model, or "you", as who puts something in a field. */
const modelFills = /\b(?:model|assistant|agent|llm|ai|you)\b/i;

/**
 * An offered value (the `default`, the `const`, an `enum` item) that is a sentence with its words joined
 * (`full-and-first-send-…`), its words apart (documents.ts, offeredWords): read as prose, as a default of
 * prose is. Mode names (`full-with-type-information`) read too, and ask for nothing.
 */
function joinedProse(fields: Record<string, unknown>): string | undefined {
  // The default, then the const, then the enum's items: read in place (every property of every list is read).
  const words = joinedWordsOf(fields['default']) ?? joinedWordsOf(fields['const']);
  if (words !== undefined) return words;
  const items = fields['enum'];
  if (!Array.isArray(items)) return undefined;
  for (let i = 0; i < items.length && i < 64; i++) {
    const found = joinedWordsOf(items[i]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** An offered value's words apart when it is a long string of joined words (see joinedProse), else undefined. */
function joinedWordsOf(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length <= minDefaultProse) return undefined;
  const words = offeredWords(v);
  return words !== v ? words : undefined;
}

/** What most schemas have out of scope: one list for all of them, not a new one per tool of every list. */
const noneOutOfScope: readonly OutOfScope[] = Object.freeze([]);

/**
 * Parameters of a tool's input schema that ask for the caller's identity or context, not the task's data;
 * `asks` keeps what each description asks for across the calls it is passed to. `output`: the schema is the
 * tool's outputSchema, which the model is shown but never fills: a field there may hold a model's name or a
 * conversation the tool summarised, so only a description that has the model put a secret (or its own
 * context) into it is an order, the same order an input field gives.
 */
export function outOfScopeParameters(schema: unknown, asks?: ParameterAsks, output = false): readonly OutOfScope[] {
  let out: OutOfScope[] | undefined;
  if (typeof schema !== 'object' || schema === null) return noneOutOfScope;
  const properties = (schema as Record<string, unknown>)['properties'];
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return noneOutOfScope;
  // Own enumerable string keys in order, as Object.keys lists them, without its array per tool.
  const own = listsOwnKeysOnly(properties);
  let i = 0;
  for (const name in properties) {
    if (!own && !Object.hasOwn(properties, name)) continue;
    if (i++ >= 500) break;
    const definition = (properties as Record<string, unknown>)[name];
    const key = lowerAsciiOnly(name) ? name : name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    const fields = typeof definition === 'object' && definition !== null ? (definition as Record<string, unknown>) : undefined;
    const described = fields?.['description'];
    // A default of prose is read as a description is: the model fills the field from what it says.
    const byDefault = fields?.['default'];
    const description = typeof described === 'string' ? described : undefined;
    const prose = typeof byDefault === 'string' && byDefault.length >= minDefaultProse && byDefault.includes(' ') ? byDefault : fields === undefined ? undefined : joinedProse(fields);
    if (!output && key.length >= minCallerIdentity && callerIdentity.test(key)) (out ??= []).push({ name, why: 'asks for the identity of the calling model' });
    else if (description !== undefined || prose !== undefined) {
      let asked = description === undefined ? asksNothing : asks?.get(description);
      if (asked === undefined && description !== undefined) {
        asked = descriptionAsks(description);
        asks?.set(description, asked);
      }
      let text = description ?? '';
      if (asked === asksNothing && prose !== undefined) {
        asked = asks?.get(prose);
        if (asked === undefined) {
          asked = descriptionAsks(prose);
          asks?.set(prose, asked);
        }
        text = prose;
      }
      if (asked === asksContext) (out ??= []).push({ name, why: 'asks for the model\'s own context' });
      else if (asked === asksSecret) (out ??= []).push({ name, why: 'has the model fill it with a secret the user keeps' });
      // What an output field holds is the tool's to fill: only a description that has the model (or "you") fill it orders anything.
      else if (output && !modelFills.test(text)) continue;
      else if (asked === asksValueOfSecret && !secretField.test(key) && !fieldNamesSecret(key, text.toLowerCase())) (out ??= []).push({ name, why: "asks for a secret's value in a field named for something else" });
      else if (asked === asksTheConversation && !output) (out ??= []).push({ name, why: 'asks for the conversation', conversation: true });
    }
  }
  return out ?? noneOutOfScope;
}
