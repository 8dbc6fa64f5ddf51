// How a tool is used, told the model in the tool's own description: when to call this very tool ("always
// use this if you are answering questions about the build system"), that it waits for the user ("do not call
// the other tools until the user says what to do next"), or what it guards against. Such a sentence obliges the
// model as tool poisoning does, but nothing in it crosses a boundary: no secret, file, address or other tool's
// data moves, nothing is kept from the user, no instruction is set aside and no other tool is called. It
// is an order to reckon with when it asks for any of that, when it names another tool to use, or when its
// place is every step of the model's work ("use this before any other tool"). Tool metadata whose orders are
// only such sentences is read again with them blanked (see layers.ts), as with a routine call.
import { isRecord } from '../parse.js';
import { Cue, cuesOf } from './cues.js';
import { fillingAsksMore, identifierPattern, routineCallAsksMore } from './own-cleanup.js';
import { secretIntoOtherField } from './secret-into-field.js';

/** "Use this (tool) if / when / for …": the conditional-use cue, said of this very tool. */
const ownUse = /\buse (?:this|it)(?: tool| function)? (?:when|if|whenever|for|to)\b/;
/** "Always use this" before its condition. */
const alwaysThis = /\balways use this\b(?= (?:tool |function )?(?:when|if|whenever|for|to)\b)/g;
/** What the tool's answer stands for: the model's own knowledge, which may be stale ("instead of assuming"). */
const ownKnowledge = /\binstead of (?:assuming|guessing|relying on (?:your )?(?:own )?(?:memory|knowledge|training))\b/g;
/** A place that is every step of the model's work, or every question, not a kind of question. */
const everything = /\b(?:any|every|each|all)\s+(?:other\s+)?(?:tools?|functions?|requests?|questions?|queries|responses?|answers?|messages?|replies|turns?|tasks?|actions?|steps?|prompts?|times?)\b|\bother tools?\b|\binstead\b|\bregardless\b/;
/** The cues of a sentence about calls. */
const calls = Cue['call-tool'] | Cue['tool-order'];

/**
 * Whether a sentence tells the model when to use this very tool (a kind of question or of work) and asks
 * nothing besides: no secret, address, command or secrecy, no other tool by name, not every step.
 */
export function tellsOwnUse(sentence: string): boolean {
  // "Always use this if …" reads as the persuasion cue; with its condition it says when, not that it is the best.
  const lower = sentence.toLowerCase().replace(alwaysThis, 'use this').replace(ownKnowledge, ' ');
  if (!ownUse.test(lower) || everything.test(lower)) return false;
  const cues = cuesOf(lower);
  if (routineCallAsksMore(cues) || cues & Cue.override) return false;
  const names = identifierPattern();
  return names.exec(sentence) === null;
}

