// A command another command runs: `kubectl exec POD -- CMD…`, `docker exec CTR CMD…`, `ssh HOST 'CMD'`,
// `su -c 'CMD' USER`. What runs in the pod, the container, on the host or as the user is a command line like
// any other, and is judged as one (`env | curl …` is the same act inside `kubectl exec -- sh -c "…"`).

/** The inner command: an argv run as it is, or a line a shell reads (ssh and su hand a shell one string). */
export type RemoteRun = { readonly argv: readonly string[]; readonly line?: undefined } | { readonly argv?: undefined; readonly line: string };

// Options that take a value, per runner (the value is a separate word).
const dockerValues = new Set(['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys', '--context', '-H', '--host', '--config']);
const sshValues = new Set(['-b', '-B', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-P', '-Q', '-R', '-S', '-W', '-w']);
const suValues = new Set(['-s', '--shell', '-g', '--group', '-G', '--supp-group', '-w', '--whitelist-environment']);

// The runners by how they take their command: one table for what they run and what they copy out.
const runners = new Map<string, 'pod' | 'container' | 'ssh' | 'su'>([
  ['kubectl', 'pod'],
  ['oc', 'pod'],
  ['docker', 'container'],
  ['podman', 'container'],
  ['nerdctl', 'container'],
  ['ssh', 'ssh'],
  ['su', 'su'],
  ['runuser', 'su'],
]);

/** The command `argv` has another program run, or undefined when it runs none. */
export function remoteRun(name: string, argv: readonly string[]): RemoteRun | undefined {
  switch (runners.get(name)) {
    case 'pod': {
      // kubectl exec [options] POD -- COMMAND…: the command is everything after `--`.
      if (!argv.slice(1, 6).includes('exec')) return undefined;
      const dash = argv.indexOf('--');
      return dash > 0 && dash + 1 < argv.length ? { argv: argv.slice(dash + 1) } : undefined;
    }
    case 'container': {
      // docker [global options] exec [options] CONTAINER COMMAND…
      let i = 1;
      while (i < argv.length && argv[i]!.startsWith('-')) i += dockerValues.has(argv[i]!) ? 2 : 1;
      if (argv[i] !== 'exec') return undefined;
      for (i++; i < argv.length && argv[i]!.startsWith('-'); i++) if (dockerValues.has(argv[i]!)) i++;
      return i + 1 < argv.length ? { argv: argv.slice(i + 1) } : undefined;
    }
    case 'ssh': {
      // ssh [options] HOST [COMMAND…]: the remote shell reads the words joined by blanks.
      let i = 1;
      for (; i < argv.length && argv[i]!.startsWith('-'); i++) if (sshValues.has(argv[i]!)) i++;
      return i + 1 < argv.length ? { line: argv.slice(i + 1).join(' ') } : undefined;
    }
    case 'su': {
      // su [options] [-] [USER] -c COMMAND [USER]: the shell of the user reads COMMAND.
      for (let i = 1; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '-c' || a === '--command') return argv[i + 1] === undefined ? undefined : { line: argv[i + 1]! };
        if (a.startsWith('--command=')) return { line: a.slice(10) };
        if (suValues.has(a)) i++;
      }
      return undefined;
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
