// What a tool definition's FIELDS say against the rest of it, where a reviewer reading the description never
// looks: the values its schema offers are what the model sends when it takes the offer, and its annotations
// are what the host trusts to skip asking. Three readings, each of the definition's structure:
// - annotations that lie: the tool says it only reads (readOnlyHint: true) or destroys nothing
//   (destructiveHint: false) while a parameter switched on by its default or const deletes, purges or
//   overwrites the user's files or data (a `dryRun` defaulting to true, a `purge` defaulting to false pass),
//   or while its own description says it deletes every object, all files, the entire table;
// - a credential file offered as a parameter's value (default, const, an enum or examples item) of a tool that
//   sends, with a destination offered beside it or among ordinary files a sending tool offers: taking the
//   offer sends the key. A
//   parameter named for the key the tool uses to sign in (`identity_file`, `kubeconfig`) is the tool's own
//   use of it and passes;
// - an output schema's `const` or `default` that is a command line: a constant of the output is what every
//   result will hold, and no result of a tool's work is a fixed command for the model to run, so a download
//   run counts there too (an input's offered value is read in offered-values.ts, where it does not).
import { harmfulStep } from '../commands/harmful-steps.js';
import { isRecord } from '../parse.js';
import { listsOwnKeysOnly } from '../records.js';
import { nameWords } from '../text/name-words.js';
import { plainLowerCaseOf } from '../text/plain-lower.js';
import type { MessagePath } from '../types.js';
import { namesCredentialFile } from './credential-files.js';
import { mayBeCommand, maxOfferedValue } from './offered-values.js';

export interface FieldHarm {
  readonly rule: 'semantic/poisoned-metadata' | 'semantic/out-of-scope-parameter' | 'semantic/harmful-command';
  readonly what: string;
  /** Below the tool (`inputSchema`, `properties`, name …). */
  readonly path: MessagePath;
  readonly evidence: string;
}

/** Most properties read of one schema. */
const maxProperties = 200;
/**
 * The English verbs of destroying, as [base form, third person, gerund, the stem a description is searched for
 * first, the stem's tail from a rarer letter (see {@link holdsDestroyingStem}; the stem itself where it opens
 * with a rare one)]: a property's name or description reads every form ({@link destroyWord}), a description
 * the tool's own acts (third person, gerund: {@link toolDestroys}). "Truncated" is in many read tools'
 * descriptions (the output is truncated): truncating is searched for only as "truncates", and read past
 * another verb's stem.
 */
const destroyingVerbs = [
  ['delete', 'deletes', 'deleting', 'delet', 'delet'],
  ['purge', 'purges', 'purging', 'purg', 'purg'],
  ['wipe', 'wipes', 'wiping', 'wip', 'wip'],
  ['erase', 'erases', 'erasing', 'eras', 'ras'],
  ['destroy', 'destroys', 'destroying', 'destroy', 'destroy'],
  ['overwrite', 'overwrites', 'overwriting', 'overwrit', 'verwrit'],
  ['truncate', 'truncates', 'truncating', 'truncates', 'uncates'],
  ['remove', 'removes', 'removing', 'remov', 'mov'],
  ['drop', 'drops', 'dropping', 'drop', 'drop'],
] as const;
/** A verb that destroys, as a word of a property's name or description (English, German, French, Spanish, Portuguese, Italian). */
const destroyWord = new RegExp(
  `(?<![\\p{L}])(?:${[...destroyingVerbs.flatMap(([base, third, gerund]) => [base, third, gerund]), 'shred', 'shreds', 'nuke', 'rm', 'löschen', 'loschen', 'entfernen', 'supprimer', 'effacer', 'borrar', 'eliminar', 'apagar', 'excluir', 'cancellare', 'eliminare'].join('|')})(?![\\p{L}])`,
  'u',
);
/** Overwriting counts only against readOnlyHint: a write tool not marked destructive may replace the file it writes. */
const replaces = /(?<![\p{L}])overwrit/u;
/** What the destruction reaches that is the user's own (their files, a repository, backups, everything), not the answer's shape (`drop null fields`). */
const usersData = /(?<![\p{L}])(?:files?|folders?|director(?:y|ies)|\.git|git|repo(?:sitory|sitories|s)?|backups?|snapshots?|database|db|tables?|records?|rows|documents?|history|workspace|home|disk|drive|volumes?|buckets?|branch(?:es)?|projects?|data|everything|all|every|entire|whole|permanently|dateien|ordner|sicherungen|alle|endgültig|fichiers|dossiers|sauvegardes|tous|toutes|définitivement|archivos|carpetas|copias|todos|todas|arquivos|pastas|tutti|tutte|cartelle)(?![\p{L}])/u;
/** A name's words apart, lower-cased (`purgeAll`, `delete_backups`: see text/name-words.ts). */
const lowerNameWords = (name: string): string => nameWords(name).toLowerCase();
/** A parameter named for the key or config the tool itself signs in with. */
const ownKey = /(?<![a-z])(?:key|keys|keyfile|identity|identities|cert|certificate|credentials?|auth|kubeconfig|config|token|secret|password|profile)(?![a-z])/;
/** A sending purpose, by the tool's name or description. */
const sends = /(?<![\p{L}])(?:send|sends|share|shares|upload|uploads|post|posts|submit|submits|export|exports|email|emails|mail|sync|syncs|forward|forwards|report|reports|attach|attaches|transfer|transfers|backup|backs up)(?![\p{L}])/u;
const destination = /^(?:https?|ftp|wss?):\/\/|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/**
 * The first property of a schema (up to {@link maxProperties}) for which `read` gives a harm: a plain loop, as
 * every tool of every list is read (a generator's tuple per property cost more than the reading).
 */
