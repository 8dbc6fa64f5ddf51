// A machine's safety guard switched off by a call to a device, read in the call's own fields: the guards that
// stand between a controller and people or a fire (a safety interlock, a light curtain, a safeguard stop, an
// emergency stop, a life-safety priority, a high-limit trip or cut-out, a heater's fault detection), firmware
// flashed with its signature check off from a host on the internet, and a drone told to ignore no-fly zones.
// These are judged by the call alone, whoever asked: no owner's errand needs a guard defeated while the
// machine runs (a proof test writes the guard's test request, under a permit, not its bypass), a vendor's
// image is signed, and a flight plan through a no-fly zone is unlawful anywhere. What the guard reads:
// - a write whose target (an MQTT topic, an OPC UA node, a PLC tag, a register's name) names a guard and its
//   bypass or override (`…/interlock/override`, `Safety.LightCurtain.Bypass`), its value not false;
// - a guard's own key set off or to a bypass (`safeguard_stop_input: 'disabled'`, `door_interlock: 'bypass'`);
// - a note of a device write that says a guard or a stated limit is overridden, ignored or raised ("override
//   the 24 °C cap", "the clamp of 4 mg/L is to be ignored", "raise the high-limit trip");
// - G-code that switches heater fault detection off or raises a heater's limit (M570 with a zero, M143 to
//   300 °C and more), or allows cold extrusion beside a temperature past a printer's usual maximum;
// - firmware from an http(s) URL pushed with its signature check off;
// - a flight's no-fly or geofence check ignored, overridden or unlocked.
// Findings are data; nothing here throws on odd input. One bounded walk per call that names a device.
import { walkRecords, type WalkBounds } from './argument-walk.js';
import { flat } from './field-grants.js';

const bounds: WalkBounds = { nodes: 2000, depth: 8 };
/** Longer keys are no field's name (and are not read). */
const maxKey = 48;
/** Longer texts are no note of a write (a file, a page): not read for a guard overridden. */
const maxNote = 600;

/** Words of a tool's name that say it drives a device, a controller or a machine. */
const deviceWords = new Set(['plc', 'modbus', 'opcua', 'opc', 'bacnet', 'mqtt', 'scada', 'hmi', 'hvac', 'thermostat', 'climate', 'boiler', 'robot', 'cobot', 'cnc', 'mdi',
  'printer', 'octoprint', 'klipper', 'moonraker', 'gcode', 'ha', 'hass', 'homeassistant', 'hubitat', 'smartthings', 'homey', 'zigbee', 'zigbee2mqtt', 'knx', 'tag', 'tags',
  'register', 'registers', 'coil', 'coils', 'setpoint', 'dosing', 'drone', 'uav', 'mission', 'firmware', 'ota', 'esphome', 'tasmota', 'shelly', 'device', 'devices', 'iot',
  'nodered', 'actuator', 'valve', 'pump', 'machine', 'controller', 'fleet',
  // Products whose tools name no device word: robot makers, PLC and SCADA suites, a building controller, flight stacks.
  'kuka', 'fanuc', 'yaskawa', 'siemens', 's7', 'rockwell', 'logix', 'ignition', 'niagara', 'tridium', 'px4', 'ardupilot', 'mavlink', 'dji']);
/** Keys whose presence says the arguments address a device (a register, a node, a tag, a topic). */
const deviceKeys = new Set(['topic', 'nodeid', 'tag', 'register', 'address', 'unit', 'plc', 'endpoint', 'object', 'point', 'setpoint', 'gcode', 'commands', 'program', 'firmwareurl', 'imageurl']);

/** The guards (flattened) a key or a target may name. */
export const guardName = /interlock|safeguard|lightcurtain|estop|emergencystop|lifesafety|firealarm|smokecontrol|thermalrunaway|heaterfault|overheat|overtemp|hightrip|highlimit|limittrip|triplimit|cutout|failsafe|safetyrelay|safetyplc|safety/;
/** What a guard is set to when it is defeated (flattened). */
export const defeatWord = /bypass|override|overrid|mute|muted|defeat|jumper|inhibit|suppress|disable|forceoff|ignore/;
/** Values that leave a guard off. */
/** Keys of a limit's value: a number there is the limit, not a switch (a high limit of 0 is no guard off). */
const limitKey = /limit|trip|cutout|temp|max|min|setpoint|delay|time/;
/** Keys that describe rather than set. */
const describing = /(?:note|notes|comment|reason|description|label|status)$/;
const offValue = /^(?:false|0|no|off|none|disabled?|inactive|bypass(?:ed)?|override|muted?|ignored?|defeated|inhibit(?:ed)?)$/;

