import { kindsOfKey } from './classify.js';
import type { RawValue } from './extract.js';
import { Kind } from './kinds.js';

// Arguments sent as YAML text (`"input": "steps:\n  - run: rm -rf /\n"`): a workflow or task runner loads
// them and runs what sits under `run:` or `command:`. A text that is YAML through and through (every line
// a `key: value`, a `- item`, a comment or a block scalar's line) has its values under keys that name a
// command, a path or a URL read as values of their own at the same path, as JSON text's are (json-text.ts).
// Prose with a colon in it is not YAML by this reading: one line of prose ends it.

const maxInner = 1000;
// The value is taken greedily and trimmed by hand: a lazy value before `\s*$` backtracks over every space.
const keyLine = /^(\s*)(?:-[ \t]+)?([A-Za-z_][\w.-]{0,63})[ \t]*:(?:[ \t]+(.*))?$/;
const itemLine = /^\s*-(?:\s+.*)?$/;
const blockStart = /^[|>][-+]?[0-9]?$/;
const readKinds = Kind.Command | Kind.Path | Kind.Url;
const none: readonly RawValue[] = Object.freeze([]);

const indentOf = (line: string): number => line.length - line.trimStart().length;
/** A plain or quoted scalar as YAML reads it (quotes taken off; escapes left). */
function scalar(text: string): string {
  const first = text[0];
  if (text.length >= 2 && (first === '"' || first === "'") && text[text.length - 1] === first) return text.slice(1, -1);
  const comment = text.indexOf(' #');
  return comment === -1 ? text : text.slice(0, comment).trimEnd();
}

const manifestKeys = /^apiVersion:[^\n]*\n(?:[^\n]*\n){0,8}?kind:|^kind:[^\n]*\n(?:[^\n]*\n){0,8}?apiVersion:/m;

/**
 * Whether `text` is a Kubernetes manifest (top-level `apiVersion:` and `kind:`): its paths are mounts the cluster
 * makes, not files opened now (what a mount hands the pod is read by commands/container-specs.ts).
 */
export function manifestText(text: string): boolean {
  return text.includes('apiVersion:') && manifestKeys.test(text);
}

/**
 * The lines of a text as `text.split(/\r?\n/)` gives them, cut as they are read: most texts stop being YAML
 * at their first line, and splitting all of a megabyte of code first made a string per line to throw away.
 */
class LazyLines {
  readonly #text: string;
  readonly #lines: string[] = [];
  /** Where the next line starts; -1 after the last. */
  #next = 0;

  constructor(text: string) {
    this.#text = text;
  }

  has(i: number): boolean {
    while (this.#lines.length <= i && this.#next >= 0) {
      const end = this.#text.indexOf('\n', this.#next);
      const stop = end < 0 ? this.#text.length : end;
      this.#lines.push(this.#text.slice(this.#next, stop > this.#next && this.#text.charCodeAt(stop - 1) === 0x0d && end >= 0 ? stop - 1 : stop));
      this.#next = end < 0 ? -1 : end + 1;
    }
    return i < this.#lines.length;
  }

  /** Line `i`, once {@link has} said it is there. */
  at(i: number): string {
    return this.#lines[i]!;
  }
}

/**
 * The values under command, path and URL keys of a value that is YAML text (two lines or more), each a value
 * of its own at the same path with its key's kinds; empty when the value is not YAML text.
 */
export function yamlTextValues(raw: RawValue): readonly RawValue[] {
  const text = raw.raw;
  // Most values are not YAML: no key line, or one line.
  if (!text.includes('\n') || !text.includes(':')) return none;
  const lines = new LazyLines(text);
  let out: RawValue[] | undefined;
  let keyed = 0;
  // Bits of the top-level keys a Kubernetes manifest has: apiVersion (1) and kind (2).
  let manifest = 0;
  for (let i = 0; lines.has(i); i++) {
    const line = lines.at(i);
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const pair = keyLine.exec(line);
    if (pair === null) {
      if (itemLine.test(line)) continue;
      return none;
    }
    keyed++;
    const key = pair[2]!;
    if (pair[1] === '') manifest |= key === 'apiVersion' ? 1 : key === 'kind' ? 2 : 0;
    let value = (pair[3] ?? '').trim();
    if (blockStart.test(value)) {
      // A block scalar: the lines below, indented deeper than its key, are its text.
      const indent = indentOf(line);
      const block: string[] = [];
      for (; lines.has(i + 1) && (lines.at(i + 1).trim() === '' || indentOf(lines.at(i + 1)) > indent); i++) block.push(lines.at(i + 1).trim());
      value = block.join('\n').trim();
    } else value = scalar(value);
    const kinds = kindsOfKey(key);
    if (value === '' || (kinds & readKinds) === 0 || (out?.length ?? 0) >= maxInner) continue;
    (out ??= []).push({ path: raw.path, key, raw: value, kinds, byShape: true });
  }
  if (keyed < 2 || out === undefined) return none;
  // A Kubernetes manifest's paths are mounts the cluster makes, not files opened now: what a mount hands the
  // pod is read by commands/container-specs.ts. Its commands and URLs are read as before.
  return manifest === 3 ? out.filter((v) => (v.kinds & (Kind.Command | Kind.Url)) !== 0) : out;
}