function firstProperty(schema: unknown, read: (name: string, definition: Record<string, unknown>) => FieldHarm | undefined): FieldHarm | undefined {
  if (!isRecord(schema)) return undefined;
  const properties = schema['properties'];
  if (!isRecord(properties)) return undefined;
  // An inherited key comes after the own ones: the loop ends at it.
  const own = listsOwnKeysOnly(properties);
  let n = 0;
  for (const name in properties) {
    if ((!own && !Object.hasOwn(properties, name)) || n++ >= maxProperties) break;
    const definition = properties[name];
    if (!isRecord(definition)) continue;
    const harm = read(name, definition);
    if (harm !== undefined) return harm;
  }
  return undefined;
}

/**
 * The tool itself destroying, as its description says: a destroying verb in the third person or as the means
 * ("Also purges …", "…, and removes …", "… by deleting …") at the head of a sentence or a joined clause, so the
 * tool is its subject ("never deletes" and "files that would be deleted" are not this form). Group 1: what it
 * destroys, read up to the clause's end.
 */
const toolDestroys = new RegExp(
  `(?:^|[.;!?]\\s+|,?\\s+(?:and|then)\\s+|(?<![\\p{L}])by\\s+)(?:also\\s+|then\\s+|first\\s+|permanently\\s+)?(?:${destroyingVerbs.flatMap(([, third, gerund]) => [third, gerund]).join('|')})\\s+([^.;!?\\n]{1,160})`,
  'gu',
);
/**
 * Whether a text holds a verb's stem, searched one by one as plain text before {@link toolDestroys} runs:
 * destroyWord's look-behind cost ~450k instructions a new tool list, an alternation of the stems ~240k, these
 * searches a fraction. A search stops at each of its first letter (`e` is one letter in eight of English, `v`
 * one in a hundred): a stem that opens with a common one is looked for by its tail from a rarer letter first
 * (`eras` by `ras`), and whole only where that is.
 */
