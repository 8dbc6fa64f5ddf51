import { allKinds, Kind } from '../values/kinds.js';
import type { ScannedValue } from '../types.js';
import type { CompiledRule } from './compile.js';
import type { Pattern } from './pattern.js';

/** Values longer than this are matched in windows around prefilter hits, not as a whole. */
export const longValue = 8192;
/** Prefilter hits kept per rule and value; enough to cover any value within the size limits. */
export const maxHits = 100_000;
const maxEvidence = 120;

/** The forms of a value a rule looks at: the kind-specific forms it shares with the value, else the text. */
function formsFor(rule: CompiledRule, value: ScannedValue): string[] {
  const forms: string[] = [];
  forms.length = formsInto(rule, value, forms);
  return forms;
}

/**
 * {@link formsFor} written into `forms` from index 0, returning how many: the rule layer reuses one array
 * for every rule and value (setting an array's length is a runtime call, and emptying it frees its store).
 */
export function formsInto(rule: CompiledRule, value: ScannedValue, forms: string[]): number {
  const shared = rule.kinds & value.kindMask;
  let n = 0;
  if (shared & Kind.Path) forms[n++] = value.pathForm;
  if (shared & Kind.Command) forms[n++] = value.commandForm;
  if (shared & Kind.Url) forms[n++] = value.urlForm;
  if (rule.kinds === allKinds || shared & ~(Kind.Path | Kind.Command | Kind.Url) || n === 0) forms[n++] = value.text;
  return n;
}

/** Whether a signals-only rule's `unless` exception holds for one of the value's forms. */
export function unlessHolds(rule: CompiledRule, value: ScannedValue): boolean {
  return rule.unless !== undefined && formsFor(rule, value).some((form) => rule.unless!.test(form));
}

/** Whether the value can be matched by the rule at all (kinds, declared field kinds, signals). */
export function applies(rule: CompiledRule, value: ScannedValue): boolean {
  if ((rule.kinds & value.kindMask) === 0 && rule.kinds !== allKinds) return false;
  if (rule.declared !== 0 && (value.declaredMask & rule.declared) === 0) return false;
  if (rule.undeclared !== 0 && (value.declaredMask & rule.undeclared) !== 0) return false;
  if (rule.toModel && value.quoted) return false;
  return rule.signals === 0 || (value.signalMask & rule.signals) !== 0;
}

/** Long spans are tested in chunks of this size, and a match is located within a sub-chunk of this size. */
const chunk = 64 * 1024;
const subChunk = 4 * 1024;

function isAscending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! < list[i - 1]!) return false;
  return true;
}

/** Whether every `near` group has a hit within `radius` of `anchor` (positions sorted). */
function nearAll(groups: readonly (readonly number[])[], anchor: number, radius: number): boolean {
  for (const positions of groups) {
    // Binary search for the first position ≥ anchor - radius.
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid]! < anchor - radius) lo = mid + 1;
      else hi = mid;
    }
    if (lo === positions.length || positions[lo]! > anchor + radius) return false;
  }
  return true;
}

function windowsAround(text: string, hits: readonly number[], radius: number, near: readonly (readonly number[])[] | undefined): [number, number][] {
  // The rule plan's hits come sorted; a copy is sorted only when they are not.
  const sorted = isAscending(hits) ? hits : [...hits].sort((a, b) => a - b);
  const windows: [number, number][] = [];
  for (const hit of sorted) {
    if (near !== undefined && !nearAll(near, hit, radius)) continue;
    const start = Math.max(0, hit - radius);
    const end = Math.min(text.length, hit + radius);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * Runs the rule's pattern over text[start, end): cheap `test` calls over overlapping chunks, and the
 * costlier match extraction only inside the (sub-)chunk that matched.
 */
function execSpan(rule: CompiledRule, text: string, start: number, end: number, evidence: boolean): string | undefined {
  const pattern = rule.regex!;
  const overlap = Math.min(rule.window, chunk / 4);
  for (let from = start; from < end; from += chunk - overlap) {
    const to = Math.min(end, from + chunk);
    if (pattern.testRange(text, from, to)) {
      if (!evidence) return '';
      const span = from === 0 && to === text.length ? text : text.slice(from, to);
      return evidenceOf(locate(pattern, span, Math.min(rule.window, subChunk / 4)), rule.redact);
    }
    if (to === end) break;
  }
  return undefined;
}

/** The first match in a span known to match, looked for in small sub-chunks first. */
function locate(pattern: Pattern, span: string, overlap: number): string {
  if (span.length > subChunk) {
    for (let from = 0; from < span.length; from += subChunk - overlap) {
      const piece = span.slice(from, from + subChunk);
      if (pattern.test(piece)) return firstMatch(pattern, piece);
      if (from + subChunk >= span.length) break;
    }
  }
  return firstMatch(pattern, span);
}

/** Long enough for evidence to be cut, short enough that testing this prefix costs little. */
const probe = 256;

/**
 * The first match of a pattern in a text it matches (or enough of it for evidence). An anchored
 * pattern's match starts at 0; when no match ends within the first `probe` characters (a match
 * ending earlier would match the prefix too), it is longer than evidence keeps, so its start is
 * the evidence: the match extraction (an NFA about 30 times slower than `test`) never runs over a
 * match thousands of characters long (`http://a.a.a…a.internal`).
 */
function firstMatch(pattern: Pattern, text: string): string {
  if (pattern.anchored && text.length > probe && !pattern.test(text.slice(0, probe))) return text.slice(0, maxEvidence + 1);
  return pattern.firstMatch(text) ?? '';
}

function evidenceOf(match: string, redact: boolean): string {
  const trimmed = match.length > maxEvidence ? `${match.slice(0, maxEvidence)}…` : match;
  return redact ? redactText(trimmed) : trimmed;
}

/** Keeps the first four characters of a secret and hides the rest. */
export function redactText(secret: string): string {
  return secret.length <= 8 ? '[redacted]' : `${secret.slice(0, 4)}…[redacted]`;
}

/**
 * Runs the rule's patterns over one form. `hits` are the start offsets of its prefilter literals in
 * `text` (undefined for a rule without prefilter) and `near` the sorted offsets of each `near` group;
 * long values are matched only in windows around hits that have every group nearby. Without `evidence`
 * a match gives '' (only whether it matches is asked: the match extraction is skipped).
 */
export function execRule(
  rule: CompiledRule,
  text: string,
  hits: readonly number[] | undefined,
  near: readonly (readonly number[])[] | undefined,
  evidence = true,
): string | undefined {
  if (hits !== undefined && hits.length === 0) return undefined;
  if (near !== undefined && near.some((group) => group.length === 0)) return undefined;
  if (rule.unless?.test(text)) return undefined;
  if (text.length <= longValue || hits === undefined) return execSpan(rule, text, 0, text.length, evidence);
  for (const [start, end] of windowsAround(text, hits, rule.window, near)) {
    const found = execSpan(rule, text, start, end, evidence);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Evidence for a rule without patterns (signals only). */
export function signalEvidence(rule: CompiledRule, value: ScannedValue): string {
  return evidenceOf(value.raw, rule.redact);
}
