// A spreadsheet formula a call writes into a cell that fetches a URL carrying a range of the sheet's cells:
// Google Sheets' IMPORTDATA, IMPORTXML, IMPORTHTML, IMPORTFEED and IMAGE, and Excel's WEBSERVICE, request
// their URL each time the sheet recalculates, so a query built from a range (`"https://h/?d="&TEXTJOIN(",",
// TRUE,A2:H500)`) sends those cells to the host with no one opening a link. A fixed URL (a rates feed) or one
// cell joined in (a logo by its domain, a price by its code) names what it fetches and passes. HYPERLINK only
// fetches when clicked, so it is read too: a link that carries a whole range is the same send, one click away.
// Findings are data; one pass over the formula, linear in its length.

/** The functions that request a URL: the URL is their first argument. */
const fetching = /\b(?:import(?:data|xml|html|feed)|image|webservice|hyperlink)\s*\(/gi;
/** A range of cells (`A2:H500`, `$B:$B`, `Sheet1!C1:C`), never part of a URL (string literals are taken out first). */
const range = /(?:^|[^A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?\d{0,7}:\$?[A-Za-z]{1,3}\$?\d{0,7}(?![A-Za-z0-9_(])/;
/** A literal URL inside the argument (`"https://h/?d="&…`, `CONCAT("https://h/?d=",…)`). */
const url = /"\s*(https?:\/\/[^"/\s]+)/i;
const maxFormula = 65_536;
/** Fetching calls read per formula: each scans to its argument's end, so nested calls stay linear. */
const maxCalls = 16;

/** The first argument of the call whose `(` is at `open`: up to the `,` or `)` at its own depth, strings skipped. */
function firstArgument(formula: string, open: number): string {
  let depth = 0;
  let quoted = false;
  for (let i = open + 1; i < formula.length; i++) {
    const c = formula.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth === 0) return formula.slice(open + 1, i);
      depth--;
    } else if ((c === 0x2c || c === 0x3b) && depth === 0) return formula.slice(open + 1, i);
  }
  return formula.slice(open + 1);
}

/** The argument without its string literals (a `""` inside one is its quote). */
const withoutStrings = (text: string): string => text.replace(/"[^"]*"/g, '""');

/**
 * What a formula written to a cell sends out (a sentence), or undefined: a fetching function whose URL is a
 * literal host joined with a range of cells.
 */
export function formulaFetch(value: string): string | undefined {
  // A printable character other than a formula's signs first (no space trimStart drops): no formula, and no trim asked.
  const c = value.charCodeAt(0);
  if (c > 0x20 && c < 0x7f && c !== 0x3d && c !== 0x2b && c !== 0x40) return undefined;
  const formula = value.trimStart();
  const first = formula.charCodeAt(0);
  if ((first !== 0x3d && first !== 0x2b && first !== 0x40) || formula.length > maxFormula) return undefined;
  fetching.lastIndex = 0;
  let calls = 0;
  for (let m = fetching.exec(formula); m !== null && calls++ < maxCalls; m = fetching.exec(formula)) {
    const argument = firstArgument(formula, m.index + m[0].length - 1).trim();
    const host = url.exec(argument);
    if (host !== null && range.test(withoutStrings(argument))) {
      const name = m[0].replace(/\s*\($/, '').toUpperCase();
      return `a formula (${name}) that requests ${host[1]!.slice(0, 80)} with a range of the sheet's cells in its URL`;
    }
  }
  return undefined;
}
