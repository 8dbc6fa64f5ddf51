// A pattern of words in other scripts, read as the text it runs on is read (reading.ts folds text to NFKC):
// Thai SARA AM (คำ) and the Devanagari letters with a nukta (ज़, ड़, फ़) decompose there, so a lexicon that
// spells them composed would never match.

/** A regex of `source` folded to NFKC (its syntax is ASCII, which NFKC keeps). */
export const nfkcPattern = (source: string, flags = 'u'): RegExp => new RegExp(source.normalize('NFKC'), flags);
