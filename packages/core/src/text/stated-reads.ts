// A verb of reading a file orders the model only where the model is the one who reads. A tool that says
// what it reads itself states its own behaviour: "connection passwords are read from ~/.pgpass", "the
// server will read credentials from ~/.aws/credentials", "if none is given, libpq will look in ~/.pgpass".
// Such a verb is in the passive of a statement (is, are, was, were, gets, or can / will / may be), or its
// subject is something else than the model and a modal of ability or future governs it (can, will, may,
// does). Not an obligation ("must be read", "has to read", "needs to read": an order, whoever it names),
// not "to" (what someone is to do), and not where the clause names the model or its reader ("you",
// "the assistant", "by the agent"): "the assistant will read ~/.ssh/id_rsa" is still an order.

/** The verbs of reading the file rules name, as written in a statement (bare, passive or third person). */
const reading = /\b(?:read|reads|looks?\s+(?:at|up|in)|loads?|fetch(?:es)?|gets?|checks?|opens?|accesses|access|retrieves?|collects?|extracts?|inspects?)\b/gi;
/** What governs the verb in a statement of what something else does: the passive, or a modal of ability or future with a subject before it. */
const passive = /\b(?:is|are|was|were|gets?|(?:can|could|may|might|will|would)\s+(?:also\s+|then\s+|only\s+)?be)\s+(?:(?:also|then|first|only|always|automatically|normally|usually|by default|\w+ly)\s+)?$/i;
const modal = /\b\w+\s+(?:also\s+|then\s+|only\s+|first\s+|automatically\s+|normally\s+|usually\s+)?(?:can|could|may|might|will|would|does|do)\s+(?:(?:also|then|first|only|always|automatically|normally|usually|instead|\w+ly)\s+)?$/i;
/** An obligation before the verb makes it an order, whatever it names ("must be read", "it has to be read"). */
const obliged = /\b(?:must|should|shall|have\s+to|has\s+to|had\s+to|need|needs|needed|required|require|requires|ought|is\s+to|are\s+to|be\s+sure|make\s+sure|please)\b/i;
/** The model, or whoever reads the text, named before the verb, or after it as the one by whom it is read. */
const model = /\b(?:you|your|yourself|assistant|agent|model|ai|llm|copilot|claude|gpt|reader|caller)\b/i;
const byModel = /\bby\s+(?:the\s+|your\s+|this\s+)?(?:you|assistant|agent|model|ai|llm|copilot|claude|gpt|reader|caller)\b/i;
/** Where a clause ends: `!`, `?`, `;` or a line break, or `.` or `:` before a space (not the dot of `~/.pgpass`). */
const isEnd = (text: string, i: number): boolean => {
  const c = text[i];
  return c === '!' || c === '?' || c === ';' || c === '\n' || ((c === '.' || c === ':') && (i + 1 === text.length || text[i + 1] === ' '));
};
/** The characters read back from a verb for its clause, and forward for a "by …" that names the reader. */
const back = 120;

/**
 * `text` with every verb of reading that a statement of what something else does governs blanked (same
 * length); '' when there is none. Linear: each verb reads at most {@link back} characters either way.
 */
export function statedReadsBlanked(text: string): string {
  reading.lastIndex = 0;
  let out: string[] | undefined;
  for (let m = reading.exec(text); m !== null; m = reading.exec(text)) {
    let from = m.index;
    const stop = Math.max(0, m.index - back);
    while (from > stop && !isEnd(text, from - 1)) from--;
    let to = m.index + m[0].length;
    const end = Math.min(text.length, to + back);
    while (to < end && !isEnd(text, to)) to++;
    const before = text.slice(from, m.index);
    const stated = passive.test(before) || (modal.test(before) && !/^\s*(?:can|could|may|might|will|would|does|do)\b/i.test(before));
    if (!stated || obliged.test(before) || model.test(before) || byModel.test(text.slice(m.index, to))) continue;
    out ??= text.split('');
    for (let i = m.index; i < m.index + m[0].length; i++) out[i] = ' ';
  }
  return out === undefined ? '' : out.join('');
}
