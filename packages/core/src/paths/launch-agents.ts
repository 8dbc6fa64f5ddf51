import { shellQuoted } from '../commands/shell-words.js';
import { strayProgram, type CommandJudge, type PlantedHarm } from './editor-files.js';
import { sentOut } from './sent-out.js';

// A user's launchd job (a plist in ~/Library/LaunchAgents) written by a call, judged by the program it runs
// rather than by its place, as a systemd unit or a crontab is: a job that prunes old downloads or runs the
// nightly backup script is the ordinary chore it looks like; one whose program does harm, or sends data off
// the machine (paths/sent-out.ts: unseen, at every login or file change, from then on), is a persistence write. Only the XML form is read: a job that sets its programs'
// environment (a preloaded library changes what any program does), names no program or one in a temp
// folder, or is too long to read is judged by its place. Read with indexOf: linear in the text.

const maxText = 262_144;
const maxArgs = 200;

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const entity = /&(amp|lt|gt|quot|apos);/g;

/** Where the value after `<key>name</key>` starts, or -1. */
function valueAfter(text: string, name: string): number {
  const at = text.indexOf(`<key>${name}</key>`);
  return at < 0 ? -1 : at + name.length + 11;
}

/** The `<string>` items from `from` up to `end` (decoded), at most `maxArgs`. */
function stringsIn(text: string, from: number, end: number): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('<string>', from); at >= 0 && at < end && out.length < maxArgs; at = text.indexOf('<string>', at + 8)) {
    const close = text.indexOf('</string>', at + 8);
    if (close < 0 || close > end) break;
    out.push(text.slice(at + 8, close).replace(entity, (_m, name: string) => entities[name]!));
  }
  return out;
}

/** The command line a launchd plist runs, or undefined when it cannot be read as one. */
export function launchAgentLine(text: string): string | undefined {
  if (text.length > maxText || !text.includes('<plist') || text.includes('<key>EnvironmentVariables</key>')) return undefined;
  const argsAt = valueAfter(text, 'ProgramArguments');
  let words: string[] = [];
  if (argsAt >= 0) {
    const open = text.indexOf('<array>', argsAt);
    const end = text.indexOf('</array>', argsAt);
    if (open < 0 || end < 0 || text.slice(argsAt, open).trim() !== '') return undefined;
    words = stringsIn(text, open, end);
  }
  const programAt = valueAfter(text, 'Program');
  if (programAt >= 0) {
    const program = stringsIn(text, programAt, text.indexOf('</string>', programAt) + 9)[0];
    if (program === undefined) return undefined;
    words = [program, ...words.slice(1)];
  }
  // A program kept where anyone can write, or on another machine, is whatever was put there last.
  if (words.length === 0 || strayProgram.test(words[0]!.trim())) return undefined;
  return words.map((w) => shellQuoted(w)).join(' ');
}

/** The harm a written launchd plist plants: the harm of the program it runs, or its place's when it cannot be read. */
export function launchAgentHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  const line = launchAgentLine(text);
  if (line === undefined) return { what: 'starts a launchd job the guard cannot read as one command line', evidence: text.slice(0, 120) };
  const found = judge(line);
  if (found !== undefined) return { what: `runs: ${found.message}`, evidence: found.evidence };
  const sent = sentOut(line);
  return sent === undefined ? undefined : { what: `runs by itself a program that sends data out: ${sent}`, evidence: line.slice(0, 120) };
}