function holdsDestroyingStem(text: string): boolean {
  for (const [, , , stem, tail] of destroyingVerbs) if (text.includes(tail) && (tail === stem || text.includes(stem))) return true;
  return false;
}
/** What the destruction reaches as a whole: every one, all, the entire … (not "removes duplicate rows"). */
const whole = /(?<![\p{L}])(?:every|all|each|entire|whole|everything|permanently|the user'?s|your)(?![\p{L}])/u;
/** The answer's own shape or a copy, which a read may trim: "removes all duplicate rows from the output". */
const answerShape = /(?<![\p{L}])(?:output|results?|response|answer|returned|listing|display|view|preview|cache[ds]?|temp|temporary|copy|duplicates?|whitespace|null|empty)(?![\p{L}])/u;

/**
 * A sentence of the description that says the tool destroys the user's data as a whole, or undefined;
 * overwriting counts only when `readOnly` (see {@link replaces}).
 */
function describedDestruction(description: string, readOnly: boolean): string | undefined {
  // The value walk lower-cased a plain description already.
  const text = (description.length <= 2000 ? plainLowerCaseOf(description) : undefined) ?? description.slice(0, 2000).toLowerCase();
  if (!holdsDestroyingStem(text)) return undefined;
  toolDestroys.lastIndex = 0;
  for (let m = toolDestroys.exec(text), n = 0; m !== null && n < 16; m = toolDestroys.exec(text), n++) {
    const object = m[1]!;
    if (!readOnly && replaces.test(m[0])) continue;
    if (whole.test(object) && usersData.test(object) && !answerShape.test(object)) return m[0].trim();
  }
  return undefined;
}

/**
 * A parameter switched on by the schema that destroys the user's data, or a description that says the tool
 * does, while the annotations say the tool does not: the host trusts readOnlyHint to skip asking the user.
 */
function lyingAnnotations(tool: Record<string, unknown>): FieldHarm | undefined {
  const notes = tool['annotations'];
  if (!isRecord(notes) || !(notes['readOnlyHint'] === true || notes['destructiveHint'] === false)) return undefined;
  const said = typeof tool['description'] === 'string' ? describedDestruction(tool['description'], notes['readOnlyHint'] === true) : undefined;
  if (said !== undefined) {
    const claim = notes['readOnlyHint'] === true ? 'read-only (readOnlyHint)' : 'not destructive (destructiveHint: false)';
    return { rule: 'semantic/poisoned-metadata', what: `declares itself ${claim} while its description says it destroys the user's data`, path: ['description'], evidence: said.slice(0, 200) };
  }
  return firstProperty(tool['inputSchema'], (name, definition) => {
    if (definition['default'] !== true && definition['const'] !== true) return undefined;
    const described = typeof definition['description'] === 'string' ? definition['description'].slice(0, 2000).toLowerCase() : '';
    const said = `${lowerNameWords(name)} ${described}`;
    // "Only list what would be deleted" is a dry run's description: its negation or listing keeps it a read.
    if (!destroyWord.test(said) || !usersData.test(said) || /\b(?:only (?:list|show|print|report)|would be|dry[ -]?run|preview|simulat)/.test(said)) return undefined;
    if (notes['readOnlyHint'] !== true && replaces.test(said) && !destroyWord.test(said.replace(/overwrit\p{L}*/gu, ''))) return undefined;
    const claim = notes['readOnlyHint'] === true ? 'read-only (readOnlyHint)' : 'not destructive (destructiveHint: false)';
    return { rule: 'semantic/poisoned-metadata', what: `declares itself ${claim} while its parameter ${name}, on by default, destroys the user's data`, path: ['inputSchema', 'properties', name], evidence: `${name}: ${described}`.slice(0, 200) };
  });
}

/** A cheap first test of an offered string: every credential file the pattern names holds a `.` or a `/` (or is a keychain). */
const mayBeFile = (value: string): boolean => value.length >= 4 && value.length <= 512 && (value.includes('.') || value.includes('/') || value.includes('keychain'));
/** A cheap first test of a destination: a URL's `:` or an address's `@`. */
const mayBeDestination = (value: string): boolean => (value.includes(':') || value.includes('@')) && destination.test(value.trim());
/** Longest offered value whose first tests are read in one pass of its characters (see {@link marksOf}). */
const shortOffer = 32;
/** Bits of {@link marksOf}: a `:` or `@` (mayBeDestination's), a `.` or `/` (mayBeFile's). */
const destinationMark = 1;
const fileMark = 2;
/**
 * Which of the first tests' characters a short value holds, in one pass: most offered values are enum words
 * (`name`, `asc`, `json`) of a few characters, for which five plain searches cost ~5 calls of a builtin each.
 */
function marksOf(value: string): number {
  let marks = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3a || c === 0x40) marks |= destinationMark;
    else if (c === 0x2e || c === 0x2f) marks |= fileMark;
  }
  return marks;
}

/** What {@link offeredCredential} found so far in one tool's offered values. */
interface Offers {
  /** `list`: the array of files the file was offered in (a default's, an enum item that is one), none when offered alone. */
  found?: { readonly name: string; readonly file: string; readonly list: readonly unknown[] | undefined };
  destination: boolean;
}

/** Reads one offered value of the property `name` into `offers`; `list`: the array it is an item of (see Offers). */
function readOffered(name: string, value: unknown, list: readonly unknown[] | undefined, offers: Offers): void {
  if (typeof value !== 'string') return;
  // A short value's characters read once decide both first tests but the keychain's (a word without `.` or `/`).
  if (value.length <= shortOffer) {
    const marks = marksOf(value);
    if (marks & destinationMark && destination.test(value.trim())) offers.destination = true;
    else if (offers.found === undefined && value.length >= 4 && (marks & fileMark || (value.length >= 8 && value.includes('keychain'))) && namesCredentialFile(value.toLowerCase()) && !ownKey.test(lowerNameWords(name))) offers.found = { name, file: value, list };
    return;
  }
  if (mayBeDestination(value)) offers.destination = true;
  else if (offers.found === undefined && mayBeFile(value) && namesCredentialFile(value.toLowerCase()) && !ownKey.test(lowerNameWords(name))) offers.found = { name, file: value, list };
}

