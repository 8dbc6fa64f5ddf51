import { bundledRules } from '../rules/bundled.js';
import type { Pattern } from '../rules/pattern.js';
import type { MessagePath } from '../types.js';

// Secrets that leave in a form the secret rules do not read directly: base64 or hex encoded, reversed,
// or split across two fields. Each candidate form is read with the bundled `secret/*` rules' own
// patterns, so a token shape is described once; the finding says which transform revealed it.

export interface TransformedSecret {
  readonly path: MessagePath;
  /** The secret rule whose pattern matched the revealed text. */
  readonly rule: string;
  readonly transform: 'base64 decoding' | 'hex decoding' | 'reversal' | 'joining two fields';
}

interface SecretPattern {
  readonly id: string;
  readonly pattern: Pattern;
}

let patterns: readonly SecretPattern[] | undefined;

function secretPatterns(): readonly SecretPattern[] {
  return (patterns ??= bundledRules()
    .filter((r) => r.family === 'secret' && r.from !== 2 && r.regex !== undefined)
    .map((r) => ({ id: r.id, pattern: r.regex! })));
}

/** The secret rule a text matches (lower-cased, as the rules are written), if any. */
function secretIn(text: string): string | undefined {
  const lower = text.toLowerCase();
  return secretPatterns().find((p) => p.pattern.test(lower))?.id;
}

const base64Run = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const hexRun = /(?:[0-9a-fA-F]{2}){12,}/g;
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sextets = new Map([...alphabet].map((c, i) => [c, i] as const).concat([['-', 62], ['_', 63]]));
const tokenRun = /[A-Za-z0-9_\-+/=.:]{16,}/g;
const maxRuns = 10_000;
const maxJoined = 256;

/** Decodes base64 (standard or URL-safe, padding optional) to Latin-1 text. */
function fromBase64(run: string): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const c of run) {
    const v = sextets.get(c);
    if (v === undefined) continue;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 255);
    }
  }
  return out;
}

function fromHex(run: string): string {
  let out = '';
  for (let i = 0; i + 1 < run.length; i += 2) out += String.fromCharCode(parseInt(run.slice(i, i + 2), 16));
  return out;
}

/** Mostly printable ASCII: decoded text worth reading, not random bytes. */
function printable(text: string): boolean {
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 13 || c === 9) ok++;
  }
  return text.length > 0 && ok / text.length >= 0.9;
}

/** Secrets revealed by decoding, reversing or joining the string values of one request. */
export function findTransformedSecrets(values: readonly { readonly path: MessagePath; readonly raw: string }[]): TransformedSecret[] {
  const out: TransformedSecret[] = [];
  const seen = new Set<string>();
  const report = (path: MessagePath, rule: string, transform: TransformedSecret['transform']): void => {
    const key = `${path.join('\u0000')}\u0000${transform}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, rule, transform });
  };
  let previous: { readonly path: MessagePath; readonly raw: string } | undefined;
  for (const value of values) {
    const raw = value.raw;
    for (const m of raw.matchAll(base64Run)) {
      const decoded = fromBase64(m[0]);
      const rule = printable(decoded) ? secretIn(decoded) : undefined;
      if (rule) report(value.path, rule, 'base64 decoding');
    }
    for (const m of raw.matchAll(hexRun)) {
      const decoded = fromHex(m[0]);
      const rule = printable(decoded) ? secretIn(decoded) : undefined;
      if (rule) report(value.path, rule, 'hex decoding');
    }
    // Reversal: each run of token characters, read backwards.
    let runs = 0;
    for (const m of raw.matchAll(tokenRun)) {
      if (++runs > maxRuns) break;
      const rule = secretIn([...m[0]].reverse().join(''));
      if (rule && secretIn(m[0]) === undefined) report(value.path, rule, 'reversal');
    }
    // A token cut in two and sent in neighbouring fields: read the pair joined, if neither holds it alone.
    const short = raw.length <= maxJoined;
    if (previous !== undefined && short && secretIn(previous.raw) === undefined && secretIn(raw) === undefined) {
      const rule = secretIn(previous.raw + raw);
      if (rule) report(value.path, rule, 'joining two fields');
    }
    previous = short ? { path: value.path, raw } : undefined;
  }
  return out;
}
