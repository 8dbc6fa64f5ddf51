import { analyzeArgv, analyzeHiddenRuns, analyzeShell, analyzeShellCarrying, type CommandFinding, type LineCarry } from '../commands/analyze.js';
import { type CarryBounds, carryState, defaultCarryBounds, heldFile, mergeCarry, namesCarried, plantedCarry, writtenScriptCarry } from '../commands/session-carry.js';
import { type Plant, plantPlace, plantSetOff } from '../commands/planted-triggers.js';
import { Capability } from '../stateful/capabilities.js';
import { chain } from '../stateful/awaitable.js';
import { codeUpload } from '../commands/code-uploads.js';
import { assembledCredentialRead } from '../commands/code-paths.js';
import { forwardsEveryMessage } from '../commands/applescript-runs.js';
import { containerSpecHost } from '../commands/container-specs.js';
import { accessOpenedByFields } from '../commands/field-grants.js';
import { secretAskedInMessage } from '../commands/secret-asking-messages.js';
import { controlOffByFields } from '../commands/field-controls.js';
import { backOfficeControlOff } from '../commands/back-office-controls.js';
import { safetyGuardOff } from '../commands/physical-safety.js';
import { giveawayCode } from '../commands/discount-codes.js';
import { fullScopeGrantOpened } from '../commands/oauth-grants.js';
import { adminForPersonalMailbox } from '../commands/outside-admins.js';
import { protectionOffByPress, secondStepOffByFields } from '../commands/sign-in-protections.js';
import { guardUnwrapped } from '../paths/guard-unwrapped.js';
import { storedSafeguardDropped } from '../commands/stored-orders.js';
import { broadScanExclusion } from '../commands/scan-exclusions.js';
import { homeOpenedByFields } from '../commands/home-opens.js';
import { publicFields, publishingWords } from '../commands/published-records.js';
import { printedSecret } from '../commands/public-prints.js';
import { securityMessagesRuled } from '../commands/security-messages.js';
import { unlimitedApprovalByFields } from '../commands/token-approvals.js';
import { moneyGrantByFields } from '../commands/money-grants.js';
import { typedTerminalLines } from '../commands/typed-lines.js';
import { destroyedByFields, closesEverythingByFields, destroysEverythingByFields } from '../commands/field-operations.js';
import { commandOptionValue } from '../commands/option-values.js';
import { isPackageManifest, lifecycleScripts, otherScripts } from '../commands/lifecycle-scripts.js';
import { isRequirementsFile, type ManifestSource, overrideSource, requirementsSource } from '../commands/manifest-sources.js';
import { actSecretMoved } from '../commands/act-secret-moves.js';
import { pageSessionSet } from '../commands/page-cookie-writes.js';
import { pageCodeKey as codeKey, pageSecretsSent } from '../commands/page-secrets.js';
import { sqlBreakout } from '../commands/sql-fragments.js';
import { searchPipelineHarm } from '../commands/search-pipelines.js';
import { destructiveMongo, grantedByFields, wipedByFields } from '../commands/mongo-calls.js';
import { destructiveSqlIn } from '../commands/sql-statements.js';
import { ownerKey, rowsSentOut } from '../commands/sql-exports.js';
import { queryWrite } from '../commands/query-writes.js';
import { parseShell } from '../commands/shell-words.js';
import { splitArgumentLines } from '../commands/split-arguments.js';
import { callExhaustion } from '../commands/resource-exhaustion.js';
import { urlVariableLeak } from '../commands/url-variables.js';
import { programName, programTable } from '../commands/programs.js';
import { plantedJudge, readableContent } from '../paths/planted-content.js';
import { hookScriptHarm, runLaterFile, runLaterHarm } from '../paths/run-later.js';
import { openedPolicy, policyFile } from '../paths/iam-policies.js';
import { lockfile, lockfileSourceHarm } from '../paths/lockfile-sources.js';
import { credentialFile, judgedByTextAlone, pathChecks, scriptChecks, secretFile, writeTargetGroup, writtenTextHarm } from '../paths/write-targets.js';
import { findTransformedSecrets } from '../secrets/transformed.js';
import { defineLayer } from '../layer.js';
import { noLayerFindings as none } from '../stateful/no-findings.js';
import type { Awaitable, JsonValue, Layer, LayerContext, LayerFinding, LayerRule, MessagePath, ScannedValue, ToolInventory } from '../types.js';
import { KeyFact, keyFacts } from '../values/key-facts.js';
import { Kind } from '../values/kinds.js';
import { Scanned, writtenScript } from '../values/scanned.js';
import { isRecord } from '../parse.js';
import { formulaFetch } from '../commands/formula-fetches.js';
import { type ToolName, ToolNames } from '../commands/tool-names.js';
import { type CacheBounds, noCaches } from '../recent.js';
import { printableBase64 } from '../values/text-blobs.js';
import { cardWithCode, mayHoldCardCode } from '../values/card-data.js';

/** The project or account names a call's arguments give (the owner of the data a query exports). */
const ownersOf = (values: readonly ScannedValue[]): string[] => values.flatMap((v) => (ownerKey.test(v.key) && v.raw.length < 200 ? [v.raw] : []));

/** What a manifest reader finds in the text a call writes, when it carries one. */
const manifestFetch = (read: (text: string) => ManifestSource | undefined, text: string | undefined): ManifestSource | undefined => (text === undefined ? undefined : read(text));

// Request analysis: what a tools/call will do, beyond what its strings look like. Shell text and argv
// arrays are read against the programs table (commands/analyze.ts); writes are judged by where they go;
// an argument that names something (a host, a repository, a branch) but starts with `-` is an option
// injection into the program the server will hand it to.