/** Reads the first 64 items of a list of offered values (a default's or const's array, an enum item that is one). */
function readOfferedList(name: string, list: readonly unknown[], offers: Offers): void {
  for (let i = 0; i < list.length && i < 64; i++) readOffered(name, list[i], list, offers);
}

/**
 * Reads what the property `name` offers as its value: a default's or const's array is one list of files; an
 * enum's or examples' item is one (an array item a list). Each read in place, without an array per value
 * (every enum item of every tool of a list is read here).
 */
function readOffers(name: string, definition: Record<string, unknown>, offers: Offers): void {
  // Each member read by its name, in this order: a keyed load over a list of the four names met the many
  // shapes of a list's properties megamorphic (~140 instructions each, ~84k a fresh tool list).
  readOfferedMember(name, definition['default'], true, offers);
  readOfferedMember(name, definition['const'], true, offers);
  readOfferedMember(name, definition['enum'], false, offers);
  readOfferedMember(name, definition['examples'], false, offers);
}

/** Reads one member of {@link readOffers}: `whole`, an array is one list (a default's or const's), else each item is one. */
function readOfferedMember(name: string, v: unknown, whole: boolean, offers: Offers): void {
  if (typeof v === 'string') readOffered(name, v, undefined, offers);
  else if (!Array.isArray(v)) return;
  else if (whole) readOfferedList(name, v, offers);
  else
    for (let i = 0; i < v.length && i < 64; i++) {
      const item: unknown = v[i];
      if (Array.isArray(item)) readOfferedList(name, item, offers);
      else readOffered(name, item, undefined, offers);
    }
}

/**
 * A credential file offered as the value of a parameter of a tool that sends: with a destination offered
 * beside it, or slipped into a list of ordinary files a sending tool offers (a secrets manager's tool that
 * uploads `.env`, offered alone, is its purpose).
 */
function offeredCredential(tool: Record<string, unknown>): FieldHarm | undefined {
  const schema = tool['inputSchema'];
  if (!isRecord(schema) || !isRecord(schema['properties'])) return undefined;
  const properties = schema['properties'];
  const offers: Offers = { destination: false };
  const own = listsOwnKeysOnly(properties);
  let n = 0;
  for (const name in properties) {
    if ((!own && !Object.hasOwn(properties, name)) || n++ >= maxProperties) break;
    const definition = properties[name];
    if (isRecord(definition)) readOffers(name, definition, offers);
  }
  const found = offers.found;
  if (found === undefined) return undefined;
  if (!offers.destination) {
    // A file offered alone is in no list of ordinary files.
    const mixed = found.list !== undefined && found.list.some((f) => typeof f === 'string' && !namesCredentialFile(f.toLowerCase()) && !destination.test(f.trim()));
    const purpose = `${typeof tool['name'] === 'string' ? lowerNameWords(tool['name']) : ''} ${typeof tool['description'] === 'string' ? tool['description'].slice(0, 2000).toLowerCase() : ''}`;
    if (!mixed || !sends.test(purpose)) return undefined;
  }
  return { rule: 'semantic/out-of-scope-parameter', what: `offers the credential file ${found.file} as the value of its parameter ${found.name}, which the tool sends`, path: ['inputSchema', 'properties', found.name], evidence: found.file };
}

/** An output schema's constant that is a command line the model would run (a download run counts). */
function outputCommand(tool: Record<string, unknown>): FieldHarm | undefined {
  return firstProperty(tool['outputSchema'], (name, definition) => {
    for (const key of ['const', 'default'] as const) {
      const v = definition[key];
      if (typeof v !== 'string' || !mayBeCommand(v)) continue;
      const text = v.slice(0, maxOfferedValue);
      // The command may follow a lead-in ("call run_command with: …").
      const colon = text.indexOf(': ');
      const step = harmfulStep(text, true) ?? (colon > 0 ? harmfulStep(text.slice(colon + 2), true) : undefined);
      if (step !== undefined) return { rule: 'semantic/harmful-command', what: `fixes in its output schema a value that is a command that ${step.what}`, path: ['outputSchema', 'properties', name, key], evidence: text.slice(0, 200) };
    }
    return undefined;
  });
}

/** The first harm a tool definition's fields carry (see above), or undefined. */
export function definitionFieldHarm(tool: Record<string, unknown>): FieldHarm | undefined {
  return lyingAnnotations(tool) ?? offeredCredential(tool) ?? (tool['outputSchema'] === undefined ? undefined : outputCommand(tool));
}