/** A note's words that defeat a guard or lift a limit, then the guard or the limit within four words ("override the 24 °C cap"). */
// (A limit exceeded, "above the limit", is a condition a note states, not a guard defeated; raising a limit
// is an owner's setting unless the limit is a guard's: a trip, a cut-out, a cap, a clamp.)
const overridden = /\b(?:override|overriding|bypass(?:ing)?|ignore|ignoring|disable|disabling|mute|muting|defeat|jumper)\s+(?:\S+\s+){0,4}?(?:interlocks?|life[- ]safety|light[- ]curtains?|safeguards?|e-?stops?|emergency stops?|trips?|cut-?outs?|cut-?offs?|caps?|clamps?|limits?|maximum)\b|\b(?:lift|raise|raising)\s+(?:\S+\s+){0,4}?(?:interlocks?|trips?|cut-?outs?|cut-?offs?|caps?|clamps?)\b/;
/** The same said in the passive: "the clamp of 4 mg/L is to be ignored", "the cut-out stays bypassed". */
const overriddenAfter = /\b(?:interlocks?|life[- ]safety|light[- ]curtains?|safeguards?|e-?stops?|trips?|cut-?outs?|caps?|clamps?|limits?)\b[^.;\n]{0,40}?\b(?:ignored|overridden|bypassed|disabled|muted|defeated|lifted|raised|jumpered)\b/;
/** A note that says the guard is kept or tested: "trip at 95 unchanged", "proof test under permit". */
const kept = /\b(?:unchanged|within|proof[- ]test|permit|locked out|loto|re-?enable|restore)/;

/** Keys of a firmware image's place, and of its signature check. */
const imageKeys = /^(?:image|firmware|fw|binary|bin|package|artifact)(?:url|uri|path|file|source)?$|^(?:url|source)$/;
const signatureOn = /^(?:verify|check|validate|require|enforce)(?:the)?(?:signature|signatures|sig|signing|securebootsignature)s?$|^(?:signature|sig)(?:check|verification|validation|required|verify)$|^secureboot$/;
const signatureOff = /^(?:skip|ignore|bypass|disable|no|allow)(?:signature|signatures|sig|signing|unsigned|signaturecheck|signaturevalidation|secureboot)s?$|^unsigned(?:ok|allowed)?$|^(?:insecure|force)(?:unsigned|flash)$/;
/** Keys of a flight's no-fly or geofence check defeated when true, or kept when true. */
const noFlyOff = /^(?:ignore|bypass|override|unlock|disable|skip)(?:the)?(?:nofly|nfz|geofence|airspace|restricted)(?:zones?|areas?|checks?|limits?)?$|^(?:nofly|nfz|geofence)(?:zones?)?(?:ignore|ignored|override|unlock|unlocked|bypass|off)$/;
const noFlyOn = /^(?:nofly|nfz|geofence)(?:zones?)?(?:check|checks|enabled|enforced|enforce)$/;

const truthy = (v: unknown): boolean => v === true || v === 1 || (typeof v === 'string' && /^(?:true|1|yes|on|enabled?)$/i.test(v.trim()));
const isOff = (v: unknown): boolean => v === false || v === 0 || (typeof v === 'string' && v.length <= 24 && offValue.test(flat(v)));

/** Whether a G-code list (lines) switches a heater's protection off (see the header). */
function gcodeProtectionOff(lines: readonly string[]): string | undefined {
  let cold = false;
  let hot: string | undefined;
  for (const raw of lines.slice(0, 2000)) {
    const line = raw.length > 200 ? raw.slice(0, 200) : raw;
    const m = /^\s*[Mm](\d{1,4})\b([^;]*)/.exec(line);
    if (m === null) continue;
    const code = Number(m[1]);
    const temp = /\bS(\d+(?:\.\d+)?)/i.exec(m[2]!);
    const s = temp === null ? undefined : Number(temp[1]);
    if (code === 570 && /\b[PTS]0\b/i.test(m[2]!)) return `heater fault detection set to zero (${line.trim()})`;
    if (code === 143 && s !== undefined && s >= 300) return `a heater's maximum temperature raised (${line.trim()})`;
    if (code === 302) cold = true;
    if (((code === 104 || code === 109) && s !== undefined && s > 300) || ((code === 140 || code === 190) && s !== undefined && s > 120)) hot ??= line.trim();
  }
  return cold && hot !== undefined ? `cold extrusion allowed beside a temperature past the usual maximum (${hot})` : undefined;
}

