// A value a tool's schema offers for a parameter - its `default`, its `const`, an item of its `enum` - is
// what the model sends as the argument when it takes the offer: a command line there runs as it stands,
// with no prose around it to say "run" or to quote it. Such a value is read whole with the command analysis
// (commands/harmful-steps.ts), which names only outcomes no install, build or test step has (credentials
// sent out, a home or the root deleted, a start-up file made to fetch code), so `npm test -- --reporter=dot`
// or `rm -rf dist` as a default pass. Examples (`examples`, an `example` in prose) stay with the prose
// readings: a command checker lists there what it refuses.
import { harmfulStep, type HarmfulStep } from '../commands/harmful-steps.js';
import { decodedWhole } from '../text/encoded-prose.js';
import type { MessagePath } from '../types.js';

/** The longest offered value judged, in characters (as a candidate of server-commands.ts; a longer one is cut). */
export const maxOfferedValue = 2000;

/** Whether a path into a tool definition ends at a value the schema offers for a parameter. */
export function isOfferedValue(path: MessagePath): boolean {
  const last = path[path.length - 1];
  return last === 'default' || last === 'const' || (typeof last === 'number' && path[path.length - 2] === 'enum');
}

/**
 * A cheap test that a string may be a harmful command: every outcome judged names a path, a variable or a
 * substitution. Asked of every string of a tool's metadata, so four `includes` (memchr) rather than a
 * character class, which the regex engine steps through a character at a time (~2% of a cold tools/list).
 */
export const mayBeCommand = (value: string): boolean => value.length >= 8 && (value.includes('/') || value.includes('$') || value.includes('~') || value.includes('`'));

/**
 * What an offered value would do if sent as a command, when that is harmful (`value` as the schema holds it).
 * `downloads`: a download run counts too (see harmfulStep).
 */
export function offeredCommand(value: string, downloads = false): HarmfulStep | undefined {
  if (!mayBeCommand(value)) return undefined;
  return harmfulStep(value.length > maxOfferedValue ? value.slice(0, maxOfferedValue) : value, downloads);
}

/** An offered value that may be encoded whole: hex or base64 characters alone, long enough to spell a command. */
const mayBeEncoded = /^[A-Za-z0-9+/=_-]{16,}$/;

/**
 * What an offered value written in hex or base64 would do once decoded, when that is harmful: a schema that
 * offers a command encoded tells the model, or the client, to decode it and hides it from the person reading
 * the schema, so a download run counts (an honest install step is offered as it stands). A colour, a hash or
 * an id decodes to no text and is left alone.
 */
export function offeredEncodedCommand(value: string): HarmfulStep | undefined {
  if (value.length > maxOfferedValue * 2 || !mayBeEncoded.test(value)) return undefined;
  const decoded = decodedWhole(value);
  return decoded === undefined ? undefined : offeredCommand(decoded, true);
}
