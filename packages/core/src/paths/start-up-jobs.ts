import type { CommandJudge, PlantedHarm } from './editor-files.js';

// A systemd unit or a crontab written by a call, judged by the command lines it runs rather than by its
// place: a user unit that starts a dev server, or a cron line that runs the nightly backup script, is the
// ordinary ops work it looks like; one whose ExecStart or schedule sends ~/.ssh out or pipes a download into a
// shell is a persistence write. Each line is judged as a command line sent alone, then all of them as one
// script (the unit's or the table's lines run on one machine, one after another). Linear in the text; at most
// `maxLines` lines are read, and a text past `maxText` is judged by its place (too long to read).

const maxText = 262_144;
const maxLines = 500;

/** A unit's directives that run a command line: ExecStart, ExecStartPre/Post, ExecStop(Post), ExecReload, ExecCondition. */
const execLine = /^\s*Exec[A-Za-z]*\s*=\s*(.*)$/;
/** `Environment=` assignments: a preload library or a changed PATH changes what every Exec line runs. */
const environmentLine = /^\s*Environment\s*=\s*(.+)$/;
/** A cron time spec: five fields (`*`, numbers, ranges, steps, lists, names) or one `@` keyword. */
const cronField = String.raw`[\w*/,-]+`;
const cronLine = new RegExp(String.raw`^\s*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|${cronField}\s+${cronField}\s+${cronField}\s+${cronField}\s+${cronField})\s+(.+)$`, 'i');
/** anacrontab: period, delay and job id before the command. */
const anacronLine = /^\s*(?:@\w+|\d+)\s+\d+\s+\S+\s+(.+)$/;
const cronAssignment = /^\s*[A-Za-z_][\w]*\s*=/;

export type StartUpJob = 'systemd-unit' | 'crontab' | 'system-crontab' | 'anacrontab';

/** The command lines a unit runs (`-`, `@`, `+`, `!`, `:` prefixes dropped; `@` also drops the argv[0] it names). */
function unitLines(text: string): string[] {
  const out: string[] = [];
  // A line ending in a backslash continues on the next one.
  const lines = text.replace(/[ \t]*\\\r?\n[ \t]*/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const exec = execLine.exec(line);
    if (exec !== null) {
      const value = exec[1]!.trim();
      const prefix = /^[-@+!:]*/.exec(value)![0];
      let command = value.slice(prefix.length).trim();
      if (prefix.includes('@')) command = command.replace(/^(\S+)\s+\S+/, '$1');
      if (command !== '') out.push(command);
    } else {
      const env = environmentLine.exec(line);
      if (env !== null) out.push(`export ${env[1]!.trim().replace(/^"(.*)"$/, '$1')}`);
    }
    if (out.length >= maxLines) break;
  }
  return out;
}

/** The command of each schedule line of a crontab (a system crontab has a user field before it). */
function cronCommands(text: string, kind: 'crontab' | 'system-crontab' | 'anacrontab'): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || cronAssignment.test(trimmed)) continue;
    const m = (kind === 'anacrontab' ? anacronLine : cronLine).exec(trimmed);
    if (m === null) continue;
    let command = m[1]!.trim();
    if (kind === 'system-crontab') command = command.replace(/^\S+\s+/, '');
    // `%` ends the command in a crontab (the rest is its standard input) unless escaped.
    const percent = command.search(/(?<!\\)%/);
    if (percent >= 0) command = command.slice(0, percent);
    if (command.trim() !== '') out.push(command.trim());
    if (out.length >= maxLines) break;
  }
  return out;
}

/** The command lines a start-up job of `kind` runs once `text` is written. */
export function startUpJobLines(kind: StartUpJob, text: string): string[] {
  return kind === 'systemd-unit' ? unitLines(text) : cronCommands(text, kind);
}

/** The first harmful line a start-up job of `kind` runs, or undefined when it runs nothing harmful. */
export function startUpJobHarm(kind: StartUpJob, text: string, judge: CommandJudge): PlantedHarm | undefined {
  if (text.length > maxText) return { what: 'is too long to read', evidence: text.slice(0, 120) };
  const lines = startUpJobLines(kind, text);
  for (const line of lines) {
    const found = judge(line);
    if (found !== undefined) return { what: `runs: ${found.message}`, evidence: found.evidence };
  }
  // A unit runs its Exec lines in turn, and a crontab's lines all run on the same machine: one line that
  // downloads a file and another that runs it are harmless alone and a download-and-run together.
  if (lines.length > 1) {
    const found = judge(lines.join('\n'));
    if (found !== undefined) return { what: `runs, line after line: ${found.message}`, evidence: found.evidence };
  }
  return undefined;
}
