// What a CI workflow written by a tool call will run. A workflow runs later, on the CI service, with the
// repository's secrets: its file is a persistence place, but writing one is also ordinary project work (a
// test job, a release step). When the call carries the text it writes, the text is judged instead of the
// place: the commands of its steps (GitHub `run:`, GitLab `script:`, CircleCI `command:`, Azure `bash:`) read
// as the shell lines they are, with `${{ secrets.X }}` read as the secret variable it becomes, and the three
// ways a workflow hands its secrets to someone else: all of them dumped at once (`toJSON(secrets)`), a pull
// request's own code checked out and run under `pull_request_target`, and text an outsider writes (an issue
// title, a branch name) spliced into a step's shell line. Line by line, so the part of a file an edit writes
// reads like the whole; linear in the text.

/** Keys whose value is a shell line or a script the runner executes. */
const stepKey = /^(\s*)(-\s+)?(run|script|before_script|after_script|command|bash|sh|pwsh|powershell|inlinescript|inline_script)\s*:(?:\s+(.*))?$/i;
const listItem = /^(\s*)-\s+(.*)$/;
/** `NAME: ${{ secrets.X }}`: an environment variable a step reads a secret from. */
const secretEnv = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*["']?\$\{\{\s*secrets\.([A-Za-z0-9_]+)\s*\}\}/;
const expression = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const allSecrets = /\$\{\{[^}]*\btojson\s*\(\s*secrets\s*\)/i;
const secretWord = /(?:^|_)(?:api_?key|key|token|secret|password|passwd|pat|credentials?)$/i;
// Fields of an event that whoever opens an issue, a pull request or a comment writes (GitHub's list of
// untrusted input), and the head branch's name.
const untrusted = /^github\.(?:head_ref|event\.(?:issue|pull_request|comment|review|review_comment|discussion|discussion_comment|pages|commits|head_commit|workflow_run)\b[\w.*[\]]*\.(?:title|body|message|ref|label|name|email|page_name|head_branch|default_branch))$/i;
const targetTrigger = /\bpull_request_target\b/;
const headCheckout = /\bref\s*:\s*["']?\$\{\{\s*(?:github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref)\b/i;

/** A step that runs another publisher's action: `uses: owner/repo@ref` (not a local `./` action or a container). */
const usesAction = /^(\s*)(-\s+)?uses\s*:\s*["']?([\w.-]+\/[\w./-]+)@/i;
const stepStart = /^(\s*)-\s/;
const secretRef = /\$\{\{\s*secrets\.([A-Za-z0-9_]+)\s*\}\}/;
/**
 * Services a secret's name says it is for (a word of the name), with the words an action made for that service
 * carries in its owner or name: an action handed the service's secret is that service's own (a Codecov token to
 * codecov/codecov-action, AWS keys to aws-actions/configure-aws-credentials, a deploy key to a deploy action).
 */
const services: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  aws: ['aws', 'amazon', 's3', 'ecr', 'ecs', 'lambda', 'cdk', 'sam', 'serverless'],
  azure: ['azure', 'az', 'microsoft'],
  gcp: ['google', 'gcp', 'gcloud', 'firebase', 'gke'],
  google: ['google', 'gcp', 'gcloud', 'firebase', 'gke'],
  npm: ['npm', 'node', 'js', 'publish', 'release'],
  pypi: ['pypi', 'pypa', 'python', 'publish', 'release'],
  docker: ['docker', 'container', 'buildx', 'ghcr', 'registry'],
  dockerhub: ['docker', 'container', 'buildx'],
  ssh: ['ssh', 'deploy', 'scp', 'rsync', 'sftp', 'pages'],
  deploy: ['ssh', 'deploy', 'scp', 'rsync', 'sftp', 'pages', 'publish'],
  stripe: ['stripe'],
  openai: ['openai', 'gpt', 'ai'],
  anthropic: ['anthropic', 'claude', 'ai'],
  kube: ['kube', 'k8s', 'helm', 'azure', 'aws', 'google', 'gke', 'eks', 'aks'],
  kubeconfig: ['kube', 'k8s', 'helm', 'azure', 'aws', 'google', 'gke', 'eks', 'aks'],
  database: ['db', 'database', 'postgres', 'mysql', 'migrate', 'prisma', 'flyway', 'liquibase', 'supabase'],
  postgres: ['db', 'database', 'postgres', 'migrate', 'prisma', 'flyway', 'liquibase', 'supabase'],
  mysql: ['db', 'database', 'mysql', 'migrate', 'prisma', 'flyway', 'liquibase'],
}));
/** The action a step hands a secret of another service to, or undefined (line by line: a step's `with:` and `env:` follow its `uses:`). */
function secretToOtherAction(lines: readonly string[]): { readonly what: string; readonly evidence: string } | undefined {
  let action: string | undefined;
  let stepIndent = -1;
  for (const line of lines) {
    const start = stepStart.exec(line);
    if (start !== null && start[1]!.length <= stepIndent) action = undefined;
    const uses = usesAction.exec(line);
    if (uses !== null) {
      action = uses[3]!.toLowerCase();
      stepIndent = uses[2] === undefined ? Math.max(0, uses[1]!.length - 2) : uses[1]!.length;
      continue;
    }
    if (action === undefined) continue;
    const secret = secretRef.exec(line)?.[1];
    if (secret === undefined) continue;
    for (const word of secret.toLowerCase().split('_')) {
      const own = services.get(word);
      if (own !== undefined && !own.some((w) => action!.includes(w))) {
        return { what: `hands the ${word.toUpperCase()} secret ${secret} to ${action}, another publisher's action not made for that service`, evidence: line.trim() };
      }
    }
  }
  return undefined;
}

/** A step's script and the line it starts on (1-based), as the runner hands it to its shell. */
export interface WorkflowStep {
  readonly script: string;
  readonly line: number;
}

/** Harm a workflow text does by itself (apart from what its steps' commands do), or undefined. */
export function workflowHarm(text: string): { readonly what: string; readonly evidence: string } | undefined {
  const dump = allSecrets.exec(text);
  if (dump !== null) return { what: 'hands every secret of the repository to a step at once (toJSON(secrets))', evidence: dump[0] };
  if (targetTrigger.test(text)) {
    const checkout = headCheckout.exec(text);
    if (checkout !== null) return { what: "checks out and runs a pull request's own code with the repository's secrets (pull_request_target)", evidence: checkout[0] };
  }
  if (text.includes('secrets.')) {
    const handed = secretToOtherAction(text.split('\n'));
    if (handed !== undefined) return handed;
  }
  const steps = workflowSteps(text);
  if (text.includes('secrets.')) {
    const printed = secretPastMask(steps, text);
    if (printed !== undefined) return printed;
  }
  for (const step of steps) {
    expression.lastIndex = 0;
    for (let m = expression.exec(step.script); m !== null; m = expression.exec(step.script)) {
      if (untrusted.test(m[1]!)) return { what: `splices ${m[1]} (text an outsider writes) into a step's shell line; pass it through env instead`, evidence: m[0] };
    }
  }
  return undefined;
}

/** Programs that change how text looks (encode, reverse, space it out): a secret they print no longer matches the log's mask. */
const reshapers = /^(?:base64|base32|basenc|xxd|od|hexdump|rev|tr|sed|awk|fold|cut)$/;
const printer = /^\s*(?:echo|printf)\b/;

/**
 * A step that prints a secret reshaped into the job's log (`echo "${{ secrets.NPM_TOKEN }}" | base64`): the
 * runner masks a secret's exact text in the log, not its base64, its letters spaced out or reversed, and a
 * public repository's logs are public. The same pipe into a file (`| base64 -d > key.p12`) or into a program
 * that takes it (`| gpg --import`, `| docker login --password-stdin`) prints nothing.
 */
function secretPastMask(steps: readonly WorkflowStep[], text: string): { readonly what: string; readonly evidence: string } | undefined {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const m = secretEnv.exec(line);
    if (m !== null && names.size < 32) names.add(m[1]!);
  }
  for (const step of steps) {
    for (const line of step.script.split('\n')) {
      const stages = line.split(/\|(?!\|)/);
      if (stages.length < 2 || !printer.test(stages[0]!) || line.includes('>')) continue;
      const first = stages[0]!;
      const secret = secretRef.test(first) || [...names].some((n) => new RegExp(`\\$\\{?${n}\\b`).test(first));
      const last = stages[stages.length - 1]!.trim().split(/\s+/, 1)[0] ?? '';
      if (secret && reshapers.test(last)) return { what: `prints a secret into the job's log past its mask (${last} changes the text the runner hides)`, evidence: line.trim().slice(0, 120) };
    }
  }
  return undefined;
}