const rules: Readonly<Record<string, LayerRule>> = {
  'sql/destructive-statement': { description: 'SQL, in an argument declared a query or a command, that destroys data or reaches the server\'s files and shell, read statement by statement with comments and quotes taken out: DROP, TRUNCATE, DELETE or UPDATE of every row (no WHERE, or one that holds for every row: 1=1, TRUE, \'a\'=\'a\', id = id, x OR 1), GRANT ALL, a role made SUPERUSER, what a MySQL versioned comment holds, a MongoDB deleteMany({}) or drop() (in a script, or spelled in a call\'s fields: a collection, the operation, an empty or missing filter), statements after a SET, USE or BEGIN and statements in a field of JSON text alike, xp_cmdshell, INTO OUTFILE, LOAD_FILE, pg_read_file, lo_import/lo_export, LOAD DATA INFILE (not LOCAL), COPY FROM or TO PROGRAM, load_extension, what a DO block or an EXECUTE of joined pieces runs, ATTACH of a browser or system secret store, a write into macOS\'s privacy grants (TCC.db), a MongoDB user given root or an …AnyDatabase role (a table the same script created, or a staging table emptied, passes)', severity: 'critical', action: 'block', hint: 'Run destructive migrations through reviewed tooling; read-only tools should only receive SELECT statements.' },
  'sql/rows-sent-out': { description: 'SQL, in an argument declared a query or a command, that has the database itself send people\'s data, secrets or a table whole to a place not the owner\'s: BigQuery EXPORT DATA, a Snowflake unload (COPY INTO a storage URL, not a named stage or an integration) or a Redshift UNLOAD to a bucket whose name carries none of the owner\'s names (the project or account the call names, the first part of a qualified table name), or an INSERT … SELECT into a PostgreSQL foreign table on a server the text points at a public host; a SIEM search that mails its results to a free personal mailbox (SPL | sendemail)', severity: 'critical', action: 'block', hint: 'Export to a bucket of the project (named for it), or through a stage or integration the account set up.' },
  'cmd/destructive-delete': { description: 'A recursive delete of the filesystem root, a home folder, a system folder, a drive, everything here or the folders above it, read from argv in any option order and home spelling: rm -r, rd /s, Remove-Item -Recurse, find -delete or -exec rm over one, rsync --delete into one, mv of one away, xargs fed one, inline rmtree/rmSync of one', severity: 'critical', action: 'block', hint: 'Delete the project folder you mean by its name (rm -rf ./build); recursive deletes of /, ~ or system folders are never passed.' },
  'cmd/remote-destruction': { description: 'A command that destroys, in one step and for everyone, what lives outside the machine: terraform/tofu/pulumi destroy, kubectl delete of a namespace or of --all, a bucket removed or emptied (aws s3 rb, aws s3 rm --recursive, gsutil rm -r), a cloud project or resource group deleted (or spelled in fields: a destroying verb beside a namespace, database or bucket; a tool named for deleting or archiving items called with a selector that narrows nothing or a range from 1980 or before to 2050 or after, and no item of its own), gh repo delete, redis-cli flushall on another host, a force-push, deletion or mirror push of a shared branch (main, master, production …); a security queue (incidents, detections) closed or dismissed whole by a query of its open items; a SIEM search whose pipeline deletes the events it matched (SPL | delete)', severity: 'high', action: 'block', hint: 'Run such a step yourself, after review; a force-push to your own feature branch (or --force-with-lease) passes.' },
  'cmd/download-and-run': { description: 'A shell or interpreter runs code a fetcher downloaded (pipe, substitution, saved file, inline code)', severity: 'critical', action: 'block', hint: 'Download, review and run the script from a file.' },
  'cmd/official-installer-run': { description: "A vendor's official installer piped to a shell from the exact host and path its docs give, over https (sh.rustup.rs, raw.githubusercontent.com/nvm-sh/nvm/, raw.githubusercontent.com/Homebrew/install/ …: commands/official-installers.ts): ordinary developer setup, told apart from a look-alike host, another owner's folder, http, a query or a fetcher sent elsewhere (which stay cmd/download-and-run). Strict warns; balanced and monitor leave it off", severity: 'low', action: 'warn', hint: 'Strict asks a person to confirm installers; pin the version or review the script to be sure.' },
  'cmd/decode-and-run': { description: 'A shell or interpreter runs text a decoder (base64 -d, xxd -r, rev …) revealed', severity: 'critical', action: 'block' },
  'cmd/access-opened': { description: 'A command that opens this machine or a resource to others: ssh forwarding a port of this machine to another host (-R, RemoteForward) or serving a proxy beyond loopback (-D 0.0.0.0:1080), a bucket or container made public (a public ACL, a policy for principal *, the public-access block removed, allUsers), an owner, admin or IAM-admin role granted (aws iam attach-*-policy AdministratorAccess, gcloud … add-iam-policy-binding --role=roles/owner, az role assignment create --role Owner), cluster-admin bound; the same read in the fields of an action tool (a repository made public, a file shared with anyone, an admin granted, every message forwarded, records of people uploaded or ingested where anyone reads them) and a container spec that hands the container the host', severity: 'high', action: 'block', hint: 'Grant narrow roles and keep buckets private; forward ports with ssh -L to this machine, and run such a step yourself after review.' },
  'cmd/security-disabled': { description: 'A command that switches a security control of the machine off: SELinux (setenforce 0), the firewall (ufw disable, netsh advfirewall set … state off, firewalld stopped), AppArmor or auditd stopped, Defender\'s scans disabled (Set-MpPreference -Disable…Monitoring $true) or a whole drive excluded, SIP or Gatekeeper off; through an API tool, a branch\'s protection or ruleset, secret scanning, an audit trail, a threat detector or MFA removed, TLS verification of a hook off, workflows allowed to approve pull requests, or a webhook that sends every event or sends in clear text to a bare address; an endpoint sensor\'s service stopped, a cloud log sink deleted; a security product\'s settings weakened (a prevention policy\'s tamper protection or two protections off, a WAF set to count only, log retention under a day, a public address let through containment); a back-office control switched off by a call\'s own flag (an approval, second approver, identity or call-back check, audit note or disclosure log skipped or set off, an approval limit or tolerance unbounded, privileged documents produced with no order, a hold lifted with its content deleted); a machine\'s safety guard defeated by a call to a device (an interlock, light curtain or safeguard bypassed, a trip or cap overridden, heater fault detection off in G-code, internet firmware flashed unsigned, a flight\'s no-fly check ignored); a coding agent has no business doing so', severity: 'critical', action: 'block', hint: 'Leave host security settings to the machine\'s owner; run such a step yourself, after review.' },
  'cmd/credential-dump': { description: 'A command that copies the machine\'s password store to crack it elsewhere: reg save or reg export of the SAM, SECURITY or SYSTEM hive', severity: 'critical', action: 'block' },
  'cmd/hidden-execution': { description: 'An option, setting or environment variable makes a program run another command (git -c core.sshCommand, tar --checkpoint-action, ssh -o ProxyCommand, sed e, BASH_ENV …)', severity: 'high', action: 'block', hint: 'Run the command directly, where it can be reviewed.' },
  'cmd/credential-upload': { description: 'A command sends a credential file or the process environment over the network (curl -F x=@file, -T, wget --post-file, scp, nc <; env | curl -d @-, curl -d "$(env)"; a service\'s key variable in a URL to another host; code that posts JSON.stringify(process.env) or a key file it joins from pieces)', severity: 'critical', action: 'block' },
  'cmd/session-fixation': { description: "Code a browser tool runs in the page sets a site's signed-in session cookie to a value it was handed, for a domain not the developer's own: the browser then acts in that account (session fixation)", severity: 'critical', action: 'block' },
  'cmd/credential-search': { description: 'find locates credential files by name (-name credentials, -name id_rsa) and runs a command on what it finds', severity: 'critical', action: 'block' },
  'cmd/credential-print': { description: 'A command prints a stored credential (gh auth token, gcloud auth print-access-token, aws configure get aws_secret_access_key, a keychain or password-manager read, kubectl config view --raw) for the model to read, or pipes it into anything but a login that takes it on stdin', severity: 'high', action: 'block', hint: 'Let the program that needs the credential read it ($(gh auth token) inside its own command, --password-stdin); never print it for the model.' },
  'cmd/bulk-upload': { description: 'A command sends files of the machine it does not name: what a search of the machine or for key material finds (find -exec curl -F f=@{}, xargs -I, a loop over find), an archive of ~ or /, scp or rsync of ~ to a remote host', severity: 'critical', action: 'block', hint: 'Send the files you mean by name, from the project.' },
  'path/persistence-write': { description: 'A write to a place that runs code later (shell start-up files, git hooks, editor tasks, cron, systemd, launch agents, authorized_keys, package manager configs, CI workflows)', severity: 'high', action: 'block', hint: 'Make such changes by hand, or override the rule for this deployment.' },
  'secret/payment-card': { description: 'A call that sends a message or a request carrying a payment card written out whole: a number that passes the Luhn check (not a processor\'s published test number) with its security code (CVC, CVV, CSC) labelled beside it. Whoever receives it can pay with the card', severity: 'critical', action: 'block', hint: 'Never send card details in a message: update a card on the payee\'s own payment page.' },
  'secret/transformed': { description: 'A secret leaves in a form the secret rules do not read directly: base64 or hex encoded, reversed, or split across two fields', severity: 'critical', action: 'block', hint: 'Never send credentials through tool arguments, in any encoding.' },
  'sql/read-only-tool-write': { description: 'A query sent to a tool its server declares read-only (readOnlyHint) that changes data, read in its own language: a GraphQL mutation operation, SQL that inserts, updates, deletes, merges, alters, drops, creates or grants (also as a data-modifying CTE inside a SELECT, a statement a function runs from a string such as dblink_exec, or one prepared from a hex literal), a MongoDB $out or $merge stage', severity: 'high', action: 'block', hint: 'Send writes to the tool meant for them, where they are reviewed as writes; a read-only tool should only receive reads.' },
  'sql/fragment-breakout': { description: 'A piece of a statement (a filter, where clause or sort order the server splices in) that ends it and starts another or joins a second query (UNION SELECT)', severity: 'high', action: 'block', hint: 'Send conditions as values the server binds, not as SQL.' },
  'cmd/resource-exhaustion': { description: 'A call built to exhaust the machine or the server that runs it: a fork bomb (a shell function that starts itself twice, under any name, or an interpreter forking in an endless loop), a disk filled from /dev/zero, /dev/urandom or yes without a bound (or past 256 GiB), code making a string, list or buffer of more than ten billion items, a YAML alias bomb (aliases expanding to more than a million nodes), brackets nested more than 1000 deep, a regex with nested repetition handed an input pumped to make it backtrack', severity: 'high', action: 'block', hint: 'Bound what the command writes or allocates (dd count=, head -c, a size the machine has); run load tests in a sandbox with the guard set to monitor.' },
  'cmd/backtracking-pattern': { description: 'A regex handed to a tool that runs regexes nests unbounded repetition ((a+)+, (\\w+\\s?)*): on a long line that almost matches, a backtracking engine takes exponential time', severity: 'medium', action: 'warn', hint: 'Write the repetition once ([a-z]+ rather than ([a-z]+)+), or use a linear-time engine (RE2, ripgrep).' },
  'cmd/formula-fetch': { description: 'A spreadsheet formula a call writes that requests a URL carrying a range of the sheet\'s cells (IMPORTDATA, IMPORTXML, IMPORTHTML, IMPORTFEED, IMAGE, WEBSERVICE, HYPERLINK with "https://host/?d="&TEXTJOIN(…,A2:H500)): the cells go to that host when the sheet recalculates', severity: 'high', action: 'block', hint: 'Fetch a fixed URL, or share the cells through the sheet\'s own sharing.' },
  'cmd/option-injection': { description: 'An argument that names something (host, repo, branch, target …) starts with "-", so the program it is handed to reads an option; or any argument not declared a command that is an option running a command (--pre=…, --upload-pack=…, -exec …)', severity: 'high', action: 'block' },
};