/** The lines of a value that may hold G-code: a list of short texts, or one text of lines. */
function linesOf(value: unknown): readonly string[] | undefined {
  if (typeof value === 'string') return value.length <= 65_536 && /^\s*[GMgm]\d/m.test(value) ? value.split('\n', 2000) : undefined;
  if (!Array.isArray(value) || value.length === 0 || typeof value[0] !== 'string') return undefined;
  return value.filter((l): l is string => typeof l === 'string');
}

/** Whether a tool's name or its arguments' top keys say the call drives a device. */
function drivesDevice(words: readonly string[], args: Record<string, unknown>): boolean {
  for (const w of words) if (deviceWords.has(w)) return true;
  for (const k in args) if (k.length <= maxKey && deviceKeys.has(flat(k))) return true;
  return false;
}

const evidence = (key: string, value: unknown): string => `${key}: ${JSON.stringify(value)}`.slice(0, 100);

/**
 * The safety guard a call to a device switches off (a sentence), or undefined. `words` are the tool's name as
 * words (field-grants' wordsOfTool), `args` the call's arguments. A call that names no device is not walked.
 */
export function safetyGuardOff(words: readonly string[], args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const record = args as Record<string, unknown>;
  if (!drivesDevice(words, record)) return undefined;
  let found: string | undefined;
  let unsigned: string | undefined;
  let remoteImage = false;
  walkRecords(record, '', bounds, (node, _parent, descend) => {
    // A target that names a guard and its bypass, written with a value that is not false.
    const written = node['value'] ?? node['payload'] ?? node['values'];
    for (const k in node) {
      const value = node[k];
      if (k.length > maxKey) continue;
      const key = flat(k);
      if (typeof value === 'object' && value !== null) {
        const lines = key === 'commands' || key === 'gcode' || key === 'lines' || key === 'script' ? linesOf(value) : undefined;
        const off = lines === undefined ? undefined : gcodeProtectionOff(lines);
        if (off !== undefined) found ??= off;
        descend(value, key);
        continue;
      }
      if (typeof value === 'string' && (key === 'gcode' || key === 'commands' || key === 'script')) {
        const lines = linesOf(value);
        const off = lines === undefined ? undefined : gcodeProtectionOff(lines);
        if (off !== undefined) found ??= off;
      }
      if (typeof value === 'string' && value.length <= 200 && (key === 'topic' || key === 'nodeid' || key === 'tag' || key === 'tagname' || key === 'name' || key === 'point' || key === 'object' || key === 'path')) {
        const target = flat(value);
        if (guardName.test(target) && defeatWord.test(target) && !isOff(written)) found ??= `a safety guard's bypass written (${evidence(k, value)})`;
      }
      // A guard's own key set off or to a bypass (`door_interlock: 'bypass …'`).
      if (guardName.test(key) && !defeatWord.test(key) && !describing.test(key) && !(typeof value === 'number' && limitKey.test(key)) && (isOff(value) || (typeof value === 'string' && value.length <= 200 && defeatWord.test(flat(value))))) found ??= `a safety guard set off (${evidence(k, value)})`;
      if (defeatWord.test(key) && guardName.test(key) && truthy(value)) found ??= `a safety guard set off (${evidence(k, value)})`;
      if (typeof value === 'string' && value.length <= maxNote && value.length >= 12 && !imageKeys.test(key)) {
        const text = value.toLowerCase();
        if ((overridden.test(text) || overriddenAfter.test(text)) && !kept.test(text)) found ??= `a note says a safety guard or limit is overridden (${evidence(k, value)})`;
      }
      if ((signatureOn.test(key) && isOff(value)) || (signatureOff.test(key) && truthy(value))) unsigned ??= evidence(k, value);
      if (imageKeys.test(key) && typeof value === 'string' && /^https?:\/\//i.test(value.trim())) remoteImage = true;
      if ((noFlyOff.test(key) && truthy(value)) || (noFlyOn.test(key) && isOff(value))) found ??= `a flight's no-fly or geofence check defeated (${evidence(k, value)})`;
    }
    return found !== undefined;
  });
  if (found !== undefined) return found;
  return unsigned !== undefined && remoteImage ? `firmware from the internet flashed with its signature check off (${unsigned})` : undefined;
}
