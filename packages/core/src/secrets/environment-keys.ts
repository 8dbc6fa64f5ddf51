import { programName } from '../commands/programs.js';
import { secretName } from '../commands/sent-secrets.js';
import { parseShell, type SimpleCommand } from '../commands/shell-words.js';

// A key handed to the process that uses it, in its environment (`OPENAI_API_KEY=sk-… python eval.py`), is
// where a provider's SDK reads it from: the program sends it to the provider's own host. It leaves when the
// line also says where to send it (an address, a base-URL or proxy variable or option), expands the variable
// into a word (`curl -H "$OPENAI_API_KEY"`), prints the environment (`env`, `printenv`), or carries the key
// anywhere else (an argument, a redirect, a here-document, a second copy).

/** A variable or option naming where a client sends its requests (`OPENAI_BASE_URL`, `--api-base`, `HTTPS_PROXY`). */
const destination = /(?:url|uri|host|base|endpoint|proxy|server|address|domain)/i;
/** Programs that print or export the environment they get. */
const printsEnvironment: ReadonlySet<string> = new Set(['env', 'printenv', 'export', 'declare', 'typeset', 'set', 'echo', 'printf']);

/**
 * Whether the shell line `raw` carries a key (`carries` tells a text that holds one, as the secret rule that
 * matched the line reads it) only as the values of key variables in the environment of the commands it runs,
 * and says nothing of where requests go. Read only for a line a secret rule matched: one parse, linear in it.
 */
export function keptInEnvironment(raw: string, carries: (text: string) => boolean): boolean {
  if (raw.length > 8192 || raw.includes('://')) return false;
  let rest = raw;
  const holders: string[] = [];
  for (const cmd of parseShell(raw)) {
    for (const [name, value] of cmd.env) {
      if (destination.test(name)) return false;
      if (value === '' || !carries(value)) continue;
      if (cmd.argv.length === 0 || !secretName.test(name.toLowerCase())) return false;
      // Written once: a second copy of it is a word of its own.
      const parts = rest.split(value);
      if (parts.length !== 2) return false;
      holders.push(name);
      rest = parts.join('');
    }
    if (!quietAbout(cmd)) return false;
  }
  if (holders.length === 0 || carries(rest)) return false;
  // The variable read back by the shell is a word the key is in.
  for (const name of holders) if (raw.includes(`$${name}`) || raw.includes(`\${${name}`)) return false;
  return true;
}

/** Whether a command neither prints its environment nor names where it sends requests. */
function quietAbout(cmd: SimpleCommand): boolean {
  const program = cmd.argv[0];
  if (program !== undefined && printsEnvironment.has(programName(program))) return false;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i]!;
    if (word.charCodeAt(0) === 0x2d /* - */ && destination.test(word)) return false;
  }
  return true;
}
