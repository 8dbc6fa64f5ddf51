import type { ToolNames } from '../commands/tool-names.js';
import type { ToolRecord } from '../types.js';
import { foldedWords } from '../text/name-words.js';

/**
 * What a tool can do, as bits. Learned from three places, in this order of trust:
 * 1. annotations the server declared (`readOnlyHint`, `destructiveHint`, `openWorldHint`);
 * 2. the kinds of its arguments learned from the input schema (a `command` argument executes, a `url`
 *    argument reaches the network);
 * 3. the words of its name (`read_file`, `sendEmail`, `run-shell`).
 * `readOnlyHint: true` removes the write, execute and send bits the name suggests; it never adds any.
 * See docs/stateful.md#capabilities.
 */
export const Capability = {
  Read: 1 << 0,
  List: 1 << 1,
  Write: 1 << 2,
  Destructive: 1 << 3,
  Execute: 1 << 4,
  Network: 1 << 5,
  /** Sends, pays or publishes: moves something to a recipient outside the session. */
  Send: 1 << 6,
} as const;

export type CapabilityName = 'read' | 'list' | 'write' | 'destructive' | 'execute' | 'network' | 'send';

const names: readonly [CapabilityName, number][] = [
  ['read', Capability.Read],
  ['list', Capability.List],
  ['write', Capability.Write],
  ['destructive', Capability.Destructive],
  ['execute', Capability.Execute],
  ['network', Capability.Network],
  ['send', Capability.Send],
];

export const capabilityBits = (list: readonly string[]): number => list.reduce((bits, n) => bits | (names.find(([name]) => name === n)?.[1] ?? 0), 0);
export const capabilityNames = (bits: number): CapabilityName[] => names.filter(([, bit]) => bits & bit).map(([name]) => name);

const words: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const add = (bits: number, list: string): void => {
    for (const w of list.split(' ')) table[w] = (table[w] ?? 0) | bits;
  };
  add(Capability.Read, 'read get cat view show open load retrieve head tail lookup describe inspect query select fetch download export dump');
  add(Capability.List, 'list ls search find glob grep enumerate browse tree scan walk index');
  add(Capability.Write, 'write create update edit modify set put save append move rename mv copy cp patch insert upsert mkdir commit apply replace upload add');
  add(Capability.Write | Capability.Destructive, 'delete remove rm rmdir drop truncate destroy purge wipe erase kill reset overwrite unlink');
  add(Capability.Execute, 'exec execute run shell bash sh zsh cmd command terminal eval spawn script python node powershell invoke');
  add(Capability.Network, 'fetch http https request curl wget url web browse navigate download upload webhook api scrape crawl');
  add(Capability.Send | Capability.Network, 'send email mail post publish tweet message notify reply transfer pay payment wire invoice share push comment dm sms slack release deploy forward refund payout disburse remit');
  return table;
})();


/** Capabilities the words of a tool name suggest. */
export function capabilitiesOfName(name: string): number {
  let bits = 0;
  for (const word of foldedWords(name)) bits |= words[word] ?? 0;
  return bits;
}

const recordCache = new WeakMap<ToolRecord, number>();
const nameBits = (tool: string, names: ToolNames | undefined): number => (names === undefined ? capabilitiesOfName(tool) : names.of(tool).capabilities);

/**
 * Capabilities of a tool, from its record when the server announced it, else from its name alone. A record's are
 * kept with the record; a name's are read once per name in `names` (the guard's readings of tool names), or
 * anew without it.
 */
export function capabilitiesOf(tool: string, record: ToolRecord | undefined, names?: ToolNames): number {
  if (record === undefined) return nameBits(tool, names);
  let bits = recordCache.get(record);
  if (bits !== undefined) return bits;
  bits = nameBits(tool, names);
  for (const kinds of Object.values(record.arguments)) {
    if (kinds.includes('command')) bits |= Capability.Execute;
    if (kinds.includes('url')) bits |= Capability.Network;
  }
  const a = record.annotations ?? {};
  if (a['destructiveHint'] === true) bits |= Capability.Write | Capability.Destructive;
  if (a['openWorldHint'] === true && bits & (Capability.Write | Capability.Send)) bits |= Capability.Network;
  if (a['readOnlyHint'] === true) {
    bits &= ~(Capability.Write | Capability.Destructive | Capability.Execute | Capability.Send);
    if (!(bits & Capability.List)) bits |= Capability.Read;
  }
  recordCache.set(record, bits);
  return bits;
}
