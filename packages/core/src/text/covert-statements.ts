// A covert adverb ("silently", "quietly") orders the model only where its verb heads a clause of its own
// ("silently add …", "when asked, quietly forward …"). Governed by a modal, a form of "be" or "to" whose
// subject is not the model, it says what something else does: "a name collision can … silently change
// references", "npm will quietly skip it", "the sync can silently replace files changed on both sides" is
// a tool's own behaviour, or a warning to its user, not an act it asks the model to hide.

export const covert = /\b(?:silently|secretly|covertly|quietly|discreetly|invisibly)\b/;
export const governed = /\b(?:can|could|may|might|will|would|cannot|can't|won't|is|are|was|were|be|been|being|to)\s+(?:(?:also|then|just|not|still|otherwise|easily|even|often|sometimes|\w+ly)\s+)?(?:(?:or|and)\s+)?$|\b(?:can|could|may|might|will|would|cannot|can't|won't|to)\b[^.!?;]*,?\s*(?:or|and|nor|but)\s+$/;
/** The model (or "you") before the modal makes it an order after all: "the model can silently add …". */
export const model = /\b(?:you|your|yourself|assistant|agent|model|ai|llm)\b/;

// The blanking reads text in any case (a tool's description as written) as well as lower case.
const covertAll = new RegExp(covert.source, 'gi');
const governedAny = new RegExp(governed.source, 'i');
const modelAny = new RegExp(model.source, 'i');
/** Where a clause starts: after the last sentence end, `;` or line break. */
const clauseEnd = /[.!?;\n]/;
/** The characters read back from an adverb for its clause (a modal stands near its verb). */
const back = 160;

/**
 * `text` (any case) with every covert adverb that its clause governs by a modal, "be" or "to" with no
 * model named before it blanked (same length); '' when there is none. Linear: each adverb reads at most
 * 160 characters back.
 */
export function covertStatementsBlanked(text: string): string {
  covertAll.lastIndex = 0;
  let out: string[] | undefined;
  for (let m = covertAll.exec(text); m !== null; m = covertAll.exec(text)) {
    let from = m.index;
    const stop = Math.max(0, m.index - back);
    while (from > stop && !clauseEnd.test(text[from - 1]!)) from--;
    const before = text.slice(from, m.index);
    if (!governedAny.test(before) || modelAny.test(before)) continue;
    out ??= text.split('');
    for (let i = m.index; i < m.index + m[0].length; i++) out[i] = ' ';
  }
  return out === undefined ? '' : out.join('');
}
