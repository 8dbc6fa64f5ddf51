// The words of a name as a reader sees them: `purgeAll`, `delete_backups`, `always-send-the-key` and
// `id_ed25519Key` run words together at a case change (after a lower-case letter or a digit) or at a run
// of `_` and `-`. One reading for every caller that reads a property's, a tool's or a template variable's
// name as words (definition-fields.ts, documents.ts, fixed-payee.ts), so they cannot disagree on where a
// word ends.

/** A seam between two words of a name: a run of `_`/`-`, or a capital after a lower-case letter or digit. */
const seam = /[_-]+|(?<=[a-z0-9])(?=[A-Z])/g;

/** The words of `name` apart, one blank between two, in their own case (`purgeAll` -> `purge All`). */
export function nameWords(name: string): string {
  return name.replace(seam, ' ');
}
