// A tool's own clean-up, asked of the model: "You must call delete_session when you are done", "the assistant
// must call close_sandbox to free its resources", "call unlock_document when you finish". It obliges the model
// and names a call, as tool poisoning does, but what the call ends is an object the server made for this very
// work (a session, a browser, a cursor, a lock, a sandbox), not what the user keeps. It is an order to
// destroy only when the object is the user's (a repository, backups, an account), when it reaches past the
// object at hand (every session, other users' sessions), or when the sentence asks for more (a secret, an
// address to send to, something kept from the user). Tool metadata whose only order is such a sentence is
// read again with it blanked (see layers.ts).
import { foldedWords } from '../text/name-words.js';
import { Cue, cuesOf } from './cues.js';

/** Verbs that end an object's life or its work; `unlock` and `release` end a hold on any object. */
const ending = new Set(['close', 'end', 'release', 'dispose', 'disconnect', 'detach', 'unlock', 'logout', 'signout', 'free', 'cleanup', 'teardown', 'stop', 'quit', 'exit', 'finish', 'destroy', 'delete', 'remove', 'kill', 'terminate', 'drop', 'cancel', 'clear', 'commit', 'finalize', 'complete', 'rollback', 'abort']);
const onAnything = new Set(['unlock', 'release']);
/** Objects a server makes for one piece of work and keeps until told it is over. */
const ephemeral = new Set(['session', 'browser', 'page', 'tab', 'context', 'window', 'handle', 'connection', 'conn', 'cursor', 'lock', 'lease', 'transaction', 'tx', 'temp', 'tmp', 'scratch', 'sandbox', 'kernel', 'shell', 'terminal', 'stream', 'subscription', 'watcher', 'socket', 'channel', 'worker', 'instance', 'upload', 'recording', 'trace', 'timer', 'capture']);

/** A name the sentence calls: a snake_case, dotted or camelCase identifier, or a word in backticks. */
const identifier = /`([a-z][\w.-]*)(?:\(\))?`|\b([a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*)(?:\(\))?/g;

/** Whether a name the identifier pattern found is a file name or a URL's host (`notes.md`, `evil.com`), not a tool. */
export const namesFile = (name: string): boolean => /\.(?:[a-z]{2,4})$/.test(name) && !name.includes('_');

/** A fresh copy of the pattern of names a sentence calls (group 1 in backticks, else group 2). */
export const identifierPattern = (): RegExp => new RegExp(identifier.source, 'g');

/** What the sentence may not ask besides the call. */
const more = Cue['sensitive-data'] | Cue['network-send'] | Cue.secrecy | Cue.override | Cue['to-user'] | Cue.execute | Cue['file-access'] | Cue['parameter-override'] | Cue.urgency | Cue.authority | Cue.impersonation | Cue['hidden-markup'] | Cue['false-error'] | Cue['decode-hint'] | Cue.persuasion | Cue['first-person-request'] | Cue['status-claim'];
/** Whether a sentence's cues ask more of the model than a call (a secret, an address, secrecy, an override...). */
export const routineCallAsksMore = (cues: number): boolean => (cues & more) !== 0;
/** Whether a sentence about filling the tool's own parameter asks more than that (setting a value is what it is about). */
export const fillingAsksMore = (cues: number): boolean => (cues & more & ~Cue['parameter-override']) !== 0;
/** A quantifier and the word it reaches (one word may come between): "every session", "all open tabs". */
const quantified = /\b(?:all|every|each|any|other)\s+(?:[\w-]+\s+)?([\w-]+)/g;
/** Other people's objects. */
const othersOwn = /\b(?:users?|customers?|owners?)'s?\b|\bof (?:the |other |another )?(?:users?|customers?|accounts?)\b/;

/** A plural read as its singular (`sessions`, `sandboxes`). */
const singular = (word: string): string => (word.endsWith('es') && ephemeral.has(word.slice(0, -2)) ? word.slice(0, -2) : word.endsWith('s') ? word.slice(0, -1) : word);

/** What a tool name says it ends (its other words), if it names a verb of ending and only objects the server made for the work. */
function ownObjectOf(name: string): string[] | undefined {
  const words = foldedWords(name);
  const verb = words.find((w) => ending.has(w));
  if (verb === undefined) return undefined;
  const objects = words.filter((w) => w !== verb).map(singular);
  return onAnything.has(verb) || (objects.length > 0 && objects.every((w) => ephemeral.has(w))) ? objects : undefined;
}

/**
 * Whether a sentence (as written) asks the model to call only tools that end the server's own object for
 * this work, and nothing besides.
 */
export function asksOwnCleanup(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const cues = cuesOf(lower);
  if (!(cues & Cue['call-tool']) || routineCallAsksMore(cues) || othersOwn.test(lower)) return false;
  const ended = new Set<string>();
  identifier.lastIndex = 0;
  for (let m = identifier.exec(sentence); m !== null; m = identifier.exec(sentence)) {
    const name = m[1] ?? m[2]!;
    // A file name or a URL's host is no tool.
    if (namesFile(name)) continue;
    const objects = ownObjectOf(name);
    if (objects === undefined) return false;
    for (const o of objects) ended.add(o);
  }
  // Every one of them, not the one at hand.
  quantified.lastIndex = 0;
  for (let m = quantified.exec(lower); m !== null; m = quantified.exec(lower)) if (ended.has(singular(m[1]!))) return false;
  return ended.size > 0;
}

