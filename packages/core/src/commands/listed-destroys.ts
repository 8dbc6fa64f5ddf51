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

// git's branches are local, but `git push <remote> --delete` (or `:<ref>`) fed by a listing of the remote's
// branches (`git ls-remote --heads`, `git branch -r`, `git for-each-ref refs/remotes`) deletes them on the
// shared server. Unnarrowed (no --merged/--contains, no pattern on ls-remote, no grep that keeps some) that is
// every branch there is: an inverted grep (`grep -v main`) only spares the ones it names, so it narrows
// nothing. Cleaning up merged branches (`git branch -r --merged main | …`) or one prefix (`grep feature/old-`)
// picks some and is let be.
const gitNarrowing = /^(?:--merged|--no-merged|--contains|--no-contains|--points-at|--list|-l|--sort=.*committerdate.*|--format=.*committerdate.*)(?:=.*)?$/;
// Stages that reshape or drop named lines of a listing (awk printing a field, sed rewriting a prefix).
const gitReshaping = new Set([...reshaping, 'awk', 'sed', 'grep', 'egrep']);

/** Whether `argv` lists the remote's branches or tags (unnarrowed): ls-remote, branch -r/-a, for-each-ref refs/remotes. */
function listsRemoteRefs(argv: readonly string[]): boolean {
  if (programName(argv[0] ?? '') !== 'git') return false;
  const words = verbs(argv);
  if (argv.some((a, i) => i > 0 && gitNarrowing.test(a))) return false;
  // ls-remote [<remote>] with no ref pattern after it.
  if (words[0] === 'ls-remote') return words.length <= 2 && !(words[1] ?? '').includes('/');
  if (words[0] === 'branch') return words.length === 1 && argv.some((a) => a === '-r' || a === '--remotes' || a === '-a' || a === '--all');
  if (words[0] === 'for-each-ref') return words.slice(1).every((w) => /^refs\/(?:remotes|heads|tags)\/?(?:[^/*]+\/?)?$/.test(w) || w.startsWith('--format') || w.includes('%(')) && words.length >= 2;
  return false;
}

/** Whether a stage between the listing and the push only reshapes lines or drops the ones it names (`grep -v`). */
function keepsEvery(argv: readonly string[]): boolean {
  const name = programName(argv[0] ?? '');
  if (!gitReshaping.has(name)) return false;
  if (name === 'grep' || name === 'egrep') return argv.some((a) => /^-[a-zA-Z]*v[a-zA-Z]*$/.test(a) || a === '--invert-match');
  if (name === 'awk') return !argv.slice(1).some((a) => /(?:^|[^{])[$][0-9]+\s*(?:==|!=|~|>|<)|\/[^/]+\/\s*\{|\bif\s*\(/.test(a));
  // `sed -n` prints only the lines it picks.
  if (name === 'sed') return !argv.some((a) => /^-[a-zA-Z]*n[a-zA-Z]*$/.test(a) || a === '--quiet' || a === '--silent');
  return true;
}

/** The line written out when a `git push <remote> --delete` gets every branch of the remote's own listing. */
function deletesEveryRemoteBranch(cmd: SimpleCommand, argv: readonly string[], unwrap: (argv: readonly string[]) => readonly string[]): string | undefined {
  const words = verbs(argv);
  if (words[0] !== 'push' || !argv.some((a) => a === '--delete' || a === '-d')) return undefined;
  const stages = cmd.upstream.length > 0 ? cmd.upstream.map((c) => c.argv) : cmd.substitutions.map((c) => c.argv);
  let listed = false;
  for (const raw of stages) {
    const stage = unwrap(raw);
    if (listsRemoteRefs(stage)) listed = true;
    else if (!keepsEvery(stage)) return undefined;
  }
  return listed ? `${stages.map((s) => s.join(' ')).join(' | ')} | ${argv.join(' ')}` : undefined;
}

/** The line written out when `argv` (wrappers read) destroys every resource its own listing prints, else undefined. */
export function destroysEveryListed(
  table: ProgramTable,
  cmd: SimpleCommand,
  argv: readonly string[],
  unwrap: (argv: readonly string[]) => readonly string[],
): string | undefined {
  const program = programName(argv[0] ?? '');
  if (program === 'git') return deletesEveryRemoteBranch(cmd, argv, unwrap);
  if (!table.remoteDestroyers.has(program) || local.has(program) || !verbs(argv).some((w) => destroying.test(w))) return undefined;
  const upstream = cmd.upstream.map((c) => c.argv);
  if (upstream.length > 0 && listsEvery(program, upstream, unwrap)) return `${upstream.map((s) => s.join(' ')).join(' | ')} | ${argv.join(' ')}`;
  if (cmd.substitutions.length > 0 && listsEvery(program, cmd.substitutions.map((c) => c.argv), unwrap)) return argv.join(' ');
  return undefined;
}
