// The words of a name as a reader sees them: `purgeAll`, `delete_backups`, `always-send-the-key` and
// `id_ed25519Key` run words together at a case change (after a lower-case letter or a digit) or at a run
// of `_` and `-`. One reading for every caller that reads a property's, a tool's or a template variable's
// name as words (definition-fields.ts, documents.ts), so they cannot disagree on where a word ends.
// {@link foldedWords} is the same reading lowered to ASCII words: the words of a tool's name for every reader
// of a call (commands/tool-names.ts, stateful/capabilities.ts), of an API operation or path, and of a schema
// field's name and its parents' (fixed-payee.ts).

/** A seam between two words of a name: a run of `_`/`-`, or a capital after a lower-case letter or digit. */
const seam = /[_-]+|(?<=[a-z0-9])(?=[A-Z])/g;

/** The words of `name` apart, one blank between two, in their own case (`purgeAll` -> `purge All`). */
export function nameWords(name: string): string {
  return name.replace(seam, ' ');
}

/**
 * The lower-case ASCII words of a name, accents folded, split at a case change after a lower-case letter or a
 * digit and at anything not a letter or digit: `readFile`, `read_file`, `read-file`, `read.file` and
 * `mcp__fs__read_file` (prefix and all) give `read file`…; `créerFichier` gives `creer fichier`. Accents are
 * folded before the case split, so an accented letter on either side of a case change parts it too
 * (`destinationÉtrangère` gives `destination etrangere`).
 */
export const foldedWords = (name: string): string[] =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
