// A command a scheduler runs later, on its own: `schtasks /create … /tr "LINE"`, `launchctl submit -l L -- CMD…`,
// `systemd-run --on-calendar=… CMD…`. Like a command another command runs (remote-runs.ts), the job is a
// command line of its own and is judged as one; a job made so also comes back by itself (persistence).
// Reading or removing a task (`schtasks /query`, `/delete`, `/run`) schedules nothing.

import { shellQuoted } from './shell-words.js';

/** Options of systemd-run that take a value as a separate word. */
const systemdRunValues = new Set(['-u', '--unit', '-p', '--property', '-E', '--setenv', '-M', '--machine', '-H', '--host', '--description', '--slice', '--uid', '--gid', '--working-directory', '--nice', '--on-active', '--on-boot', '--on-startup', '--on-unit-active', '--on-unit-inactive', '--on-calendar', '--timer-property', '--path-property', '--socket-property', '--service-type']);

/** The command line `argv` schedules to run later (its program is `name`), or undefined when it schedules none. */
export function scheduledRun(name: string, argv: readonly string[]): string | undefined {
  switch (name) {
    case 'schtasks': {
      // schtasks /create … /tr "LINE": the task runs LINE (a program and its arguments, as cmd reads them).
      if (!argv.some((a) => /^[/-]create$/i.test(a))) return undefined;
      const at = argv.findIndex((a) => /^[/-]tr$/i.test(a));
      return at > 0 ? argv[at + 1] : undefined;
    }
    case 'launchctl': {
      // launchctl submit -l LABEL [-o/-e PATH] -- CMD…: launchd runs CMD, and again whenever it exits.
      if (argv[1] !== 'submit') return undefined;
      const dash = argv.indexOf('--');
      return dash > 0 && dash + 1 < argv.length ? argv.slice(dash + 1).map(shellQuoted).join(' ') : undefined;
    }
    case 'systemd-run': {
      // systemd-run [options] CMD…: a transient unit runs CMD (on a timer with --on-*).
      let i = 1;
      for (; i < argv.length && argv[i]!.startsWith('-'); i++) if (systemdRunValues.has(argv[i]!)) i++;
      return i < argv.length ? argv.slice(i).map(shellQuoted).join(' ') : undefined;
    }
    default:
      return undefined;
  }
}

// Copy programs of Windows and PowerShell, and where their destination is: the last operand, or -Destination.
const copiers = new Set(['copy', 'xcopy', 'robocopy', 'move', 'copy-item', 'cpi', 'move-item', 'mi']);
/** A UNC path (`//host/share/…` once backslashes are slashes) to a host other than this machine. */
const otherMachine = /^\/\/(?!(?:localhost|127\.0\.0\.1|\[::1\]|\.|\?)\/)[\w.$-]+\/[^/]/i;

/**
 * The files a copy sends to another machine's share (`copy FILE \\host\share\`, `robocopy DIR \\host\share FILE`,
 * `Copy-Item -Path FILE -Destination \\host\share`): the sources, or undefined when the copy stays on this machine.
 * Read with backslashes as slashes (windows-lines.ts).
 */
export function copiedToShare(name: string, args: readonly string[]): readonly string[] | undefined {
  if (!copiers.has(name)) return undefined;
  const named = args.findIndex((a) => /^-destination$/i.test(a));
  const operands: string[] = [];
  let destination: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (i === named) {
      destination = args[++i];
      continue;
    }
    // Options: /Y, /E, -Recurse, -Force; -Path takes the next word as a source.
    if (/^-path$|^-literalpath$/i.test(a)) continue;
    if (/^[/-][a-z][\w:]*$/i.test(a) && !a.startsWith('//')) continue;
    operands.push(a);
  }
  if (destination === undefined) {
    // robocopy SOURCE DEST [FILE…]: the files are named inside SOURCE.
    if (name === 'robocopy' && operands.length >= 2) {
      const [source, dest, ...files] = operands as [string, string, ...string[]];
      return otherMachine.test(dest) ? (files.length > 0 ? files.map((f) => `${source.replace(/\/?$/, '/')}${f}`) : [source]) : undefined;
    }
    destination = operands.pop();
  }
  return destination !== undefined && otherMachine.test(destination) && operands.length > 0 ? operands : undefined;
}