/** The scripts of a workflow text's steps, in order (a block scalar joined, a list's items one each). */
export function workflowSteps(text: string): WorkflowStep[] {
  const lines = text.split('\n');
  const out: WorkflowStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = stepKey.exec(lines[i]!);
    if (m === null) continue;
    const indent = m[1]!.length + (m[2]?.length ?? 0);
    const rest = (m[4] ?? '').trim();
    if (rest.startsWith('|') || rest.startsWith('>')) {
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const line = lines[j]!;
        if (line.trim() !== '' && indentOf(line) <= indent) break;
        body.push(line.trim());
      }
      out.push({ script: body.join(rest.startsWith('>') ? ' ' : '\n').trim(), line: i + 2 });
      i = j - 1;
    } else if (rest === '') {
      // A list of lines (GitLab's `script:`), or a mapping (CircleCI's `run:` with `command:` below it).
      let j = i + 1;
      for (; j < lines.length; j++) {
        const line = lines[j]!;
        if (line.trim() === '') continue;
        const item = listItem.exec(line);
        if (item === null || item[1]!.length < indent) break;
        out.push({ script: unquote(item[2]!.trim()), line: j + 1 });
      }
      i = j - 1;
    } else {
      out.push({ script: unquote(rest), line: i + 1 });
    }
  }
  return out;
}

