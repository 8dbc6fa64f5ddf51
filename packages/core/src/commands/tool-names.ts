// What a called tool's name says, read once per name: its words (camelCase split, accents folded, the client's
// `mcp__server__` prefix dropped) and what each reader of a call asks of them - the access it opens
// (field-grants.ts), the control it switches off (field-controls.ts), items it wipes or closes in bulk
// (field-operations.ts), a spec it hands a container engine (container-specs.ts), a file it writes, the
// capabilities its words suggest (stateful/capabilities.ts), the program it is named for (field-commands.ts),
// what the money reader reads of its calls (money-grants.ts) and the messages it sends (secret-asking-messages.ts).
// A session calls the same few tools again and again: the guard keeps the readings in one bounded cache (its
// `caches` bounds) shared by the guard and its layers, not in module-level maps per reader.
import { type CacheBounds, Recent } from '../recent.js';
import { fileWriteTool } from '../paths/write-targets.js';
import { capabilitiesOfName } from '../stateful/capabilities.js';
import { namedProgram } from './field-commands.js';
import { namesSpec } from './container-specs.js';
import { type ControlName, controlName } from './field-controls.js';
import { grantClass, wordsOfTool } from './field-grants.js';
import { namesBulk, namesWipe } from './field-operations.js';
import { mayAct } from './back-office-controls.js';
import { moneyReadingOf } from './money-grants.js';
import { namesLetThrough, namesVerdicts } from '../stateful/condemned-indicators.js';
import { namesScanner } from '../stateful/written-scope.js';
import { pageToolOf } from '../stateful/browser-pages.js';
import { messageToolOf } from './secret-asking-messages.js';

/** What a tool's name says, for every reader of its calls. */
export interface ToolName {
  /** Its own words (lower case, without the server's prefix). */
  readonly words: readonly string[];
  /** What it opens, as field-grants' bits. */
  readonly grants: number;
  /** What it says of security controls (field-controls). */
  readonly control: ControlName;
  /** It deletes, archives or trashes items (field-operations). */
  readonly wipes: boolean;
  /** It changes many items at once (field-operations). */
  readonly bulk: boolean;
  /** It hands a spec to a container engine or a cluster (container-specs). */
  readonly spec: boolean;
  /** It writes files (a write verb anywhere in the name as sent: write-targets' fileWriteTool). */
  readonly writes: boolean;
  /** It types text (`desktop_type`): typed-lines reads where the text goes. */
  readonly types: boolean;
  /** The capabilities its words suggest, as stateful/capabilities' bits (the whole name, prefix and all). */
  readonly capabilities: number;
  /** The program and sub-command words it is named for (`docker_run` → `docker run`: field-commands.ts), or undefined. */
  readonly program: string | undefined;
  /** It may act on what it names rather than only read it (back-office-controls' mayAct). */
  readonly acts: boolean;
  /** Its answers are read for verdicts on indicators (stateful/condemned-indicators' namesVerdicts). */
  readonly readsVerdicts: boolean;
  /** What its name says it lets through (allows, unblocks, releases, un-contains: condemned-indicators' bits). */
  readonly lets: number;
  /** It is a scanner's, exploit's or sprayer's (stateful/written-scope's namesScanner). */
  readonly scans: boolean;
  /** What the money reader reads of its calls (money-grants' moneyReadingOf bits; 0 for most tools). */
  readonly money: number;
  /** What it does in a browser (opens, types, clicks, reports the page): stateful/browser-pages' bits. */
  readonly page: number;
  /** What it says of messages to people (sends them, to many at once): secret-asking-messages' MessageTool bits. */
  readonly messages: number;
}

/** Reads a tool's name as sent. */
export function readToolName(tool: string): ToolName {
  const words = wordsOfTool(tool);
  const acts = mayAct(words);
  return { words, grants: grantClass(words), control: controlName(words), wipes: namesWipe(words), bulk: namesBulk(words), spec: namesSpec(words), writes: fileWriteTool.test(tool), types: words.includes('type'),
    capabilities: capabilitiesOfName(tool), program: namedProgram(tool), acts,
    readsVerdicts: namesVerdicts(tool), lets: namesLetThrough(tool), scans: namesScanner(tool), money: moneyReadingOf(words),
    page: pageToolOf(words), messages: messageToolOf(words, acts) };
}

/** The readings of recent tool names (at most `maxEntries`, names up to `maxTextLength`); with no caches, each is read anew. */
export class ToolNames {
  readonly #recent: Recent<string, ToolName>;
  readonly #maxLength: number;
  readonly #keeps: boolean;
  // The name asked last and its reading: the guard and its layers ask a message's one tool several times
  // (the guard, request analysis, data flow's capabilities and readers), each a look-up in the cache else.
  #lastTool: string | undefined = undefined;
  #lastName: ToolName | undefined = undefined;

  constructor(caches: CacheBounds) {
    this.#recent = new Recent(caches.maxEntries);
    this.#maxLength = caches.maxTextLength;
    this.#keeps = caches.maxEntries > 0;
  }

  of(tool: string): ToolName {
    if (tool === this.#lastTool) return this.#lastName!;
    let name = this.#recent.get(tool);
    if (name === undefined) {
      name = readToolName(tool);
      if (!this.#keeps || tool.length > this.#maxLength) return name;
      this.#recent.set(tool, name);
    }
    this.#lastTool = tool;
    this.#lastName = name;
    return name;
  }
}