// In a write tool, every path is a write target but the ones it reads from (a move's source); an argument
// that names something (a host, a repository) is handed to a program as that name (see key-facts.ts).
const readKey = (key: string): boolean => (keyFacts(key) & KeyFact.Read) !== 0;
const namingKey = (key: string): boolean => (keyFacts(key) & KeyFact.Naming) !== 0;
const optionLike = /^--?[a-z]/i;
const replacedKey = /^(?:old|original|previous|search|find|before)(?:[_-]?(?:text|string|str|content|lines?))?$/i;
const shellOperator = /^(?:\||\|\||&&|;|&|>|>>|<)$/;

const finding = (f: CommandFinding | { rule: string; message: string; evidence: string }, path: MessagePath): LayerFinding => ({
  rule: f.rule,
  message: f.message,
  path,
  evidence: f.evidence,
});

/**
 * The text a write call puts at the path `values[at]`: the other values of the object that holds the path
 * (`content`, `new_string`, an `edits` list's new texts), without what an edit replaces. Undefined when the
 * call carries none, or only a blob the guard cannot read (then the place is judged, not the text).
 */
/** Source files whose code runs when the program, page or module does. */
const codeFile = /\.(?:[cm]?[jt]sx?|py|pyw|rb|php|pl|pm|lua|ps1|psm1|html?|vue|svelte)$/i;
/** Most characters of written code read for hidden runs. */
const maxHiddenCode = 256 * 1024;

function writtenBeside(values: readonly ScannedValue[], at: number, blobs = false): string | undefined {
  const path = values[at]!.path;
  const depth = path.length - 1;
  const texts: string[] = [];
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    if (v === at || (v > 0 && value.path === values[v - 1]!.path) || value.path.length <= depth || replacedKey.test(value.key)) continue;
    // A file the call reads from (a move's or copy's source), or another path: no text written here.
    if (readKey(value.key) || (value.kindMask & Kind.Path && !value.raw.includes('\n'))) continue;
    let inside = true;
    for (let i = 0; i < depth && inside; i++) inside = value.path[i] === path[i];
    if (inside) texts.push(value.raw);
  }
  return (blobs ? texts.length > 0 : readableContent(texts)) ? texts.join('\n') : undefined;
}

/**
 * What a call opens through its fields: a tool named for an action (update_repository, create_permission) whose
 * fields set who gets access, or a container or pod spec sent as data (an Engine API body, a manifest, a compose
 * file written) that hands the container the host, or a security control switched off (delete_branch_protection,
 * secret scanning disabled). Kept out of the layer's loop: most calls name neither.
 */
/**
 * Top-level keys under which a call names an act on a device or a contract (a service, an automation's
 * actions, a method, calldata): the home and wallet readers walk only such calls. A set look-up per key, as
 * a scan of every value for a word costs more than most calls' whole reading.
 */
const actingKeys = new Set(['service', 'action', 'actions', 'command', 'commands', 'domain', 'capability', 'trigger', 'triggers', 'then', 'calls', 'steps',
  'sequence', 'method', 'function', 'functionName', 'function_name', 'abi', 'signature', 'data', 'input', 'calldata', 'args', 'params', 'tx', 'transaction', 'transactions']);
function hasActingKey(args: unknown): boolean {
  if (!isRecord(args)) return false;
  for (const k in args) if (actingKeys.has(k)) return true;
  return false;
}

/** A request's `params.arguments`, when it has them. */
function argumentsOf(message: unknown): unknown {
  const params = isRecord(message) ? message['params'] : undefined;
  return isRecord(params) ? params['arguments'] : undefined;
}

