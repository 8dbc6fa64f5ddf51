import { allKinds, Kind } from '../values/kinds.js';
import type { Scanned } from '../values/scanned.js';
import type { CompiledRule } from './compile.js';

/** Values longer than this are matched in windows around prefilter hits, not as a whole. */
const longValue = 8192;
/** More prefilter hits than this in one long value: match the whole value once instead. */
const maxWindows = 48;
const maxEvidence = 120;

function formsFor(rule: CompiledRule, value: Scanned): string[] {
  const shared = rule.kinds & value.bits;
  const forms: string[] = [];
  if (shared & Kind.Path) forms.push(value.pathForm);
  if (shared & Kind.Command) forms.push(value.commandForm);
  if (shared & Kind.Url) forms.push(value.urlForm);
  if (rule.kinds === allKinds || shared & ~(Kind.Path | Kind.Command | Kind.Url) || forms.length === 0) forms.push(value.text);
  return forms;
}

function windowsAround(text: string, literals: readonly string[], radius: number): [number, number][] | 'whole' | undefined {
  const hits: number[] = [];
  for (const literal of literals) {
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + literal.length)) {
      hits.push(at);
      if (hits.length > maxWindows) return 'whole';
    }
  }
  if (hits.length === 0) return undefined;
  hits.sort((a, b) => a - b);
  const windows: [number, number][] = [];
  for (const hit of hits) {
    const start = Math.max(0, hit - radius);
    const end = Math.min(text.length, hit + radius);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

function evidenceOf(match: string, redact: boolean): string {
  const trimmed = match.length > maxEvidence ? `${match.slice(0, maxEvidence)}…` : match;
  return redact ? redactText(trimmed) : trimmed;
}

/** Keeps the first four characters of a secret and hides the rest. */
export function redactText(secret: string): string {
  return secret.length <= 8 ? '[redacted]' : `${secret.slice(0, 4)}…[redacted]`;
}

function exec(rule: CompiledRule, text: string): string | undefined {
  const regex = rule.regex!;
  if (text.length <= longValue || rule.prefilter === undefined) {
    if (rule.prefilter && !rule.prefilter.some((literal) => text.includes(literal))) return undefined;
    const match = regex.exec(text);
    return match ? evidenceOf(match[0] ?? '', rule.redact) : undefined;
  }
  const windows = windowsAround(text, rule.prefilter, rule.window);
  if (windows === undefined) return undefined;
  if (windows === 'whole') {
    const match = regex.exec(text);
    return match ? evidenceOf(match[0] ?? '', rule.redact) : undefined;
  }
  for (const [start, end] of windows) {
    const match = regex.exec(text.slice(start, end));
    if (match) return evidenceOf(match[0] ?? '', rule.redact);
  }
  return undefined;
}

/** Evidence if `rule` matches `value`, else undefined. */
export function matchRule(rule: CompiledRule, value: Scanned): string | undefined {
  if (rule.declared !== 0 && (value.declared & rule.declared) === 0) return undefined;
  if (rule.undeclared !== 0 && (value.declared & rule.undeclared) !== 0) return undefined;
  if (rule.signals !== 0 && (value.signals & rule.signals) === 0) return undefined;
  if (rule.regex === undefined) return evidenceOf(value.raw, rule.redact);
  for (const form of formsFor(rule, value)) {
    const evidence = exec(rule, form);
    if (evidence !== undefined) return evidence;
  }
  return undefined;
}
