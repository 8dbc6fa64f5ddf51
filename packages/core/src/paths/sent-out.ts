import { sendCall } from '../commands/code-uploads.js';
import { parseShell, type SimpleCommand } from '../commands/shell-words.js';
import { programName, programTable } from '../commands/programs.js';

// What a command planted to run by itself later sends off the machine. A line an agent runs once that posts
// a diff to a review service is a choice made in view; the same line as a pre-commit hook, a task run on
// folder open or the runner that wraps every `cargo run` posts on every commit, open or run from then on,
// unseen. So for those places a line that sends data out is harm even when the data is no credential: a
// command given an upload option of the programs table (curl -d/-T/-F, wget --post-file), a program that
// sends its stdin fed by a pipe or a file (the table's stdin-upload: netcat, ssh, mail), a fetcher whose
// address carries what a command prints (`?u=$(whoami)`), or inline code that sends what it reads of the
// machine (its environment, its name).
// `sh -c SCRIPT` is read as SCRIPT. Fetching alone (a download, `curl -fsS https://…/health`) sends nothing.

/** Inline code that reads the machine: its environment, its name, its user. */
const machineData = /process\.env|os\.environ|getenv|\bhostname\b|userInfo|getuser|whoami|\bENV\[/;
const maxDepth = 3;

/** What `line` sends out as a sentence, or undefined when it sends nothing. */
export function sentOut(line: string, depth = 0): string | undefined {
  if (depth > maxDepth || line.length > 8192) return undefined;
  const table = programTable();
  const commands: SimpleCommand[] = parseShell(line);
  for (const cmd of commands) {
    const argv = cmd.argv;
    if (argv.length === 0) continue;
    const name = programName(argv[0]!);
    if (table.shells.has(name)) {
      const at = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
      if (at > 0 && argv[at + 1] !== undefined) {
        const inner = sentOut(argv[at + 1]!, depth + 1);
        if (inner !== undefined) return inner;
      }
      continue;
    }
    const code = table.interpreters.get(name);
    if (code !== undefined) {
      const at = argv.findIndex((a) => code.has(a));
      const text = at > 0 ? argv[at + 1] : undefined;
      if (text !== undefined && (table.codeSend.test(text) || sendCall.test(text)) && machineData.test(text)) return `${name} code sends what it reads of the machine over the network`;
      continue;
    }
    const spec = table.programs.get(name);
    if (spec !== undefined) {
      for (const word of argv.slice(1)) {
        const option = /^--?[\w-]+/.exec(word)?.[0];
        const effect = option === undefined ? undefined : (spec.options.get(option) ?? spec.options.get(word))?.effect;
        if (effect === 'upload') return `${name} sends data over the network (${option})`;
      }
      if (spec.stdinUpload && cmd.upstream.length > 0) return `${name} sends what the command before it prints`;
      if (spec.stdinUpload && cmd.redirects.some((r) => r.op === '<')) return `${name} sends what it reads to another host`;
    }
    if (table.fetchers.has(name) && cmd.substitutions.length > 0 && argv.some((a) => /:\/\//.test(a))) {
      return `${name} sends what a command prints in the address it fetches`;
    }
  }
  return undefined;
}