function openedByFields(tool: string, args: unknown, name: ToolName, acting: boolean): LayerFinding | undefined {
  if (args === undefined) return undefined;
  // Readers of a person's home and wallet, for the few calls that name an act under a key of their own.
  const home = acting ? homeOpenedByFields(args) : undefined;
  if (home !== undefined) return { rule: 'cmd/security-disabled', message: `Arguments open the home: ${home}`, path: ['params', 'arguments'], evidence: home.slice(0, 120) };
  const approval = acting ? unlimitedApprovalByFields(args) : undefined;
  if (approval !== undefined) return { rule: 'cmd/access-opened', message: `Arguments open access from outside: ${approval}`, path: ['params', 'arguments'], evidence: approval.slice(0, 120) };
  // What a wallet's, exchange's or payment platform's call grants or switches off, by its arguments (commands/money-grants.ts).
  const money = name.money === 0 ? undefined : moneyGrantByFields(name.money, args);
  if (money !== undefined) {
    return money.grants
      ? { rule: 'cmd/access-opened', message: `Arguments hand the account's money to another: ${money.what}`, path: ['params', 'arguments'], evidence: money.what.slice(0, 120) }
      : { rule: 'cmd/security-disabled', message: `Arguments switch off a protection of the account's money: ${money.what}`, path: ['params', 'arguments'], evidence: money.what.slice(0, 120) };
  }
  // The messages that guard the user's accounts forwarded or deleted by a standing rule (commands/security-messages.ts).
  const standingTool = name.words.some((w) => w === 'filter' || w === 'rule' || w === 'automation' || w === 'filters' || w === 'rules');
  const guarded = acting || name.wipes || standingTool ? securityMessagesRuled(args, name.wipes, standingTool) : undefined;
  if (guarded !== undefined) {
    return guarded.sends
      ? { rule: 'cmd/access-opened', message: `Arguments hand the user's sign-ins to another: ${guarded.what}`, path: ['params', 'arguments'], evidence: guarded.what.slice(0, 120) }
      : { rule: 'cmd/security-disabled', message: `Arguments hide the user's account warnings: ${guarded.what}`, path: ['params', 'arguments'], evidence: guarded.what.slice(0, 120) };
  }
  const opened = accessOpenedByFields(tool, args, name);
  if (opened !== undefined) return { rule: 'cmd/access-opened', message: `Arguments open access from outside: ${opened}`, path: ['params', 'arguments'], evidence: opened.slice(0, 120) };
  // People's records uploaded or ingested where anyone reads them, or code that prints a secret published
  // with its output (commands/published-records.ts, public-prints.ts).
  const published = name.words.some((w) => publishingWords.has(w)) ? publicFields(args) : undefined;
  if (published?.records !== undefined) {
    const what = `${published.records}, records of people, put where anyone reads them`;
    return { rule: 'cmd/access-opened', message: `Arguments publish people's records: ${what}`, path: ['params', 'arguments'], evidence: what.slice(0, 120) };
  }
  const printed = published === undefined ? undefined : published.code.map(printedSecret).find((p) => p !== undefined);
  if (printed !== undefined) return { rule: 'cmd/credential-print', message: `Code published where anyone reads its output prints a secret: ${printed}`, path: ['params', 'arguments'], evidence: printed };
  // A macro, reply, SMS or campaign asking its readers for their password, sign-in code or card (commands/secret-asking-messages.ts).
  const asked = secretAskedInMessage(name, args);
  if (asked !== undefined) return { rule: 'cmd/access-opened', message: `A message sent to people asks them to hand over a password, sign-in code or card: ${asked}`, path: ['params', 'arguments'], evidence: asked.slice(0, 120) };
  const host = containerSpecHost(tool, args, name.writes, name);
  if (host !== undefined) return { rule: 'cmd/access-opened', message: `A container spec gives the container the host: ${host}`, path: ['params', 'arguments'], evidence: host };
  const off = controlOffByFields(tool, args, name);
  if (off !== undefined) return { rule: 'cmd/security-disabled', message: `Arguments switch a security control off: ${off}`, path: ['params', 'arguments'], evidence: off.slice(0, 120) };
  const skipped = name.acts ? backOfficeControlOff(name.words, args) : undefined;
  if (skipped !== undefined) return { rule: 'cmd/security-disabled', message: `Arguments switch a control off: ${skipped}`, path: ['params', 'arguments'], evidence: skipped.slice(0, 120) };
  // A machine's safety guard defeated by a call to a device (commands/physical-safety.ts).
  const unguardedMachine = name.acts ? safetyGuardOff(name.words, args) : undefined;
  if (unguardedMachine !== undefined) return { rule: 'cmd/security-disabled', message: `Arguments switch a machine's safety guard off: ${unguardedMachine}`, path: ['params', 'arguments'], evidence: unguardedMachine.slice(0, 120) };
  // A shop's or an account's own defences given away by the call (sign-in-protections, discount-codes, outside-admins).
  const unguarded = name.acts ? secondStepOffByFields(args) ?? protectionOffByPress(name.words, args) : undefined;
  if (unguarded !== undefined) return { rule: 'cmd/security-disabled', message: `Arguments switch sign-in protection off: ${unguarded}`, path: ['params', 'arguments'], evidence: unguarded.slice(0, 120) };
  const given = name.acts ? giveawayCode(name.words, args) ?? adminForPersonalMailbox(name.words, args) : undefined;
  if (given !== undefined) return { rule: 'cmd/access-opened', message: `Arguments open the shop from outside: ${given}`, path: ['params', 'arguments'], evidence: given.slice(0, 120) };
  const consented = fullScopeGrantOpened(args);
  if (consented !== undefined) return { rule: 'cmd/access-opened', message: `The call opens a grant of a whole account to an app: ${consented}`, path: ['params', 'arguments'], evidence: consented.slice(0, 120) };
  const excluded = broadScanExclusion(name.words, args);
  if (excluded !== undefined) return { rule: 'cmd/security-disabled', message: `Arguments switch a scanner off where anyone writes: ${excluded}`, path: ['params', 'arguments'], evidence: excluded.slice(0, 120) };
  // An MCP client config edited so a server no longer runs through the guard (paths/guard-unwrapped.ts).
  const unwrapped = name.writes ? guardUnwrapped(args) : undefined;
  if (unwrapped !== undefined) return { rule: 'cmd/security-disabled', message: `An MCP client config edit runs a server without the guard or proxy it ran through: ${unwrapped}`, path: ['params', 'arguments'], evidence: unwrapped };
  // A memory or a scheduled prompt whose text takes the user's safeguards off every later session (commands/stored-orders.ts).
  const stored = storedSafeguardDropped(name, args);
  if (stored !== undefined) return { rule: 'cmd/security-disabled', message: `Text stored for later sessions ${stored}`, path: ['params', 'arguments'], evidence: stored.slice(0, 120) };
  return undefined;
}

/** Lines a planted file runs, judged as the guard judges a command line sent alone (its first harm). */
const firstHarm = (line: string): CommandFinding | undefined => analyzeShell(line, pathChecks)[0];
/** The same lines judged as a planted file's are (see plantedJudge): also code that uploads secrets, and the command rules that block everywhere. */
const judge = plantedJudge(firstHarm, credentialFile);
/** The judge of a written script's lines (see writtenScript): a system account file sent out is a credential sent too. */
const scriptJudge = plantedJudge((line) => analyzeShell(line, scriptChecks)[0], secretFile);

/** The words of a shell line's commands (quotes removed), where a statement may be one (`psql -c "…"`). */
const shellWords = (text: string): readonly string[] => parseShell(text).flatMap((c) => c.argv);

/** Whether the programs table knows `word` as a program, shell, interpreter, wrapper, fetcher, credential printer, remote destroyer or access granter. */
function known(word: string): boolean {
  const table = programTable();
  const name = programName(word);
  return table.programs.has(name) || table.shells.has(name) || table.interpreters.has(name) || table.wrappers.has(name) || table.fetchers.has(name) || table.credentialPrinters.has(name)
    || table.remoteDestroyers.has(name) || table.accessGrants.has(name);
}

/** The program an image is named for (`ghcr.io/org/cloudflared:v2@sha256:…` → `cloudflared`), as its entrypoint's argv. */
function imageProgram(image: unknown): string[] | undefined {
  if (typeof image !== 'string' || image.length > 256) return undefined;
  const name = image.replace(/@.*$/, '').split('/').pop()!.replace(/:[^:]*$/, '');
  return name === '' ? undefined : [name];
}

/** Whether any value of `record` is an object or array (can hold an argv). */
function holdsContainers(record: Record<string, unknown>): boolean {
  for (const k in record) {
    const v = record[k];
    if (typeof v === 'object' && v !== null) return true;
  }
  return false;
}

