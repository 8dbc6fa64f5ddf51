import { isSpace } from '../text/char-classes.js';
import { foldedWords } from '../text/name-words.js';
import type { ScannedValue } from '../types.js';
import { Kind } from '../values/kinds.js';
import { Scanned } from '../values/scanned.js';

// A pentest or a scan outside the scope the session read. An engagement's scope document, a ticket or a
// rules-of-engagement page says which address ranges may be tested ("In scope: 203.0.113.0/26, 10.40.12.0/24")
// and which not ("Out of scope: the payment provider 198.51.100.0/24"); a scanner, an exploit module or a
// password spray aimed at a range no in-scope range holds (a whole /16 around the scoped /24, the third party,
// the Internet) attacks someone who never agreed to it. Read only when the session read a scope and the call
// is a scanner's; a target inside the scope, and a scan of a session that read none, pass.

/** A range as its first address (a 32-bit number) and its prefix length. */
export type Range = readonly [number, number];

/** The ranges a session's answers put in and out of scope (kept in its state). */
export type WrittenScope = {
  in: Range[];
  out: Range[];
};

/** The most ranges kept per side. */
const maxRanges = 32;
/** The longest text read for a scope: a scope is a page, not a log. */
const maxText = 32_768;

const scopeWord = /in[- ]scope|out[- ]of[- ]scope|not in scope|scope:/;
const outWords = /out[- ]of[- ]scope|not in scope|excluded|exclusions?:|do not (?:test|scan|touch)|never (?:test|scan)/;
const range = /(?:^|[^0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?(?![0-9]|\.\d)/g;

/** The ranges written in a text (at most 64), each as a Range. */
export function rangesIn(text: string, emit: (r: Range) => void): void {
  range.lastIndex = 0;
  let count = 0;
  for (let m = range.exec(text); m !== null && count < 64; m = range.exec(text), count++) {
    const octets = [m[1], m[2], m[3], m[4]].map(Number);
    if (octets.some((o) => o > 255)) continue;
    const bits = m[5] === undefined ? 32 : Math.min(32, Number(m[5]));
    const address = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
    emit([bits === 0 ? 0 : (address & (~0 << (32 - bits))) >>> 0, bits]);
  }
}

/** Whether range `inner` lies inside range `outer`. */
const within = (inner: Range, outer: Range): boolean => inner[1] >= outer[1] && (outer[1] === 0 || (inner[0] >>> (32 - outer[1])) === (outer[0] >>> (32 - outer[1])));
/** Whether two ranges share an address. */
const overlaps = (a: Range, b: Range): boolean => within(a, b) || within(b, a);

/** The scope one text writes (undefined when none: most texts). Each line that names a scope is read; an out-of-scope line's ranges go out. */
function writtenIn(text: string): WrittenScope | undefined {
  // One search of the canonical (case-folded) text for the word every scope line holds: most texts hold none.
  if (!text.includes('scope') || !scopeWord.test(text)) return undefined;
  let out: WrittenScope | undefined;
  let side: 'in' | 'out' | undefined;
  // Lines, and the sentences of a line ("In scope: 203.0.113.0/26. Out of scope: anything else.").
  for (const line of text.split(/\n|[.;](?=\s)/)) {
    // A line that names a side starts it; lines after it with ranges stay on it (a list under a heading).
    if (outWords.test(line)) side = 'out';
    else if (scopeWord.test(line)) side = 'in';
    if (side === undefined) continue;
    const into = side;
    rangesIn(line, (r) => {
      const scope = (out ??= { in: [], out: [] });
      if (scope[into].length < maxRanges) scope[into].push(r);
    });
  }
  return out;
}

/** What {@link writtenIn} read of a value's text, kept with its text's reading (a page read again is read once). */
function writtenScopeOf(value: ScannedValue): WrittenScope | undefined {
  const reading = value instanceof Scanned ? value.reading : undefined;
  const kept = reading?.scope as WrittenScope | null | undefined;
  if (kept !== undefined) return kept ?? undefined;
  const scope = writtenIn(value.text);
  if (reading !== undefined) reading.scope = scope ?? null;
  return scope;
}

/** The scope an answer's values write (undefined when none: most answers), each value's ranges after the last's. */
export function scopeOf(values: readonly ScannedValue[]): WrittenScope | undefined {
  let out: WrittenScope | undefined;
  const count = Math.min(values.length, 64);
  for (let v = 0; v < count; v++) {
    const value = values[v]!;
    if (value.raw.length > maxText) continue;
    const scope = writtenScopeOf(value);
    if (scope === undefined) continue;
    out ??= { in: [], out: [] };
    for (const r of scope.in) if (out.in.length < maxRanges) out.in.push(r);
    for (const r of scope.out) if (out.out.length < maxRanges) out.out.push(r);
  }
  return out;
}

/** The session's scope with a new answer's (each side's newest kept). */
export function mergedScope(before: WrittenScope | undefined, after: WrittenScope): WrittenScope {
  if (before === undefined) return after;
  return { in: [...before.in, ...after.in].slice(-maxRanges), out: [...before.out, ...after.out].slice(-maxRanges) };
}

/** Words of a tool or a program that scans, exploits or sprays a network. */
const scannerWords = new Set(['nmap', 'masscan', 'zmap', 'rustscan', 'naabu', 'nuclei', 'msf', 'msfconsole', 'metasploit', 'exploit', 'crackmapexec', 'cme', 'netexec', 'nxc', 'hydra', 'medusa', 'spray', 'bruteforce', 'brute', 'scan', 'scanner', 'portscan', 'kerbrute', 'responder', 'impacket']);
/** Keys naming what a scanner aims at. */
const targetKeys = new Set(['target', 'targets', 'host', 'hosts', 'rhosts', 'rhost', 'range', 'ranges', 'cidr', 'ip', 'ips', 'address', 'addresses', 'network', 'networks', 'subnet', 'scope']);

/** Whether a tool's name is a scanner's (kept per name as `ToolName.scans`). */
export const namesScanner = (tool: string): boolean => foldedWords(tool).some((w) => scannerWords.has(w));

/** The most values of a call read for a scanner's shell line or its targets. */
export const maxCallValues = 64;

/** A character of a program's name as a shell line starts with it (`a`-`z`, a digit, `_`, `.`, `-`). */
const isProgramChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d;
/** How far into a shell line its program is looked for. */
const maxProgramReach = 4096;

/** The end of the run of program characters from `from` (`from` itself when there is none). */
function programEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isProgramChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The program a shell line starts with, past blanks and a `sudo` (what `^\s*(?:sudo\s+)?([a-z0-9_.-]+)` captures),
 * or undefined: read by character, as every command value of every call is asked (a capturing regex cost more).
 */
function leadingProgram(text: string): string | undefined {
  const end = Math.min(text.length, maxProgramReach);
  let start = 0;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  const stop = programEnd(text, start, end);
  if (stop === start) return undefined;
  if (stop - start !== 4 || !text.startsWith('sudo', start)) return text.slice(start, stop);
  let next = stop;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  const after = next > stop ? programEnd(text, next, end) : next;
  return after > next ? text.slice(next, after) : 'sudo';
}

/** Whether a call's value is a shell line that runs a scanner (`sudo nmap …`, `nuclei.py …`). */
export function runsScanner(value: ScannedValue): boolean {
  if (!(value.kindMask & Kind.Command)) return false;
  const program = leadingProgram(value.text);
  return program !== undefined && scannerWords.has(program.endsWith('.py') ? program.slice(0, -3) : program);
}

/** The first target of a scanning call outside `scope`, with its value, or undefined. */
export function outsideScope(scope: WrittenScope, values: readonly ScannedValue[]): { value: ScannedValue; target: string } | undefined {
  for (let v = 0; v < Math.min(values.length, maxCallValues); v++) {
    const value = values[v]!;
    const key = value.key.toLowerCase();
    // A shell line's every address is read; a tool's only under a key that names a target.
    const line = (value.kindMask & Kind.Command) !== 0;
    if (!targetKeys.has(key) && !line) continue;
    let found: Range | undefined;
    rangesIn(value.text.length > 4096 ? value.text.slice(0, 4096) : value.text, (r) => {
      if (found === undefined && !inScope(scope, r)) found = r;
    });
    if (found !== undefined) return { value, target: `${[found[0] >>> 24, (found[0] >>> 16) & 255, (found[0] >>> 8) & 255, found[0] & 255].join('.')}/${found[1]}` };
  }
  return undefined;
}

/** Whether a target range is in scope: inside an in-scope range when any is written, else clear of every out-of-scope one. */
function inScope(scope: WrittenScope, target: Range): boolean {
  if (scope.in.some((r) => within(target, r))) return true;
  if (scope.in.length > 0) return false;
  return !scope.out.some((r) => overlaps(target, r));
}
