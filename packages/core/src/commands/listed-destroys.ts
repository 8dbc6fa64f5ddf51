import { programName, type ProgramTable } from './programs.js';
import type { SimpleCommand } from './shell-words.js';

// A CLI that destroys what lives outside the machine (rules/programs.yaml `remote-destroyers`), told to
// delete whatever its own listing prints (`helm list -A -q | xargs -n1 helm uninstall`, `aws ec2
// terminate-instances --instance-ids $(aws ec2 describe-instances --query …)`, `terraform state list | xargs
// terraform state rm`): that is every release, instance or resource there is, as `--all` would be. A
// listing narrowed first (a filter or selector option, a JMESPath filter, grep, awk or jq between) picks
// some of them: evicted pods, one tag's instances, and is let be.

const destroying = /^(?:delete|del|rm|rb|remove|uninstall|destroy|purge|terminate|(?:delete|terminate|remove|deregister|destroy)-.+)$/;
const listing = /^(?:list|ls|get|describe|show|describe-.+|list-.+)$/;
// Options that narrow what a listing prints (aws --filters, kubectl -l/--field-selector, gcloud --filter).
const narrowing = /^(?:--filters?|--field-selector|--selector|-l|--label|--prefix|--tag|--tags|--name|--query=.*\[\?.*|-f)(?:=.*)?$/;
// Stages that only reshape a listing's lines; any other between it and the destroyer may choose among them.
const reshaping = new Set(['cut', 'tr', 'sort', 'uniq', 'tail', 'xargs', 'cat', 'paste', 'column']);
// Programs of the table whose listing-fed deletes are a developer's own (git's branches are local).
const local = new Set(['git', 'redis-cli']);

/** The first few words of `argv` that are not options (its subcommand path). */
function verbs(argv: readonly string[]): readonly string[] {
  const words: string[] = [];
  for (let i = 1; i < argv.length && words.length < 4; i++) if (!argv[i]!.startsWith('-')) words.push(argv[i]!.toLowerCase());
  return words;
}

/** Whether `stages` (a pipeline, in order) are `program`'s unnarrowed listing and reshaping stages only. */
function listsEvery(program: string, stages: readonly (readonly string[])[], unwrap: (argv: readonly string[]) => readonly string[]): boolean {
  let listed = false;
  for (const raw of stages) {
    const argv = unwrap(raw);
    const name = programName(argv[0] ?? '');
    if (name === program && verbs(argv).some((w) => listing.test(w))) {
      if (argv.some((a, i) => i > 0 && (narrowing.test(a.toLowerCase()) || (a === '--query' && (argv[i + 1] ?? '').includes('[?'))))) return false;
      listed = true;
    } else if (!reshaping.has(name)) return false;
  }
  return listed;
}

/** The line written out when `argv` (wrappers read) destroys every resource its own listing prints, else undefined. */
export function destroysEveryListed(
  table: ProgramTable,
  cmd: SimpleCommand,
  argv: readonly string[],
  unwrap: (argv: readonly string[]) => readonly string[],
): string | undefined {
  const program = programName(argv[0] ?? '');
  if (!table.remoteDestroyers.has(program) || local.has(program) || !verbs(argv).some((w) => destroying.test(w))) return undefined;
  const upstream = cmd.upstream.map((c) => c.argv);
  if (upstream.length > 0 && listsEvery(program, upstream, unwrap)) return `${upstream.map((s) => s.join(' ')).join(' | ')} | ${argv.join(' ')}`;
  if (cmd.substitutions.length > 0 && listsEvery(program, cmd.substitutions.map((c) => c.argv), unwrap)) return argv.join(' ');
  return undefined;
}