/** Argv arrays in a tool's arguments: `["git", "-c", …]`, or `{ command: "sh", args: ["-c", …] }`. */
function argvArrays(args: unknown, at: MessagePath, out: [readonly string[], MessagePath][]): void {
  // Flat arguments (the usual call: strings and numbers) hold no argv: no array list, no command with args.
  if (!isRecord(args) || !holdsContainers(args)) return;
  const stack: [unknown, MessagePath][] = [[args, at]];
  let budget = 10_000;
  while (stack.length && budget-- > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      if (node.length >= 2 && node.every((v) => typeof v === 'string') && known(node[0] as string)) out.push([node, path]);
      // Only containers can hold an argv: strings and numbers are not pushed (nor their paths built).
      node.forEach((v, i) => {
        if (typeof v === 'object' && v !== null) stack.push([v, [...path, i]]);
        else budget--;
      });
    } else if (isRecord(node)) {
      const command = node['command'] ?? node['cmd'] ?? node['program'] ?? node['executable'];
      const list = node['args'] ?? node['argv'] ?? node['arguments'];
      if (typeof command === 'string' && !/\s/.test(command.trim()) && Array.isArray(list) && list.every((v) => typeof v === 'string')) {
        out.push([[command, ...(list)], path]);
      }
      else if (Array.isArray(list) && list.every((v) => typeof v === 'string')) {
        // A container's `args` go to its command (a list), or to its image's entrypoint when it names none
        // (`image: cloudflare/cloudflared:2024.1`, `args: [tunnel, …]` runs `cloudflared tunnel …`).
        const program = Array.isArray(command) && command.length > 0 && command.every((v) => typeof v === 'string') ? command : command === undefined ? imageProgram(node['image']) : undefined;
        if (program !== undefined && known(program[0]!)) out.push([[...program, ...list], path]);
      }
      for (const k of Object.keys(node)) {
        const v = node[k];
        if (typeof v === 'object' && v !== null) stack.push([v, [...path, k]]);
        else budget--;
      }
    }
  }
}

/**
 * A shell line that may leave something for a later call: a redirect to a file (not `2>&1`, not /dev/null), a
 * fetcher's or a copy's output, a remote pointed, an archive, a file staged for commit, a scanner's report, an image built.
 */
// (An alias, a function or a variable a line defines is kept too: the agent's terminal keeps them for its next call.)
const mayCarry = />>?(?!\s*&|\s*\/dev\/null\b)|\b(?:curl|wget|cp|install|ditto|tar|zip|certutil|remote|bundle|add|gitleaks|noseyparker|docker|podman|buildah|base64|xxd|aws|gh|alias|function|export)\b|\(\)\s*\{|(?:^|[;&|]\s*)[A-Za-z_]\w*=/;
/** A file that may run as a shell script: a `.sh` file, or one with no extension under a hooks, bin or `.git/info` folder (only its text is read then). */
const scriptPlace = /(?:\.(?:sh|bash)|(?:^|\/)(?:\.githooks|hooks|bin|\.git\/info)\/[^/.]+)$/;
const carryKey = 'carry';

/**
 * What a shell start-up text plants that a new shell would run: a line the command judge finds harmful, a
 * command's name taken over, a variable the shell obeys. Any other command there (`. "$NVM_DIR/nvm.sh"`) is
 * judged by its place when written, and sets nothing off later.
 */
function startUpPlant(what: string, text: string): string | undefined {
  for (const line of text.split('\n', 500)) {
    const harm = line.trim() === '' ? undefined : judge(line);
    if (harm !== undefined) return `runs: ${harm.message}`;
  }
  return what.startsWith('takes over') || what.endsWith('runs or obeys later') ? what : undefined;
}

/** `plants` with the harm `what` written to `path`, when a program runs that file by itself. */
function planted(plants: Plant[] | undefined, path: string, what: string): Plant[] | undefined {
  const place = plantPlace(path);
  if (place === undefined) return plants;
  const key = path.trim().startsWith('./') ? path.trim().slice(2) : path.trim();
  return [...(plants ?? []), [key, place, what.slice(0, 200)]];
}

/** What the layer keeps of a session's calls for later ones: the carry's bounds (false: none kept), and how long it lives. */
export interface RequestAnalysisOptions {
  readonly carry: CarryBounds | false;
  readonly ttlMs: number;
  /** Bounds of the guard's caches: what tool names say is kept within them (see tool-names.ts). */
  readonly caches?: CacheBounds;
  /** The guard's readings of tool names, shared with its other readers (else the layer keeps its own within `caches`). */
  readonly toolNames?: ToolNames;
}

/** The values of a call the session's carry is read for: its shell lines, and (for a tool that sends) its paths. */
interface CarryReads {
  readonly lines: ScannedValue[];
  readonly paths: ScannedValue[];
  produced: LineCarry | undefined;
}

/**
 * A call read after the session's earlier calls (`stored`): its shell lines with what those left (a file
 * downloaded, a credential copied, a script written, a remote pointed), a path a sending tool uploads that
 * an earlier call filled with a secret; then what this call leaves is kept for the next.
 */
function readAfterSession(context: LayerContext<unknown>, reads: CarryReads, stored: JsonValue | undefined, own: (value: ScannedValue) => readonly CommandFinding[], findings: LayerFinding[] | undefined, kept: { readonly bounds: CarryBounds; readonly ttlMs: number }): Awaitable<LayerFinding[]> {
  const carried = stored as LineCarry | undefined;
  let out = findings;
  if (carried !== undefined) {
    for (const value of reads.lines) {
      if (!namesCarried(carried, value.raw)) continue;
      const alone = new Set(own(value).map((f) => `${f.rule}\u0000${f.evidence}`));
      for (const f of analyzeShellCarrying(value.raw, pathChecks, carried).findings) {
        if (!alone.has(`${f.rule}\u0000${f.evidence}`)) (out ??= []).push(finding({ ...f, message: `${f.message} (with what an earlier call of this session left)` }, value.path));
      }
    }
    for (const value of reads.paths) {
      const held = heldFile(carried, value.raw);
      if (held !== undefined) (out ??= []).push(finding({ rule: held.rule, message: `The call sends ${value.raw}, which holds ${held.what}`, evidence: value.raw.slice(0, 120) }, value.path));
    }
    // A line that starts a program which runs a file an earlier write of the session put harm in.
    if (carried.planted !== undefined && carried.planted.length > 0) {
      for (const value of reads.lines) {
        const hit = plantSetOff(carried.planted, value.raw);
        if (hit !== undefined) (out ??= []).push(finding({ rule: 'path/persistence-write', message: `${hit.command.slice(0, 80)} runs ${hit.plant[0]}, which an earlier call of this session wrote (or tried to) so that it ${hit.plant[2]}`, evidence: value.raw.slice(0, 120) }, value.path));
      }
    }
  }
  const result = out ?? none;
  if (reads.produced === undefined) return result;
  return chain(context.session.set(carryKey, carryState(mergeCarry(carried, reads.produced, kept.bounds)), { ttlMs: kept.ttlMs }), () => result);
}

/**
 * The request-analysis layer: commands as argv, write targets and option injection in client requests.
 * The analysis of a command text is kept with its text's reading (see Reading), which the guard keeps within
 * its cache bounds: agents run the same commands again and again (tests, builds, status), and the findings
 * depend on the text alone. (So is what a value reveals decoded or reversed.)
 */
/** The carry a request leaves read against the session's state (see readAfterSession), once it is known. */
function afterSession(context: LayerContext<unknown>, reads: CarryReads, findings: LayerFinding[] | undefined, commandsOf: (value: ScannedValue) => readonly CommandFinding[], kept: { readonly bounds: CarryBounds; readonly ttlMs: number }): Awaitable<LayerFinding[]> {
  const stored = context.session.get(carryKey);
  return stored instanceof Promise ? stored.then((c) => readAfterSession(context, reads, c, commandsOf, findings, kept)) : readAfterSession(context, reads, stored, commandsOf, findings, kept);
}

/**
 * The findings so far, with the first query that changes data when the server declared the tool read-only
 * (readOnlyHint): a server's hint never lowers a verdict, but a write sent where it said none belongs was
 * steered there (commands/query-writes.ts reads GraphQL, SQL and MongoDB stages).
 */
function readOnlyWrites(tool: string, inventory: ToolInventory | undefined, queries: readonly ScannedValue[], findings: LayerFinding[] | undefined, values: readonly ScannedValue[]): LayerFinding[] {
  const record = inventory !== undefined && Object.hasOwn(inventory.tools, tool) ? inventory.tools[tool] : undefined;
  if (record?.annotations?.['readOnlyHint'] !== true) return findings ?? none;
  for (const value of queries) {
    const write = value.raw === '$out' || value.raw === '$merge' ? `a MongoDB ${value.raw} stage` : queryWrite(value.raw);
    if (write === undefined) continue;
    return [...(findings ?? []), finding({ rule: 'sql/read-only-tool-write', message: `Tool ${tool} is declared read-only, but its query holds ${write}`, evidence: value.raw.slice(0, 120) }, value.path)];
  }
  // A query that runs another it is handed (`_execute(document: $doc)`, EXECUTE of a prepared text): a write
  // sent base64-encoded in an argument or variable is the write, unread where the query is.
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    if ((v > 0 && value.path === values[v - 1]!.path) || !encodedQuery.test(value.raw)) continue;
    const text = printableBase64(value.raw);
    const write = text === undefined ? undefined : queryWrite(text);
    if (write !== undefined) return [...(findings ?? []), finding({ rule: 'sql/read-only-tool-write', message: `Tool ${tool} is declared read-only, but an argument carries, base64-encoded, ${write}`, evidence: value.raw.slice(0, 120) }, value.path)];
  }
  return findings ?? none;
}

