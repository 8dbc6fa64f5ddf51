import { execRule } from '../rules/match.js';
import type { CompiledRule } from '../rules/compile.js';
import { fileWriteTool } from '../paths/write-targets.js';
import type { ScannedValue } from '../types.js';
import { Kind } from '../values/kinds.js';

// AWS's documentation prints two access-key pairs that authenticate nowhere; SDK tests and fixtures use them
// on purpose. Written into a file of the project (a fixture, a doc) they are not a credential. Sent out (a
// gist, an issue, a mail, a POST) the call is judged as a key sent, since what it would send when the value is
// real is the same text. Only the exact documented values count, as whole tokens: a key that merely ends in
// EXAMPLE, or one of them glued to more characters, is judged as any key.
const documented = /(?<![A-Za-z0-9])(?:AKIAIOSFODNN7EXAMPLE|AKIAI44QH8DHBEXAMPLE)(?![A-Za-z0-9])|(?<![A-Za-z0-9/+=])(?:wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY|je7MtGbClwBF\/2Zp9Utk\/h3yCo8nvbEXAMPLEKEY)(?![A-Za-z0-9/+=])/g;
/** Tools that publish or send what they are given, though their names say create or update. */
const sharing = /gist|issue|comment|message|mail|post|paste|pull|review|discussion|chat|slack|webhook|upload|publish|send|share/i;

/**
 * Whether a cloud-credential match in `values[at]` holds only AWS's documented example keys, in a file a
 * write tool writes into the project: the rule, run again with them taken out, matches nothing.
 */
export function onlyDocumentedExampleKeys(rule: CompiledRule, values: readonly ScannedValue[], at: number, tool: string | undefined): boolean {
  if (tool === undefined || !fileWriteTool.test(tool) || sharing.test(tool)) return false;
  const value = values[at]!;
  if (!value.raw.includes('EXAMPLE')) return false;
  // The call names the file it writes: a path among its top-level arguments.
  if (!values.some((v) => v.path.length === 3 && v.path[1] === 'arguments' && (v.kindMask & Kind.Path) !== 0)) return false;
  documented.lastIndex = 0;
  if (!documented.test(value.raw)) return false;
  const rest = value.raw.replace(documented, ' ').toLowerCase();
  return execRule(rule, rest, undefined, undefined, false) === undefined;
}
