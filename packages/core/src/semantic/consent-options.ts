import { isRecord } from '../parse.js';
import type { MessagePath } from '../types.js';

// An elicitation is the server asking the user, and its choices are what the user's click says. A choice
// whose label grants standing, unbounded permission ("Yes - and from now on run any command and read any
// file without asking me") under a narrow question ("Allow this tool to read the file you selected?") makes
// one click consent to everything; so does such a label preselected as the field's default. A choice bounded
// to this file, this time or this session, or a standing grant of one named thing, is what consent forms ask.

/** A grant that outlives the question: from now on, always, without asking again. */
const standing = /\b(?:from now on|from here on|always|forever|permanently|for all future|in (?:the )?future|every time|without (?:asking|confirming|confirmation|prompting)|never ask|don't ask (?:me )?again|do not ask (?:me )?again)\b/;
/** A scope with no bound: any command, every file, all tools, everything. */
const unbounded = /\b(?:any|every|all)\s+(?:(?:other|shell|terminal|local|remote)\s+)?(?:commands?|files?|folders?|tools?|actions?|requests?|operations?|programs?|scripts?|things?|data)\b|\b(?:everything|anything)\b/;
/** What bounds it after all: this file, the selected one, the current project, this session, until … */
const bounded = /\b(?:this|these|that|the selected|the current|in (?:this|the current|my) (?:project|folder|workspace|repo(?:sitory)?|directory)|under|within|until|during this session|for this session)\b/;

// A yes/no box ticked by default is consent the user gives by not looking: its label is what a click on
// "Submit" agrees to. A box whose label hands the server (or others) access to the user's accounts - full
// access, all of the mail, on the user's behalf, to partners, while the user is away - under a form about
// something else is that consent forged. A box ticked by default for release notes, dark mode or "remember
// this device", or one that grants access but starts unticked, asks.

/** A grant of access or control, in either voice: "is granted to", "I allow", "delegate". */
const grantsAccess = /\b(?:grant(?:s|ed|ing)?|given|give[sn]?|allow(?:s|ed)?|authori[sz](?:e|es|ed)|delegat(?:e|es|ed|ion))\b/;
/** What the grant covers: access, control, or reading, sending, deleting on the user's behalf. */
const accessTo = /\b(?:access|permissions?|control|read|send|delete|act)\b/;
/** A grant without bound: full access, all of the user's data, others than the server, while the user is away. */
const wideGrant = /\bfull (?:access|control)\b|\b(?:all|every|any) (?:of )?(?:my|your|the user's)\b|\bpartners?\b|\bthird[- ]part(?:y|ies)\b|\baffiliates\b|\bon (?:my|your) behalf\b|\bwhen (?:i|you)(?: am|'m| are|'re) not (?:present|around|there|online)\b/;

/** Whether a yes/no field ticked by default grants wide access by its title or description (lower case). */
export const preselectedGrant = (label: string): boolean => grantsAccess.test(label) && accessTo.test(label) && wideGrant.test(label);

/** Whether one choice's label (lower case) grants standing permission over everything. */
export const grantsEverything = (label: string): boolean => standing.test(label) && unbounded.test(label) && !bounded.test(label.replace(/^.*?\b(?:and|also|then)\b/, ''));

const maxLabel = 400;

/** The first choice (or default) of an elicitation's requested schema whose label grants standing permission over everything, or undefined. */
export function everythingGranted(params: unknown): { readonly path: MessagePath; readonly evidence: string; readonly preselected?: true } | undefined {
  if (!isRecord(params) || !isRecord(params['requestedSchema'])) return undefined;
  const properties = params['requestedSchema']['properties'];
  if (!isRecord(properties)) return undefined;
  let fields = 0;
  for (const name in properties) {
    if (++fields > 64) break;
    const field = properties[name];
    if (!isRecord(field)) continue;
    const at: MessagePath = ['params', 'requestedSchema', 'properties', name];
    const read = (label: unknown, path: MessagePath): { path: MessagePath; evidence: string } | undefined =>
      typeof label === 'string' && label.length <= maxLabel && grantsEverything(label.toLowerCase()) ? { path, evidence: label.slice(0, 160) } : undefined;
    for (const key of ['oneOf', 'anyOf'] as const) {
      const options = field[key];
      if (!Array.isArray(options)) continue;
      for (let i = 0; i < options.length && i < 64; i++) {
        const option: unknown = options[i];
        if (!isRecord(option)) continue;
        const found = read(option['title'], [...at, key, i, 'title']) ?? read(option['const'], [...at, key, i, 'const']);
        if (found !== undefined) return found;
      }
    }
    for (const key of ['enum', 'enumNames'] as const) {
      const options = field[key];
      if (!Array.isArray(options)) continue;
      for (let i = 0; i < options.length && i < 64; i++) {
        const found = read(options[i], [...at, key, i]);
        if (found !== undefined) return found;
      }
    }
    const found = read(field['default'], [...at, 'default']);
    if (found !== undefined) return found;
    if (field['type'] === 'boolean' && field['default'] === true) {
      const label = [field['title'], field['description']].filter((t) => typeof t === 'string').join(' . ');
      if (label.length <= maxLabel * 2 && preselectedGrant(label.toLowerCase())) return { path: [...at, 'default'], evidence: label.slice(0, 160), preselected: true };
    }
  }
  return undefined;
}