/**
 * A step's script as its shell sees it: `${{ secrets.X }}` and the variables a step reads secrets from
 * become the secret's own variable (named for a secret, so the readers of sent secrets know it), the
 * token GitHub hands every job becomes `$GITHUB_TOKEN`, and any other expression a plain word.
 */
export function stepAsShell(script: string, text: string): string {
  let aliases: Map<string, string> | undefined;
  if (script.includes('$') && text.includes('secrets.')) {
    for (const line of text.split('\n')) {
      const m = secretEnv.exec(line);
      if (m !== null && m[1] !== m[2] && (aliases?.size ?? 0) < 32) (aliases ??= new Map()).set(m[1]!, secretVariable(m[2]!));
    }
  }
  let out = script.replace(expression, (_all, inner: string) => {
    const secret = /^secrets\.([A-Za-z0-9_]+)$/.exec(inner);
    if (secret !== null) return `$${secretVariable(secret[1]!)}`;
    if (/^(?:github\.token|secrets\.github_token)$/i.test(inner)) return '$GITHUB_TOKEN';
    return 'EXPR';
  });
  if (aliases !== undefined) {
    for (const [alias, secret] of aliases) out = out.replace(new RegExp(`\\$\\{?${alias}\\b\\}?`, 'g'), `$${secret}`);
  }
  return out;
}

const secretVariable = (name: string): string => (secretWord.test(name) ? name : `${name}_SECRET`);

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line.charCodeAt(n) === 0x20 || line.charCodeAt(n) === 0x09)) n++;
  return n;
}

function unquote(value: string): string {
  const q = value.charAt(0);
  if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) return value.slice(1, -1);
  return value;
}
