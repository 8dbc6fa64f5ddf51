// A physical act (a door unlocked, the alarm disarmed, a garage or gate opened, cameras off or recordings
// deleted, a car started remotely) done right after an outsider asked for it in a result of the same session:
// a doorbell transcript, a phone notification, an SMS, a chat message, a fridge note. The guard cannot see the
// user's prompt, so a call alone is the owner's errand; what tells a break-in is who asked. An order counts when
// its text names an outsider (a courier, a driver, a plumber, a neighbour, a company) or the speaker as the one
// who gains (`so I can`, `for me`, `my car`): a householder asking for a guest ("unlock it for her") does not.
// Acts are bits, so a result's orders and a call's acts meet in one AND.

import type { ToolName } from '../commands/tool-names.js';
import { flat, wordsOfTool } from '../commands/field-grants.js';

export const Act = { Unlock: 1, Disarm: 2, Open: 4, Cameras: 8, Start: 16 } as const;

/** Results longer than this are pages and files, not a message someone left: not read for orders. */
const maxText = 4096;

const ordersOf: readonly (readonly [number, RegExp])[] = [
  [Act.Unlock, /\bunlock (?:the |my |your |our |it\b|this\b)|\bopen (?:the |my |your )?(?:front |back |side )?door\b|\b(?:needs?|wants?|get|have) (?:it|the (?:car|door|van|lock)) unlocked\b/g],
  [Act.Disarm, /\bdisarm\b(?! failed| log)/g],
  [Act.Open, /\bopen (?:the |my |your |our )?(?:garage|gate)/g],
  [Act.Cameras, /\b(?:delete|erase|wipe|remove|purge)\b[^.!?\n]{0,40}?\b(?:recordings?|footage|clips?|videos?)\b|\b(?:turn|switch|shut) (?:off )?(?:the |all )?(?:\w+ )?cameras?(?: off)?\b|\bdisable (?:the |all )?(?:\w+ )?cameras?\b/g],
  [Act.Start, /\bstart(?:ed)? (?:it |the (?:car|van|engine) )?remotely\b|\bremote(?:ly)?[ -]start/g],
];
/** An outsider named in the order's text, or the speaker as the one the act serves. */
const outsider = /\b(?:courier|delivery|driver|plumber|electrician|technician|installer|neighbou?r|contractor|landlord|police|officer|enforcement|inspector|company|stranger|so i can|for me|let me|my (?:car|van|truck|bike|parcel|package)|i(?:'m| am) from)\b/;
/** Cheap first test: a word every order above holds. */
const mayOrder = /unlock|disarm|open|delete|erase|wipe|remove|purge|camera|start/;

/** The acts (bits of {@link Act}) a result's text (lower case, as a value's canonical text is) asks for in an outsider's name; 0 for most. */
export function physicalOrders(lower: string): number {
  if (lower.length > maxText || lower.length < 12) return 0;
  if (!mayOrder.test(lower) || !outsider.test(lower)) return 0;
  let acts = 0;
  for (const [act, pattern] of ordersOf) if (asked(lower, pattern)) acts |= act;
  return acts;
}

/** "To open the garage from the app, tap …", "how to disarm": a purpose or a manual's step, not an order. */
const purpose = /(?:^|[.!?\n:;(]\s*|how |in order |steps? )to $/;

/** Whether a (global) pattern matches somewhere not said as a purpose. Linear: one scan, each match read back 16 characters. */
function asked(lower: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    if (!purpose.test(lower.slice(Math.max(0, m.index - 16), m.index))) return true;
  }
  return false;
}

/** Service and command names (as written by Home Assistant, SmartThings, Hubitat, car APIs) and the act each does. */
const actNames = new Map<string, number>([
  ['unlock', Act.Unlock], ['lock.unlock', Act.Unlock], ['lock.open', Act.Unlock], ['door_unlock', Act.Unlock], ['unlock_doors', Act.Unlock], ['unlockdoor', Act.Unlock],
  ['alarm_disarm', Act.Disarm], ['disarm', Act.Disarm], ['alarm_control_panel.alarm_disarm', Act.Disarm], ['setsecuritysystemdisarmed', Act.Disarm],
  ['open_cover', Act.Open], ['cover.open_cover', Act.Open], ['open_garage', Act.Open], ['open_gate', Act.Open], ['garage_open', Act.Open], ['actuate_trunk', Act.Open],
  ['camera.turn_off', Act.Cameras], ['disable_motion_detection', Act.Cameras], ['camera.disable_motion_detection', Act.Cameras],
  ['remote_start', Act.Start], ['remote_start_drive', Act.Start], ['start_engine', Act.Start], ['remote_engine_start', Act.Start],
]);

/** A camera's recordings, as a tool's name or an argument's key words them. */
const mediaWords = new Set(['recording', 'recordings', 'clip', 'clips', 'footage', 'video', 'videos', 'event', 'events', 'snapshot', 'snapshots']);
/** Words of a name that say it is a camera's: an event or a clip is a calendar's or an editor's else. */
const cameraWords = new Set(['camera', 'cameras', 'cam', 'cams', 'cctv', 'nvr', 'footage', 'doorbell']);
/** A key (folded to lower case, separators dropped) or a value that addresses a camera (`camera`, `cameraId`, `camera.drive`). */
const cameraKey = /camera|cctv|nvr/;
/** Cheap first test of a tool's name (as sent) for a verb of deleting. */
const mayDelete = /delet|remov|purg|eras|wipe/i;

/**
 * The acts (bits of {@link Act}) a call does: a service or command name among its short values, `turn_off`
 * beside `camera`, or a tool that deletes a camera's recordings or events (its name's words: `DeleteEvents`,
 * `delete-recordings`; a calendar's `delete_event`, which names no camera in its name or its keys, is none).
 * `name` is the tool's reading (commands/tool-names.ts) when the guard keeps one. 0 for most calls.
 */
export function physicalActs(tool: string, values: readonly { readonly raw: string; readonly key: string }[], name?: ToolName): number {
  let acts = 0;
  let off = false;
  let camera = false;
  for (let i = 0; i < values.length; i++) {
    const raw = values[i]!.raw;
    if (raw.length > 40 || raw.length < 4) continue;
    const act = actNames.get(raw);
    if (act !== undefined) acts |= act;
    else if (raw === 'turn_off') off = true;
    else if (raw === 'camera') camera = true;
  }
  if (off && camera) acts |= Act.Cameras;
  if (topicAt(values) >= 0) acts |= publishedAct(values);
  if ((name === undefined ? mayDelete.test(tool) : name.wipes || name.words.includes('remove')) && deletesRecordings(name?.words ?? wordsOfTool(tool), values)) acts |= Act.Cameras;
  return acts;
}

/** Keys of a published message's body, and a command topic (`…/set`, `…/command`, Tasmota's `cmnd/…`). */
const payloadKeys = new Set(['payload', 'message', 'msg', 'value', 'data', 'body', 'state']);
const commandTopic = /\/(?:set|command|cmd)$|^cmnd\//i;
/** What a payload asks of the device it is published to (UNLOCK, DISARM, `{"state":"OPEN"}`). */
const payloadAct = /\b(?:(unlock)|(disarm)|(open))\b/;
/** A topic of a lock or a door: OPEN there unlocks it (else it opens a garage, a gate, a cover). */
const lockTopic = /lock|door/i;

/** The index of the first of (at most 16) values held by a `topic` key, or -1: most calls publish nothing. */
function topicAt(values: readonly { readonly key: string }[]): number {
  for (let i = 0; i < values.length && i < 16; i++) if (values[i]!.key === 'topic') return i;
  return -1;
}

/**
 * The act a message published to a device's command topic does (an MQTT publish with its topic and payload
 * among the values): 0 for most calls, which publish no such pair.
 */
function publishedAct(values: readonly { readonly raw: string; readonly key: string }[]): number {
  let topic: string | undefined;
  let payload: string | undefined;
  for (let i = 0; i < values.length && i < 16; i++) {
    const { key, raw } = values[i]!;
    if (raw.length > 200) continue;
    if (key === 'topic') topic = raw;
    else if (payloadKeys.has(key) && raw.length <= 80) payload = raw;
  }
  if (topic === undefined || payload === undefined || !commandTopic.test(topic)) return 0;
  const m = payloadAct.exec(payload.toLowerCase());
  if (m === null) return 0;
  if (m[1] !== undefined) return Act.Unlock;
  if (m[2] !== undefined) return Act.Disarm;
  return lockTopic.test(topic) ? Act.Unlock : Act.Open;
}

/** Whether a tool named by `words` deletes a camera's recordings: a verb of deleting, recordings named, a camera named (in the name, a key or an entity id). */
function deletesRecordings(words: readonly string[], values: readonly { readonly raw: string; readonly key: string }[]): boolean {
  if (!words.some((w) => w === 'delete' || w === 'remove' || w === 'purge' || w === 'erase' || w === 'wipe')) return false;
  let media = words.some((w) => mediaWords.has(w));
  let cam = words.some((w) => cameraWords.has(w));
  for (let i = 0; i < values.length && !(media && cam); i++) {
    const { key, raw } = values[i]!;
    const folded = key.length <= 48 ? flat(key) : '';
    if (!cam && (cameraKey.test(folded) || raw.startsWith('camera.'))) cam = true;
    if (!media && /recording|clip|footage|video|event|snapshot/.test(folded)) media = true;
  }
  return media && cam;
}
