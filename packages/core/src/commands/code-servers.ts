// Servers that run whatever code a visitor sends, started to listen beyond this machine with no login: a
// Jupyter server with its token and password emptied on a non-loopback address (anyone who reaches the port
// gets a shell as this user), Ray's head with its dashboard (which takes job submissions: code) on a
// non-loopback address, code-server with `--auth none` bound beyond loopback. The same servers on loopback,
// or Jupyter on every interface with its token (a container's usual start), pass. Findings are data.

import { loopback } from './access-openers.js';
import { optionArgument, type OptionParsing } from './option-arguments.js';

/** Options as these servers read them: `--name v`, `--name=v`, names without case, the last one given (every word read as an option). */
const serverOptions: OptionParsing = { last: true, rereadValues: true, anyCase: true };
/** The value of option `--name` in `args` (see {@link serverOptions}). */
const optionValue = (args: readonly string[], names: readonly string[]): string | undefined => optionArgument(args, names, serverOptions);

/** Whether a bind address reaches beyond this machine (`0.0.0.0`, `*`, `::`, a LAN address, a host name). */
const beyondLoopback = (address: string | undefined): boolean => address !== undefined && address !== '' && !loopback.test(address.replace(/:\d+$/, ''));

/** A login emptied: `''`, `""` left after the shell's quotes, or nothing. */
const emptied = (value: string | undefined): boolean => value !== undefined && (value === '' || value === "''" || value === '""');

/** Jupyter's front ends, as a program or a subcommand of `jupyter`. */
const jupyterApps: ReadonlySet<string> = new Set(['lab', 'notebook', 'server', 'nbclassic']);

/** What `program args` opens to others as a server of code with no login, or undefined. */
export function codeServerOpened(program: string, args: readonly string[]): string | undefined {
  const jupyter = (program === 'jupyter' && jupyterApps.has(args[0] ?? '')) || program === 'jupyter-lab' || program === 'jupyter-notebook' || program === 'jupyter-server';
  if (jupyter) {
    const ip = optionValue(args, ['--ip', '--serverapp.ip', '--notebookapp.ip']);
    const token = optionValue(args, ['--serverapp.token', '--notebookapp.token', '--identityprovider.token', '--token']);
    if (beyondLoopback(ip) && emptied(token)) return `a Jupyter server with no token listening beyond this machine (--ip ${ip})`;
    return undefined;
  }
  if (program === 'ray' && args[0] === 'start' && args.includes('--head')) {
    const host = optionValue(args, ['--dashboard-host']);
    if (beyondLoopback(host)) return `Ray's dashboard, which takes job submissions, listening beyond this machine (--dashboard-host ${host})`;
    return undefined;
  }
  if (program === 'code-server' && optionValue(args, ['--auth'])?.toLowerCase() === 'none') {
    const bind = optionValue(args, ['--bind-addr', '--host']);
    if (beyondLoopback(bind)) return `an editor with a terminal and no login listening beyond this machine (--bind-addr ${bind})`;
  }
  return undefined;
}