/** A call held back: "must not invoke", "do not run", "never call". */
const heldBack = /\b(?:must not|mustn't|do not|don't|never|should not|shouldn't)\s+(?:\w+\s+){0,2}?(?:invoke|call|run|use|execute|trigger|make)\b/;
/** … until, unless or without the user's word. */
const userWord = /\b(?:until|unless|without)\b[^.;]{0,60}?\b(?:the user|user's|users')\b/;

/**
 * Whether a sentence holds calls back until the user says what to do ("do not invoke any other tools until
 * the user gives a clear instruction"): the user keeps the choice, no call is asked.
 */
export function defersToUser(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  if (!heldBack.test(lower) || !userWord.test(lower)) return false;
  const cues = cuesOf(lower);
  return (cues & calls) !== 0 && !routineCallAsksMore(cues) && (cues & Cue.override) === 0;
}

/**
 * A sentence that opens by setting something aside: the user's limits, the rules, what came before. Not a
 * step of the tool's own workflow ("skip this step if the user asks for a rerun").
 */
const setsAside = /^(?:[-*•\s]*)(?:please\s+|now\s+|also\s+|then\s+)?(?:ignore|disregard|forget|bypass|override|skip|circumvent)\b(?!\s+(?:(?:this|that|the|these|those|any|a)\s+)?(?:(?:next|previous|last|first|optional|remaining|following)\s+)?(?:steps?|stages?|phases?)\b)/;

/** Cues of a sentence that speaks to the model: names it, obliges it or asks it politely. */
const speaks = Cue['addresses-model'] | Cue.obligation | Cue['polite-request'];

/**
 * Whether a sentence left in tool metadata next to blanked usage orders more than the tool's use: it speaks
 * to the model (or, past the text's first sentence, opens with a verb) and asks for a secret, an address,
 * a command, secrecy or the like. A sentence that only names such things ("Example: fill in the user name
 * and password") or that opens the text with what the tool does ("Send a message to a channel") orders
 * nothing by itself, nor does a line of code; the re-read still scores them.
 */
export function ordersMore(cues: number, first: boolean, sentence = ''): boolean {
  // An order to set something aside ("ignore the limits the user set") is read whole, whatever its cues.
  if (setsAside.test(sentence)) return true;
  // A line of code, a heading in bold or a listing orders nothing, as the rules read it (orders.ts).
  if (!routineCallAsksMore(cues) || cues & Cue['code-like']) return false;
  return (cues & speaks) !== 0 || ((cues & Cue.imperative) !== 0 && !first);
}

/** "Tell / inform / let … the user" that the server or the tool has news: a notice relayed. */
const relays = /^(?:please\s+)?(?:tell|inform|notify|let)\b[^.]{0,20}?\b(?:the user|users)\b/;
/** What the user would be asked to do with a secret, a download or a payment: never a notice. */
const userActs = /\b(?:enter|type|paste|provide|share|send|give|confirm|verify|log ?in|sign ?in|login|download|install|run|execute|pay|reset|password|passwords|key|keys|token|tokens|code|credentials?|account)\b/;
/** What a relayed notice may show besides telling the user: a polite word, a link to read. */
const notice = Cue['to-user'] | Cue['network-send'] | Cue['polite-request'] | Cue.imperative;

/**
 * Whether a sentence only asks the model to pass the server's news on to the user ("please let the user know
 * this server is deprecated and point them to the new one"): the user reads it and decides. Not when the
 * user is to enter, send or install something, nor when it asks anything else.
 */
export function relaysNotice(sentence: string): boolean {
  const lower = sentence.trim().toLowerCase().replace(/^[-*•\s]+/, '');
  if (!relays.test(lower) || userActs.test(lower)) return false;
  const cues = cuesOf(lower);
  return !routineCallAsksMore(cues & ~notice) && (cues & Cue.override) === 0;
}

/** A requirement stated of a thing ("when the diagram requires icons", "requires a Pro plan"): no obligation of the model. */
const statesRequirement = /\brequires\b/g;

/** `cues` of lower-case `text` less the obligation cue when "requires", said of a thing, is all that shows it. */
export function withoutStatedRequirement(text: string, cues: number): number {
  if (!(cues & Cue.obligation) || !text.includes('requires')) return cues;
  return cuesOf(text.replace(statesRequirement, ' ')) & Cue.obligation ? cues : cues & ~Cue.obligation;
}

/**
 * "Use the exact IDs returned by this tool", "use values provided by the user or from `listProjects`": where
 * the values for the next calls come from (this tool's own answer, the user, a listing tool named in quotes).
 */
const valueSource = /\buse (?:only )?(?:the )?(?:exact |same )?(?:[\w-]+ ){0,2}?(?:ids?|identifiers?|values?|names?|slugs?|keys|cursors?)\b[^.;]{0,20}?\b(?:(?:returned|listed|given|provided|supplied) by (?:this|the) tool|(?:provided|given|supplied|chosen) by the user)\b/;
/** A further source named in quotes: "… or from `listFollowedProjects`". */
const namedSource = /\b(?:or|and) (?:from|by|returned by|listed by) (?:the )?`[^`]{1,64}`(?: tool)?/g;

/**
 * Whether a sentence only tells the model where to take the values of later calls ("always use the exact IDs
 * the tool returned", "use values provided by the user or from `listFollowedProjects`") and asks nothing
 * besides: no secret, no command, no other tool named but as a source of values.
 */
export function takesValuesFrom(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  if (!valueSource.test(lower)) return false;
  const cues = cuesOf(lower);
  return !routineCallAsksMore(cues) && (cues & Cue.override) === 0 && identifierPattern().exec(sentence.replace(namedSource, ' ')) === null;
}

const noParameters: readonly string[] = [];
/**
 * The names of a tool's own input parameters, lower case, at most 64. A name under three letters says too
 * little as a word (`id`, `to`): it is kept in backticks, as a sentence must quote it to name it (`jq`).
 */
export function ownParameters(tool: unknown): readonly string[] {
  const schema = isRecord(tool) ? tool['inputSchema'] : undefined;
  const properties = isRecord(schema) ? schema['properties'] : undefined;
  if (!isRecord(properties)) return noParameters;
  const names: string[] = [];
  const add = (name: string): boolean => {
    if (name.length >= 3) names.push(name.toLowerCase());
    else if (name.length === 2) names.push(`\`${name.toLowerCase()}\``);
    return names.length < 64;
  };
  for (const name of Object.keys(properties)) if (!add(name)) return names;
  // Parameters wrapped in one object (`params: { projectSlug, branch }`) are the tool's own too, one level down.
  for (const value of Object.values(properties)) {
    const inner = isRecord(value) ? value['properties'] : undefined;
    if (isRecord(inner)) for (const name of Object.keys(inner)) if (!add(name)) return names;
  }
  return names;
}
const nameChar = /[a-z0-9_]/;
/** Whether lower-case `sentence` names `name` as a whole word. */
function namesWord(sentence: string, name: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    const before = at === 0 ? '' : sentence[at - 1]!;
    const after = sentence[at + name.length] ?? '';
    if (!nameChar.test(before) && !nameChar.test(after)) return true;
  }
  return false;
}
/**
 * Whether a sentence only tells how to fill one of the tool's own parameters ("you must pass the workspace
 * root as `outputDir`", "always set status to 'failed' when looking for failures"): the tool's usage, not an
 * order, unless it asks more (a secret, an address, a command, secrecy...).
 */
export const fillsOwnParameter = (sentence: string, parameters: readonly string[]): boolean => {
  if (parameters.length === 0) return false;
  const lower = sentence.toLowerCase();
  const cues = cuesOf(lower);
  // A secret of the environment put into a parameter named for something else is no usage of it.
  if (fillingAsksMore(cues) || secretIntoOtherField(lower)) return false;
  // A value carried in from another call ("call get_context first and pass it as url") is not the tool's
  // own: where the sentence reads as calling, every name it calls must be one of the parameters.
  if (cues & (Cue['call-tool'] | Cue['tool-order']) && !namesOnly(sentence, parameters)) return false;
  for (const name of parameters) if (namesWord(lower, name)) return true;
  return false;
};
const names = identifierPattern();
/** Whether `sentence` names at least one identifier, and only the given parameters. */
function namesOnly(sentence: string, parameters: readonly string[]): boolean {
  let any = false;
  names.lastIndex = 0;
  for (let m = names.exec(sentence); m !== null; m = names.exec(sentence)) {
    const name = (m[1] ?? m[2]!).toLowerCase();
    if (!parameters.includes(name) && !(m[1] !== undefined && parameters.includes(`\`${name}\``))) return false;
    any = true;
  }
  return any;
}
