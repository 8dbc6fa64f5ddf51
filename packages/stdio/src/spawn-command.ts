// How to start the server's command without a shell's word splitting or expansion, on every platform.

/** The program, arguments and option `spawn` gets for a server command. */
export interface SpawnPlan {
  readonly file: string;
  readonly args: readonly string[];
  /** Windows only: the arguments are already quoted for `cmd.exe`. */
  readonly windowsVerbatimArguments: boolean;
}

// Characters cmd.exe treats specially; each is escaped with ^ (the algorithm of https://qntm.org/cmd).
const cmdMeta = /([()\][%!^"`<>&|;, *?])/g;

/** Quotes one argument for the C runtime's parser, then escapes it for cmd.exe (twice for .cmd shims). */
function cmdArgument(arg: string, shim: boolean): string {
  let quoted = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1');
  quoted = `"${quoted}"`.replace(cmdMeta, '^$1');
  return shim ? quoted.replace(cmdMeta, '^$1') : quoted;
}

/**
 * On Windows, `npx`, `npm`, `pnpm` and every package bin are `.cmd` batch shims, which `spawn` without a
 * shell cannot run (EINVAL since Node's CVE-2024-27980 fix) and `shell: true` would run with the
 * arguments unescaped. So a command that is not explicitly an `.exe` / `.com` runs as
 * `cmd.exe /d /s /c "<escaped command line>"`: cmd finds it on PATH with PATHEXT, and each argument
 * reaches the program exactly as given. Elsewhere the command is spawned as is.
 */
export function spawnPlan(command: string, args: readonly string[], platform: NodeJS.Platform, env: NodeJS.ProcessEnv): SpawnPlan {
  if (platform !== 'win32' || /\.(?:exe|com)$/i.test(command)) return { file: command, args, windowsVerbatimArguments: false };
  // A shim in node_modules/.bin passes its arguments through cmd a second time (%*).
  const shim = /node_modules[\\/]\.bin[\\/][^\\/]+\.cmd$/i.test(command);
  const line = [command.replace(/\//g, '\\').replace(cmdMeta, '^$1'), ...args.map((a) => cmdArgument(a, shim))].join(' ');
  return { file: env['ComSpec'] ?? env['COMSPEC'] ?? 'cmd.exe', args: ['/d', '/s', '/c', `"${line}"`], windowsVerbatimArguments: true };
}
