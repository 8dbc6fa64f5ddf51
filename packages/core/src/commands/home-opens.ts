// What a call to a smart home opens, read in its fields (Home Assistant's `domain`/`service` or
// `lock.unlock`, an automation's `action`, SmartThings' `capability`/`command`): a lock unlocked, a garage or
// gate opened, the alarm disarmed, the cameras switched off. One door unlocked for the user, or the cameras
// off when they come home, is an errand. It is a break-in when an opening covers every lock or door at once
// (entity `all`), when the home is opened with nothing watching (an unlock or an opening beside a disarm or cameras
// off in one call, outside an automation run by the owner's arrival), or when an automation opens the home
// as everyone leaves. Findings are data; nothing here throws on odd input. One pass, bounded in nodes.
import { walkRecords, type WalkBounds } from './argument-walk.js';

const bounds: WalkBounds = { nodes: 2000, depth: 8 };

type Act = 'unlock' | 'open' | 'disarm' | 'cameras off';
const opens = (act: Act): boolean => act === 'unlock' || act === 'open';

/** The act `domain` and `service` (as `lock` and `unlock`, or one `lock.unlock`) perform, or undefined. */
function actOf(domain: string, service: string, entity: string): Act | undefined {
  const d = domain.toLowerCase();
  const s = service.toLowerCase();
  if ((d === 'lock' || d === 'locks') && (s === 'unlock' || s === 'open')) return 'unlock';
  if (d.startsWith('alarm') || d === 'securitysystem' || d === 'security_system') return s === 'alarm_disarm' || s === 'disarm' ? 'disarm' : undefined;
  if (d === 'camera' || d === 'cameras') return s === 'turn_off' || s === 'disable_motion_detection' || s === 'off' ? 'cameras off' : undefined;
  if ((d === 'cover' || d === 'garagedoor' || d === 'doorcontrol') && (s === 'open_cover' || s === 'open')) return d === 'cover' && !/garage|gate|door/i.test(entity) ? undefined : 'open';
  return undefined;
}

/** The entity a record's act targets (`target.entity_id`, `entity_id`, `device`), as written. */
function entityOf(record: Record<string, unknown>): string {
  const target = record['target'];
  const holder = typeof target === 'object' && target !== null && !Array.isArray(target) ? (target as Record<string, unknown>) : record;
  const e = holder['entity_id'] ?? holder['device_id'] ?? holder['area_id'] ?? record['device'] ?? record['deviceId'];
  return typeof e === 'string' ? e : Array.isArray(e) ? e.filter((x) => typeof x === 'string').join(',') : '';
}

/** The act one record asks for, or undefined. */
function recordAct(record: Record<string, unknown>): Act | undefined {
  const service = record['service'] ?? record['action'] ?? record['command'];
  if (typeof service !== 'string') return undefined;
  const domain = record['domain'] ?? record['capability'];
  if (typeof domain === 'string') return actOf(domain, service, entityOf(record));
  const dot = service.indexOf('.');
  return dot > 0 ? actOf(service.slice(0, dot), service.slice(dot + 1), entityOf(record)) : undefined;
}

/** Values of a trigger that say the household has gone (a person's state to `not_home`, a zone left). */
const leaving = new Set(['not_home', 'away', 'leave']);
/** Values of a trigger that say the owner has come (a zone entered, a person's state to `home`). */
const arriving = new Set(['home', 'enter', 'arrive', 'arrived']);

interface Seen {
  /** Each act once, in the order met. */
  readonly acts: Act[];
  everyDevice?: Act;
  leaves: boolean;
  arrives: boolean;
}

/** The harm of a call's opening of a home (a sentence), or undefined. */
export function homeOpenedByFields(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const seen: Seen = { acts: [], leaves: false, arrives: false };
  // The context: the object lies inside an automation's trigger (what sets it off, not what it does).
  walkRecords(args, false, bounds, (record, trigger, descend) => {
    const act = trigger ? undefined : recordAct(record);
    if (act !== undefined) {
      if (!seen.acts.includes(act)) seen.acts.push(act);
      // Every camera off, or the alarm off, is a choice a household makes; every lock open at once is not.
      if (opens(act) && /(?:^|,)\s*all\s*(?:,|$)/i.test(entityOf(record))) seen.everyDevice ??= act;
    }
    for (const k in record) {
      const v = record[k];
      // Outside a trigger only an object's key is read (to enter it): a command line's or a number's is not lower-cased.
      if (!trigger && (typeof v !== 'object' || v === null)) continue;
      const key = k.toLowerCase();
      if (trigger && (key === 'to' || key === 'event' || key === 'state') && typeof v === 'string') {
        const value = v.toLowerCase();
        if (leaving.has(value)) seen.leaves = true;
        if (arriving.has(value)) seen.arrives = true;
      }
      descend(v, trigger || key === 'trigger' || key === 'triggers');
    }
  });
  if (seen.acts.length === 0) return undefined;
  if (seen.everyDevice !== undefined) return `every device of the home at once (${seen.everyDevice}, entity all)`;
  const acts = seen.acts;
  if (seen.leaves && acts.some(opens)) return `an automation that opens the home when everyone has left (${acts.join(', ')})`;
  if (!seen.arrives && acts.some(opens) && acts.some((a) => !opens(a))) return `the home opened with nothing watching (${acts.join(', ')})`;
  return undefined;
}
