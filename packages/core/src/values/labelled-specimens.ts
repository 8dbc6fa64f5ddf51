import type { ScannedValue } from '../types.js';

// A row of a labelled data set (a prompt-injection benchmark, a moderation or red-team set) whose label names
// its text an attack holds a specimen of one: the model reads it as what the set collects, not as an order to
// it. The row comes as an object beside its label (`{ text, label: "injection" }`), in structured content or
// in a JSON text. A row labelled otherwise, or with no label, is read as any field is: an attacker who wants an
// order followed does not file it under "injection".

/** Keys a data set's label goes under. */
const labelKeys: ReadonlySet<string> = new Set(['label', 'labels', 'class', 'category', 'classification', 'verdict', 'gold', 'gold_label', 'target', 'tag', 'type']);
/** A label naming its text an attack. */
const attackLabel = /^(?:prompt[ _-]?)?(?:injections?|injected|jailbreaks?|attacks?|adversarial|malicious|unsafe|harmful|exfiltration|manipulation)$/i;
/** The longest JSON text read for its rows: past it, the text is read as it is. */
const maxJson = 1 << 20;

const isLabel = (key: string, value: unknown): boolean => typeof value === 'string' && labelKeys.has(key.toLowerCase()) && attackLabel.test(value.trim());
const labelled = (record: Record<string, unknown>): boolean => Object.keys(record).some((k) => isLabel(k, record[k]));

/** Walks a JSON value without recursion (no depth to run out of), calling `row` for each object labelled an attack (not walked into). */
function walk(json: unknown, row: (record: Record<string, unknown>) => void): void {
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (labelled(record)) row(record);
    else for (const k of Object.keys(record)) stack.push(record[k]);
  }
}

/**
 * A JSON text (`{…}` or `[…]`) with the strings of its rows labelled attacks emptied, written again and padded
 * to the text's length (offsets into it stay valid); undefined when it is no JSON or has no such row.
 */
export function jsonSpecimensBlanked(text: string): string | undefined {
  const first = text.charCodeAt(0);
  if (text.length > maxJson || (first !== 0x7b && first !== 0x5b) /* { [ */) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  let rows = 0;
  walk(parsed, (record) => {
    rows++;
    for (const k of Object.keys(record)) if (typeof record[k] === 'string' && !isLabel(k, record[k])) record[k] = '';
  });
  if (rows === 0) return undefined;
  const written = JSON.stringify(parsed);
  return written.length <= text.length ? written.padEnd(text.length) : undefined;
}

/**
 * A document's parts (the strings of a message, in order) with the texts of its rows labelled attacks blanked
 * (same lengths): the fields of such rows in `json` (the message's structured content), and the rows of a
 * part that is a JSON text. Undefined when there are none.
 */
export function partsSpecimensBlanked(parts: readonly string[], json: unknown): string[] | undefined {
  let specimens: Set<string> | undefined;
  walk(json, (record) => {
    for (const k of Object.keys(record)) {
      const v = record[k];
      if (typeof v === 'string' && !isLabel(k, v)) (specimens ??= new Set()).add(v);
    }
  });
  let changed = false;
  const out = parts.map((part) => {
    const view = specimens?.has(part) === true ? ' '.repeat(part.length) : jsonSpecimensBlanked(part);
    if (view === undefined) return part;
    changed = true;
    return view;
  });
  return changed ? out : undefined;
}

const sameParent = (a: ScannedValue['path'], b: ScannedValue['path']): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Whether the order a rule found in `values[at]` (`carries` tells a text holding it) is only inside rows a
 * label names attacks: the value is a field of such a row, or a JSON text whose other parts hold no order.
 * Read only for a value a rule matched: linear in the message's values and in its text.
 */
export function onlyInAttackSpecimens(values: readonly ScannedValue[], at: number, carries: (text: string) => boolean): boolean {
  const value = values[at]!;
  if (!labelKeys.has(value.key.toLowerCase()) && value.path.length >= 2) {
    for (const other of values) if (other !== value && isLabel(other.key, other.raw) && sameParent(other.path, value.path)) return true;
  }
  const view = jsonSpecimensBlanked(value.text);
  return view !== undefined && !carries(view);
}
