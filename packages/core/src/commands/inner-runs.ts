// A command another program runs, now or later. Now: `kubectl exec POD -- CMD…`, `docker exec CTR CMD…`,
// `ssh HOST 'CMD'`, `adb [-s SERIAL] shell CMD…` (on a phone), `su -c 'CMD' USER`: what runs in the pod, the container, on the host or as the user is a
// command line like any other, and is judged as one (`env | curl …` is the same act inside
// `kubectl exec -- sh -c "…"`). Later: `schtasks /create … /tr "LINE"`, `launchctl submit -l L -- CMD…`,
// `systemd-run --on-calendar=… CMD…`: a scheduler runs the job on its own, and again (persistence). Reading or
// removing a task (`schtasks /query`, `/delete`, `/run`) schedules nothing.

import { shellQuoted } from './shell-words.js';

/**
 * The inner command: an argv run as it is, or a line a shell reads (ssh and su hand a shell one string, schtasks
 * cmd one line), and when it runs: `now`, its output coming back to the outer command, or `later`, scheduled.
 */
export type InnerRun = ({ readonly argv: readonly string[]; readonly line?: undefined } | { readonly argv?: undefined; readonly line: string }) & {
  readonly when: 'now' | 'later';
};

// Options that take a value, per runner (the value is a separate word).
const dockerValues = new Set(['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys', '--context', '-H', '--host', '--config']);
const sshValues = new Set(['-b', '-B', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-P', '-Q', '-R', '-S', '-W', '-w']);
// adb's global options that take a value (-s serial, -t transport id, -H/-P server, -L socket), and its shell's.
const adbValues = new Set(['-s', '-t', '-H', '-P', '-L']);
const adbShellValues = new Set(['-e']);
const suValues = new Set(['-s', '--shell', '-g', '--group', '-G', '--supp-group', '-w', '--whitelist-environment']);
const systemdRunValues = new Set(['-u', '--unit', '-p', '--property', '-E', '--setenv', '-M', '--machine', '-H', '--host', '--description', '--slice', '--uid', '--gid', '--working-directory', '--nice', '--on-active', '--on-boot', '--on-startup', '--on-unit-active', '--on-unit-inactive', '--on-calendar', '--timer-property', '--path-property', '--socket-property', '--service-type']);

// The runners by how they take their command: one table for what they run and what they copy out.
const runners = new Map<string, 'pod' | 'container' | 'ssh' | 'adb' | 'su' | 'schtasks' | 'launchctl' | 'systemd-run'>([
  ['kubectl', 'pod'],
  ['oc', 'pod'],
  ['docker', 'container'],
  ['podman', 'container'],
  ['nerdctl', 'container'],
  ['ssh', 'ssh'],
  ['adb', 'adb'],
  ['su', 'su'],
  ['runuser', 'su'],
  ['schtasks', 'schtasks'],
  ['launchctl', 'launchctl'],
  ['systemd-run', 'systemd-run'],
]);

/** The words after the options of `argv` (whose value-taking options are `values`), from `from`: where a command begins. */
function afterOptions(argv: readonly string[], values: ReadonlySet<string>, from = 1): number {
  let i = from;
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) if (values.has(argv[i]!)) i++;
  return i;
}

/** The command `argv` (whose program is `name`) has another program run, now or later, or undefined when it runs none. */
export function innerRun(name: string, argv: readonly string[]): InnerRun | undefined {
  switch (runners.get(name)) {
    case 'pod': {
      // kubectl exec [options] POD -- COMMAND…: the command is everything after `--`.
      if (!argv.slice(1, 6).includes('exec')) return undefined;
      const dash = argv.indexOf('--');
      return dash > 0 && dash + 1 < argv.length ? { argv: argv.slice(dash + 1), when: 'now' } : undefined;
    }
    case 'container': {
      // docker [global options] exec [options] CONTAINER COMMAND…
      let i = 1;
      while (i < argv.length && argv[i]!.startsWith('-')) i += dockerValues.has(argv[i]!) ? 2 : 1;
      if (argv[i] !== 'exec') return undefined;
      i = afterOptions(argv, dockerValues, i + 1);
      return i + 1 < argv.length ? { argv: argv.slice(i + 1), when: 'now' } : undefined;
    }
    case 'ssh': {
      // ssh [options] HOST [COMMAND…]: the remote shell reads the words joined by blanks.
      const i = afterOptions(argv, sshValues);
      return i + 1 < argv.length ? { line: argv.slice(i + 1).join(' '), when: 'now' } : undefined;
    }
    case 'adb': {
      // adb [options] shell [-e C -n -T -t -x] COMMAND… (or exec-out COMMAND…): the device's shell reads the words
      // joined by blanks, as ssh's remote shell does. `adb shell` alone is an interactive session.
      const i = afterOptions(argv, adbValues);
      if (argv[i] !== 'shell' && argv[i] !== 'exec-out') return undefined;
      const from = argv[i] === 'shell' ? afterOptions(argv, adbShellValues, i + 1) : i + 1;
      return from < argv.length ? { line: argv.slice(from).join(' '), when: 'now' } : undefined;
    }
    case 'su': {
      // su [options] [-] [USER] -c COMMAND [USER]: the shell of the user reads COMMAND.
      for (let i = 1; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '-c' || a === '--command') return argv[i + 1] === undefined ? undefined : { line: argv[i + 1]!, when: 'now' };
        if (a.startsWith('--command=')) return { line: a.slice(10), when: 'now' };
        if (suValues.has(a)) i++;
      }
      return undefined;
    }
    case 'schtasks': {
      // schtasks /create … /tr "LINE": the task runs LINE (a program and its arguments, as cmd reads them).
      if (!argv.some((a) => /^[/-]create$/i.test(a))) return undefined;
      const at = argv.findIndex((a) => /^[/-]tr$/i.test(a));
      const line = at > 0 ? argv[at + 1] : undefined;
      return line === undefined ? undefined : { line, when: 'later' };
    }
    case 'launchctl': {
      // launchctl submit -l LABEL [-o/-e PATH] -- CMD…: launchd runs CMD, and again whenever it exits.
      if (argv[1] !== 'submit') return undefined;
      const dash = argv.indexOf('--');
      return dash > 0 && dash + 1 < argv.length ? { line: argv.slice(dash + 1).map(shellQuoted).join(' '), when: 'later' } : undefined;
    }
    case 'systemd-run': {
      // systemd-run [options] CMD…: a transient unit runs CMD (on a timer with --on-*).
      const i = afterOptions(argv, systemdRunValues);
      return i < argv.length ? { line: argv.slice(i).map(shellQuoted).join(' '), when: 'later' } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The sources of a copy out of a pod or a container, `kubectl cp POD:PATH DEST` or `docker cp CTR:PATH DEST`, as
 * the paths inside it (what the copy reads), or undefined when `argv` is no such copy. The destination stays last.
 */
export function copiedOut(name: string, argv: readonly string[]): readonly string[] | undefined {
  const runner = runners.get(name);
  if (argv[1] !== 'cp' || !(runner === 'pod' || runner === 'container')) return undefined;
  const args = argv.slice(2);
  return args.map((a, i) => (i < args.length - 1 && /^[\w./-]+:\//.test(a) ? a.slice(a.indexOf(':') + 1) : a));
}
