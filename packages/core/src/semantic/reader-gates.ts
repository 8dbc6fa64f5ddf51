// Gates of the grammar readers (read-orders.ts): a reader whose first test is a regex the clause must
// match before the reader can report registers that regex here, and the cue pass (cues.ts), which scans
// every new clause with one literal index anyway, tells per clause whether the regex can match at all -
// by the literals its source requires (text/required-literals.ts), so a closed gate is proof. Where a gate
// is closed, the reader is not called: a clause of English prose costs no scan of a foreign lexicon.
//
// To gate a new reader: `export const myGate = readerGate(firstTest)` in its module, where `firstTest` is
// a regex the reader returns false without (no `i`, `g` or `y` flag: the cue pass reads the lower-case
// clause as it stands), then test `gates & myGate` before calling it (read-orders.ts), and add the pair
// to the list of test/reader-gates.test.ts. The first word of 31 gates full, `moreReaderGate` registers in a
// second (`moreGates` of the clause, tested alike). A regex whose source names no literal every match holds
// (`[a-z]_[a-z]`) gives a gate that is always open: harmless, and useless. A first test of plain searches
// (`includes`) gates as the regex of the same words: the test keeps the two alike. Several gates may
// guard one reader (both open, or either: say so where the reader is called).

const registered: RegExp[] = [];
const registeredMore: RegExp[] = [];
let read = false;

/** At most this many gates: their bits are one 32-bit integer. */
export const maxGates = 31;

/** Registers `firstTest` as a gate; returns its bit (see the file comment). */
export function readerGate(firstTest: RegExp): number {
  return register(registered, firstTest);
}

/** Registers `firstTest` as a gate of the second word (a clause's `moreGates`); returns its bit there. */
export function moreReaderGate(firstTest: RegExp): number {
  return register(registeredMore, firstTest);
}

function register(word: RegExp[], firstTest: RegExp): number {
  if (read) throw new Error('readerGate: registered after the cue reader was built (register at module load)');
  if (/[igy]/.test(firstTest.flags)) throw new Error(`readerGate: flags ${firstTest.flags} are not read by the cue pass`);
  if (word.length === maxGates) throw new Error('readerGate: more than 31 gates in a word');
  word.push(firstTest);
  return 1 << (word.length - 1);
}

/** The registered first tests in bit order; the cue reader reads them once, when it is built. */
export function gatePatterns(): readonly RegExp[] {
  read = true;
  return registered;
}

/** The first tests of the second word, alike. */
export function moreGatePatterns(): readonly RegExp[] {
  read = true;
  return registeredMore;
}

/** Every gate open: for a clause read without the cue pass's gates. */
export const allGates = -1;
