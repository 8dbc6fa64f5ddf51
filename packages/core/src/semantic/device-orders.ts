// A device message that orders the AI to write a machine's command: text in a result or a resource (an MQTT
// payload, a device's description, a note a sensor publishes) that names the AI and, after it, a command
// topic whose write defeats a safety guard or opens the house. What carries it is spelt alike in every
// language: the topic (`plant/line2/oven/interlock/override`, `zigbee2mqtt/space_heater/set`, `cmnd/lock/POWER`)
// and the payload it is given (UNLOCK, DISARM). The AI's name is read as model-addressed.ts reads it (its
// noun in many languages); the topic must follow it within a few sentences. It orders:
// - a topic that names a guard and its bypass (physical-safety.ts' names: an interlock's override, a light
//   curtain's mute), whatever the payload: no owner's errand defeats a guard while the machine runs;
// - a command topic (`…/set`, `…/command`, `cmnd/…`) given UNLOCK or DISARM, or beside a guard or alert
//   said to be ignored, overridden or bypassed ("and ignore the overheat alert").
// A device's telemetry or a broker's topic list names no AI; a README telling agents how to switch a plug
// (`zigbee2mqtt/plug/set ON`) opens nothing and defeats no guard. Only short texts (a message, a note, a
// device's record) are read, and only those holding a command topic's literal.
import { flat } from '../commands/field-grants.js';
import { defeatWord, guardName } from '../commands/physical-safety.js';
import { modelAddressedAt } from './model-addressed.js';

/** Longer texts are pages and files, not a device's message: not read. */
const maxText = 8192;
/** How far before a topic the AI's name may stand. */
const nameBefore = 400;
/** How far after a topic its payload and a guard's word may stand. */
const payloadAfter = 160;
/** The longest topic read back from its command segment. */
const maxTopic = 200;

/** A topic's command segment (`/set`, `/override` …) or the Tasmota prefix `cmnd/`. */
const commandSegment = /\/(?:set|command|cmd|override|bypass)(?![\w-])|cmnd\//gi;
/** Characters of a topic. */
const topicCharacter = /[\w./+#-]/;
/** A payload that opens the house. */
const opensHouse = /\b(?:unlock|disarm)(?:ed)?\b/i;
/** A guard or its alert said to be defeated (the English note beside a topic). */
const guardDefeated = /\b(?:ignor|overrid|bypass|disabl|mut|defeat|jumper|silenc|suppress)\w*[\s,]+(?:\S+\s+){0,3}?\S*(?:interlock|safeguard|curtain|e-?stop|overheat|over-?temp|high[- ]?limit|trip|cut-?out|fail-?safe|safety)/i;

/** A device order found: where the AI is named, and the words from there to the topic's payload. */
export interface DeviceOrder {
  readonly start: number;
  readonly evidence: string;
}

/** The first order in `text` to the AI to write a device's command that defeats a guard or opens the house (see above), or undefined. */
export function deviceOrder(text: string): DeviceOrder | undefined {
  if (text.length > maxText || text.length < 16) return undefined;
  // Every command segment holds a slash: one native search for most texts.
  if (!text.includes('/')) return undefined;
  commandSegment.lastIndex = 0;
  for (let m = commandSegment.exec(text); m !== null; m = commandSegment.exec(text)) {
    const tasmota = m[0].toLowerCase() === 'cmnd/';
    if (tasmota && m.index > 0 && /\w/.test(text[m.index - 1]!)) continue;
    let from = m.index;
    while (from > 0 && m.index - from < maxTopic && topicCharacter.test(text[from - 1]!)) from--;
    let to = m.index + m[0].length;
    while (to < text.length && to - from < maxTopic && topicCharacter.test(text[to]!)) to++;
    const topic = text.slice(from, to);
    // A bare `/set` is a word or a path, not a topic: a topic has a segment before its command.
    if (!tasmota && m.index === from) continue;
    const after = text.slice(to, to + payloadAfter);
    const flatTopic = flat(topic);
    const orders = (guardName.test(flatTopic) && defeatWord.test(flatTopic)) || opensHouse.test(after.split('\n', 1)[0]!) || guardDefeated.test(after);
    if (!orders) continue;
    const windowStart = Math.max(0, from - nameBefore);
    const names = modelAddressedAt(text.slice(windowStart, from));
    if (names === undefined) continue;
    const start = windowStart + names[0]!;
    return { start, evidence: text.slice(start, Math.min(text.length, to + 60)) };
  }
  return undefined;
}