/** A value that is only base64 (at least 24 characters, `=` only as padding): a text sent encoded. */
const encodedQuery = /^[A-Za-z0-9+/]{24,}={0,2}$/;

export function createRequestAnalysisLayer(options: RequestAnalysisOptions = { carry: defaultCarryBounds, ttlMs: 3_600_000 }): Layer {
  const carrying = options.carry !== false;
  const kept = { bounds: options.carry === false ? defaultCarryBounds : options.carry, ttlMs: options.ttlMs };
  const analyze = (text: string): readonly CommandFinding[] => analyzeShell(text, pathChecks);
  const toolNames = options.toolNames ?? new ToolNames(options.caches ?? noCaches);
  // Kept with the value's reading: a text the guard keeps a reading for (one met before) is analysed once.
  // The findings of the last line read for its carry without a reading to keep them: the same analysis
  // gives both, and reading a line twice doubled the cost of a long one.
  let lastLine: { readonly raw: string; readonly findings: readonly CommandFinding[] } | undefined;
  const commandsOf = (value: ScannedValue): readonly CommandFinding[] => {
    const reading = value instanceof Scanned ? value.reading : undefined;
    if (reading === undefined) {
      const line = lastLine;
      lastLine = undefined;
      return line !== undefined && line.raw === value.raw ? line.findings : analyze(value.raw);
    }
    return (reading.commands ??= analyze(value.raw)) as readonly CommandFinding[];
  };
  // What a shell line leaves for later calls, kept with its reading too (null: nothing). Its findings are
  // those analyzeShell gives (no earlier line is carried in): kept for commandsOf.
  const carryOf = (value: ScannedValue): LineCarry | undefined => {
    const reading = value instanceof Scanned ? value.reading : undefined;
    const left = (): LineCarry | null => {
      if (!mayCarry.test(value.raw)) return null;
      const line = analyzeShellCarrying(value.raw, pathChecks);
      if (reading !== undefined) reading.commands ??= line.findings;
      else lastLine = { raw: value.raw, findings: line.findings };
      return line.carry ?? null;
    };
    if (reading === undefined) return left() ?? undefined;
    if (reading.carry === undefined) reading.carry = left();
    return (reading.carry as LineCarry | null) ?? undefined;
  };
  return defineLayer({
    name: 'request-analysis',
    phase: 'rules',
    description: 'Commands read as argv against the programs table, writes judged by where they go, option injection into named arguments',
    docs: 'docs/rules.md#request-analysis',
    from: 'client',
    rules,
    inspect(message, context) {
      if (context.messageType !== 'request') return none;
      // Made at the first finding: most requests have none.
      let findings: LayerFinding[] | undefined;
      // Made at the first shell line or written script: most requests have neither, and read no session state.
      let reads: CarryReads | undefined;
      // Made at the first query argument: most requests have none, and look up no tool declaration.
      let queries: ScannedValue[] | undefined;
      // Whether the tool sends (its paths are then read against the session's carry): asked at the first path.
      let sends: boolean | undefined;
      // What the called tool's name says, read once per name (wipes, grants, writes …).
      const name = context.tool === undefined ? undefined : toolNames.of(context.tool);
      const writes = name?.writes ?? false;
      let writesManifest = false;
      // The package.json a write tool writes (its scripts, when harmful, are a plant).
      let manifestPath: string | undefined;
      // Harm written into files a program runs by itself, kept for the session's later lines (see planted-triggers.ts).
      let plants: Plant[] | undefined;
      const values = context.values;
      // The values as sent (a path or URL read out of a command is not one): read for transformed secrets.
      // Usually every value is one: the list is made only from the first that is not.
      let originals: ScannedValue[] | undefined;
      // Indexed: a loop that runs once per message may not be optimized, and for-of then allocates per value.
      // The key of the last value as sent: a value after it at the same path under another key was read out of JSON text.
      let originalKey = '';
      for (let v = 0; v < values.length; v++) {
        const value = values[v]!;
        const original = v === 0 || value.path !== values[v - 1]!.path;
        if (original) originals?.push(value);
        else originals ??= values.slice(0, v);
        // A URL argument whose variables carry a service's key elsewhere (`$` makes it a command by shape too; a
        // field declared a command is read above, where its fetchers are; content is not fetched).
        if (original && value.kindMask & Kind.Url && !(value.declaredMask & (Kind.Command | Kind.Text))) {
          const leak = urlVariableLeak(value.raw);
          if (leak !== undefined) (findings ??= []).push(finding({ rule: 'cmd/credential-upload', message: `The URL carries ${leak.names} to ${leak.host}`, evidence: value.raw.slice(0, 120) }, value.path));
        }
        // A value built to exhaust the machine or the server: a fork bomb, a disk fill, a huge allocation, a parser bomb, a backtracking regex.
        if (original && context.method === 'tools/call') {
          const spent = callExhaustion(value, values);
          if (spent !== undefined) (findings ??= []).push(finding(spent, value.path));
        }
        // A query argument (or a pipeline's stage name): read against the tool's read-only declaration below.
        if (original && context.method === 'tools/call' && (value.declaredMask & Kind.Command || value.raw === '$out' || value.raw === '$merge')) (queries ??= []).push(value);
        if (original) originalKey = value.key;
        // A statement the server runs as it is: a query argument, or SQL in a declared shell line; also one sent
        // as a field of JSON text (`{"request": "{\"statement\": \"DROP …\"}"}`), which has a key of its own.
        if ((original || value.key !== originalKey) && value.kindMask & Kind.Command && value.declaredMask & Kind.Command) {
          const sql = destructiveSqlIn(value.raw, shellWords) ?? destructiveMongo(value.raw);
          if (sql !== undefined) (findings ??= []).push(finding({ rule: 'sql/destructive-statement', message: `SQL statement destroys data or reaches the server's files or shell: ${sql}`, evidence: value.raw.slice(0, 120) }, value.path));
          const out = rowsSentOut(value.raw, () => ownersOf(values));
          if (out !== undefined) (findings ??= []).push(finding({ rule: 'sql/rows-sent-out', message: `SQL has the database send data out: ${out}`, evidence: value.raw.slice(0, 120) }, value.path));
        }
        // A body of text (a file's content, a message) is not a command by shape, so it is not analysed.
        if (value.kindMask & Kind.Command) {
          if (carrying && original && context.method === 'tools/call') {
            (reads ??= { lines: [], paths: [], produced: undefined }).lines.push(value);
            const left = carryOf(value);
            if (left !== undefined) reads.produced = mergeCarry(reads.produced, left, kept.bounds);
          }
          for (const f of commandsOf(value)) (findings ??= []).push(finding(f, value.path));
          // Code run by the tool: the environment or an assembled key file sent over the network.
          const sent = codeUpload(value.raw, credentialFile);
          if (sent !== undefined) (findings ??= []).push(finding({ rule: 'cmd/credential-upload', message: `Code sends ${sent.what} over the network`, evidence: sent.evidence }, value.path));
          // An AppleScript that sends every chat or message on (commands/applescript-runs.ts).
          if (original && value.raw.includes('tell application') && forwardsEveryMessage(value.raw)) (findings ??= []).push(finding({ rule: 'cmd/bulk-upload', message: 'A script sends every chat or message of Messages or Mail on to one recipient', evidence: value.raw.slice(0, 120) }, value.path));
          // Code that reads a credential file through a path it assembles in pieces (commands/code-paths.ts).
          const assembled = sent === undefined ? assembledCredentialRead(value.raw, credentialFile) : undefined;
          if (assembled !== undefined) (findings ??= []).push(finding({ rule: 'cmd/credential-print', message: `Code reads a credential file through a path it assembles in pieces: ${assembled.what}`, evidence: assembled.evidence.slice(0, 120) }, value.path));
          // A script written to a file (`#!` body) runs when it is run: judged by its lines, as a hook's are.
          const harm = original && value instanceof Scanned && writtenScript(value) ? hookScriptHarm(value.raw, scriptJudge, secretFile) : undefined;
          if (harm !== undefined) (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `Write of a script that, when run, ${harm.what}`, evidence: harm.evidence.slice(0, 120) }, value.path));
        }
        // A payment card written out whole with its security code, in a call that sends a message (values/card-data.ts).
        if (original && value.raw.length >= 20 && (sends ??= context.method === 'tools/call' && name !== undefined && (name.capabilities & (Capability.Network | Capability.Send)) !== 0) && mayHoldCardCode(value.raw)) {
          const card = cardWithCode(value.raw);
          if (card !== undefined) (findings ??= []).push(finding({ rule: 'secret/payment-card', message: `The call sends a payment card whole: ${card}`, evidence: card }, value.path));
        }
        // Code run in a browser page that sends the page's cookies or storage out.
        const page = original ? pageSecretsSent(value.key, value.raw) : undefined;
        if (page !== undefined) (findings ??= []).push(finding({ rule: 'cmd/credential-upload', message: `Page code sends the signed-in user's secrets out: ${page}`, evidence: value.raw.slice(0, 120) }, value.path));
        const fixed = original && page === undefined && codeKey(value.key) ? pageSessionSet(value.raw) : undefined;
        if (fixed !== undefined) (findings ??= []).push(finding({ rule: 'cmd/session-fixation', message: `Page code sets a signed-in session cookie it was handed: ${fixed}`, evidence: value.raw.slice(0, 120) }, value.path));
        // A browser act that types the user's saved passwords or card into a chat or message box (commands/act-secret-moves.ts).
        const moved = original && value.path.length === 3 ? actSecretMoved(value.key, value.raw) : undefined;
        if (moved !== undefined) (findings ??= []).push(finding({ rule: 'cmd/credential-upload', message: `A browser act puts the user's secrets where others read them: ${moved}`, evidence: value.raw.slice(0, 120) }, value.path));
        if (carrying && original && value.kindMask & Kind.Path && (sends ??= context.method === 'tools/call' && name !== undefined && (name.capabilities & (Capability.Network | Capability.Send)) !== 0)) {
          (reads ??= { lines: [], paths: [], produced: undefined }).paths.push(value);
        }
        if (writes && value.kindMask & Kind.Path && !readKey(value.key)) {
          const group = writeTargetGroup(value.text);
          if (group !== undefined) {
            // A place that runs what its text says is judged by the text the call writes there, when it carries it.
            const written = group.content === undefined ? undefined : writtenBeside(values, v);
            const harm = written === undefined ? undefined : (writtenTextHarm(value.text, written, firstHarm) ?? undefined);
            if (written === undefined) {
              if (!judgedByTextAlone(group)) (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `Write to ${group.name}`, evidence: value.raw.slice(0, 120) }, value.path));
            } else if (harm !== undefined) {
              (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `Write to ${group.name} that ${harm.what}`, evidence: harm.evidence.slice(0, 120) }, value.path));
              const what = group.content === 'shell-settings' ? startUpPlant(harm.what, written) : harm.what;
              if (what !== undefined) plants = planted(plants, value.raw, what);
            }
          }
          if (isPackageManifest(value.text)) {
            writesManifest = true;
            manifestPath = value.raw;
          }
          // A manifest whose overrides or pip options fetch packages from off the registry (manifest-sources.ts).
          const manifest = writesManifest && manifestPath === value.raw ? overrideSource : isRequirementsFile(value.text) ? requirementsSource : undefined;
          const fetched = manifest === undefined ? undefined : manifestFetch(manifest, writtenBeside(values, v, true));
          if (fetched !== undefined) (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `Write of ${value.raw.slice(0, 80)} whose ${fetched.what}`, evidence: fetched.evidence }, value.path));
          // A script a file tool writes: a later call may run it or make it a hook (see readAfterSession).
          const script = carrying && original && context.method === 'tools/call' && scriptPlace.test(value.raw) ? writtenBeside(values, v, true) : undefined;
          if (script !== undefined) {
            const left = writtenScriptCarry(value.raw, script, kept.bounds);
            if (left !== undefined) (reads ??= { lines: [], paths: [], produced: undefined }).produced = mergeCarry(reads.produced, left, kept.bounds);
          }
          // A Makefile, a husky hook or a pre-commit config: ordinary project files whose lines run later.
          const later = runLaterFile(value.text);
          const text = later === undefined ? undefined : writtenBeside(values, v, true);
          const harm = text === undefined ? undefined : runLaterHarm(later!, text, judge, credentialFile);
          if (harm !== undefined) {
            (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `Write to a file whose lines run later (${later}) that ${harm.what}`, evidence: harm.evidence.slice(0, 120) }, value.path));
            plants = planted(plants, value.raw, harm.what);
          }
          // An access policy written (Terraform, a policy document): one that opens a role or resource to everyone.
          const policy = policyFile.test(value.text) ? writtenBeside(values, v, true) : undefined;
          const opened = policy === undefined ? undefined : openedPolicy(policy);
          if (opened !== undefined) (findings ??= []).push(finding({ rule: 'cmd/access-opened', message: `Write of ${value.raw.slice(0, 80)} whose access policy ${opened.what}`, evidence: opened.evidence }, value.path));
          // A lockfile written: where the next clean install fetches each package from.
          const locked = lockfile.test(value.text) ? writtenBeside(values, v, true) : undefined;
          const swapped = locked === undefined ? undefined : lockfileSourceHarm(locked);
          if (swapped !== undefined) (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `Write of a lockfile that ${swapped.what}`, evidence: swapped.evidence }, value.path));
          // Source code written: a command or code its runners and evals are handed hidden (character codes,
          // escapes of plain characters, hex or base64) is hidden execution, and judged as what it spells.
          const code = codeFile.test(value.text) ? writtenBeside(values, v, true) : undefined;
          if (code !== undefined && code.length <= maxHiddenCode) {
            for (const f of analyzeHiddenRuns(code, pathChecks)) (findings ??= []).push(finding({ ...f, message: `Write of ${value.raw.slice(0, 80)} whose code ${f.message.charAt(0).toLowerCase()}${f.message.slice(1)}` }, value.path));
          }
        }
        // A cell formula that sends a range of the sheet to a host when the sheet recalculates.
        const sent = original && context.method === 'tools/call' && value.raw.length > 12 ? formulaFetch(value.raw) : undefined;
        if (sent !== undefined) (findings ??= []).push(finding({ rule: 'cmd/formula-fetch', message: `Argument "${value.key}" writes ${sent}`, evidence: value.raw.slice(0, 120) }, value.path));
        // A value the server splices into its statement; content (declared text, not also a command) is not.
        if (original && !((value.declaredMask & Kind.Text) && !(value.declaredMask & Kind.Command))) {
          const breakout = sqlBreakout(value.key, value.raw);
          if (breakout !== undefined) (findings ??= []).push(finding({ rule: 'sql/fragment-breakout', message: `Argument "${value.key}" ends the statement it is spliced into and adds its own`, evidence: breakout }, value.path));
        }
        // A SIEM search whose pipeline deletes the events or mails them to a personal mailbox (commands/search-pipelines.ts).
        const piped = original && context.method === 'tools/call' && value.text.includes('|') ? searchPipelineHarm(value.key, value.text) : undefined;
        if (piped !== undefined) (findings ??= []).push(finding({ rule: piped.rule, message: `Argument "${value.key}" is ${piped.what}`, evidence: value.raw.slice(0, 120) }, value.path));
        if (namingKey(value.key) && optionLike.test(value.raw) && !(value.declaredMask & (Kind.Command | Kind.Text))) {
          (findings ??= []).push(finding({ rule: 'cmd/option-injection', message: `Argument "${value.key}" names something but is an option`, evidence: value.raw.slice(0, 120) }, value.path));
        } else if (original && value.raw.charCodeAt(0) === 0x2d && !(value.declaredMask & (Kind.Command | Kind.Text))) {
          // Any argument (a pattern, a ref, extra flags) sent as an option that runs a command.
          const option = commandOptionValue(value.raw);
          if (option !== undefined) (findings ??= []).push(finding({ rule: 'cmd/option-injection', message: `Argument "${value.key}" is an option that makes the program run a command`, evidence: option }, value.path));
        }
      }
      // Lines the server makes of two arguments (a program and its arguments, commands run in turn): what only
      // the joined text shows (a file one line downloads and the next runs) is added at the arguments' path.
      const split = context.method === 'tools/call' ? splitArgumentLines(values) : undefined;
      if (split !== undefined) {
        const seen = new Set((findings ?? []).map((f) => `${f.rule}\u0000${f.evidence ?? ''}`));
        for (const line of split) {
          for (const f of analyze(line)) {
            const key = `${f.rule}\u0000${f.evidence}`;
            if (seen.has(key)) continue;
            seen.add(key);
            (findings ??= []).push(finding(f, ['params', 'arguments']));
          }
        }
      }
      const callArgs = context.method === 'tools/call' ? argumentsOf(message) : undefined;
      const spelled = context.method === 'tools/call' ? (destroyedByFields(values) ?? (name === undefined ? undefined : (destroysEverythingByFields(context.tool!, callArgs, name) ?? closesEverythingByFields(context.tool!, callArgs, name)))) : undefined;
      if (spelled !== undefined) (findings ??= []).push({ rule: 'cmd/remote-destruction', message: `Arguments spell an operation that destroys a whole in one step: ${spelled}`, path: ['params', 'arguments'], evidence: spelled });
      const wiped = context.method === 'tools/call' && spelled === undefined ? (wipedByFields(callArgs) ?? grantedByFields(callArgs)) : undefined;
      if (wiped !== undefined) (findings ??= []).push({ rule: 'sql/destructive-statement', message: `Arguments spell a document store operation that destroys data or grants every database: ${wiped}`, path: ['params', 'arguments'], evidence: wiped });
      // A tool named for an action whose fields open access, or a container spec that hands the container the host.
      const acting = context.method === 'tools/call' && hasActingKey(callArgs);
      const opened = context.method === 'tools/call' && name !== undefined ? openedByFields(context.tool!, callArgs, name, acting) : undefined;
      if (opened !== undefined) (findings ??= []).push(opened);
      // Text typed into a terminal window through a computer-use tool: the lines its shell runs.
      const typed = acting || name?.types === true ? typedTerminalLines(callArgs, name?.types === true) : undefined;
      if (typed !== undefined) for (const line of typed) for (const f of analyze(line)) (findings ??= []).push(finding(f, ['params', 'arguments']));
      // A package.json written: the scripts npm will run by itself, judged as the commands they are.
      if (writesManifest) {
        for (const value of originals ?? values) {
          // The text an edit replaces is what goes away (oldText, old_string, search), not what is written.
          if (replacedKey.test(value.key)) continue;
          for (const script of lifecycleScripts(value.raw)) {
            const found = analyze(script.command);
            for (const f of found) (findings ??= []).push(finding({ ...f, message: `package.json "${script.name}" script (npm runs it on install): ${f.message}` }, value.path));
            // Code that sends secrets (node -e with the environment in a request) is what the planted judge adds.
            const sent = found.length === 0 ? judge(script.command) : undefined;
            if (sent !== undefined) (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `package.json "${script.name}" script (npm runs it on install): ${sent.message}`, evidence: sent.evidence.slice(0, 120) }, value.path));
            const harm = found[0]?.message ?? sent?.message;
            if (harm !== undefined && manifestPath !== undefined) plants = planted(plants, manifestPath, `its "${script.name}" script: ${harm}`);
          }
          // The scripts an agent or CI runs next (`npm test`, `npm run build`), judged as a planted file's lines are.
          for (const script of otherScripts(value.raw)) {
            const harm = judge(script.command);
            if (harm !== undefined) {
              (findings ??= []).push(finding({ rule: 'path/persistence-write', message: `package.json "${script.name}" script runs: ${harm.message}`, evidence: harm.evidence.slice(0, 120) }, value.path));
              if (manifestPath !== undefined) plants = planted(plants, manifestPath, `its "${script.name}" script: ${harm.message}`);
            }
          }
        }
      }
      for (const secret of findTransformedSecrets(originals ?? values)) {
        (findings ??= []).push({ rule: 'secret/transformed', message: `Argument holds a secret (${secret.rule}) revealed by ${secret.transform}`, path: secret.path, evidence: secret.transform });
      }
      const params = isRecord(message) ? message['params'] : undefined;
      const args = isRecord(params) ? params['arguments'] : undefined;
      // Flat arguments (the usual call) hold no argv: no list or path is made for them.
      if (context.method === 'tools/call' && isRecord(args) && holdsContainers(args)) {
        const arrays: [readonly string[], MessagePath][] = [];
        argvArrays(args, ['params', 'arguments'], arrays);
        for (const [argv, path] of arrays) {
          for (const f of analyzeArgv(argv, pathChecks)) (findings ??= []).push(finding(f, path));
          // Servers that join argv into one shell line (shell=True) run its pipes and separators too.
          if (argv.some((word) => shellOperator.test(word))) for (const f of analyzeShell(argv.join(' '), pathChecks)) (findings ??= []).push(finding(f, path));
        }
      }
      // What the session keeps of a harmful plant, whatever this call's verdict: a write refused here may land
      // by another tool or server, and the line that sets it off is then the only call left to stop.
      if (plants !== undefined && carrying && context.method === 'tools/call') {
        const left = reads ??= { lines: [], paths: [], produced: undefined };
        left.produced = mergeCarry(left.produced, plantedCarry(plants), kept.bounds);
      }
      if (queries !== undefined && context.tool !== undefined) {
        const tool = context.tool;
        const asked = queries;
        const before = findings;
        findings = undefined;
        const sent = values;
        const withWrites = chain(context.session.tools(), (inventory) => readOnlyWrites(tool, inventory, asked, before, sent));
        if (reads === undefined) return withWrites;
        const carried = reads;
        return chain(withWrites, (found) => afterSession(context, carried, found.length === 0 ? undefined : found, commandsOf, kept));
      }
      if (reads === undefined) return findings ?? none;
      return afterSession(context, reads, findings, commandsOf, kept);
    },
  });
}
