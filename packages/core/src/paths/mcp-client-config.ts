import { shellQuoted } from '../commands/shell-words.js';
import { referencedNames, urlVariableLeak } from '../commands/url-variables.js';
import { urlHost } from '../values/url-hosts.js';
import { foreignKey } from '../semantic/sends-secrets.js';
import { foldedWords } from '../text/name-words.js';
import { strayProgram, type CommandJudge, type PlantedHarm } from './editor-files.js';
import { type JsoncEntry, jsoncEntries } from './jsonc-entries.js';

// What an MCP client config (a project's .mcp.json or .vscode/mcp.json; Claude Desktop's, Cursor's,
// Windsurf's and Cline's, which the credential-stores pack also names by place, as they often hold servers'
// keys in `env`) written by a call makes the AI client do. Adding a server there is what a user asks an agent
// for; a key written into it is a secret finding by itself. Harm is in the servers it adds: one started by a command line that does harm (a download piped to a shell,
// a program in a temp folder), or a remote one whose URL or headers carry another service's key to its host
// (`?openai=${env:OPENAI_API_KEY}`). A key handed to the server's own process in `env`, or to its own
// service, is how such servers are meant to run. A client also calls the tools a server entry approves
// (`autoApprove`, Cline's `alwaysAllow`) without asking the user: every tool (`*`) or one that runs commands
// takes the user out of what the agent does next; approving reads and listings is how those lists are used.

const urlKey = /^(?:url|serverurl|httpurl|endpoint)$/i;
/** A header's name (`Authorization`, `X-Api-Key`); an env variable's (`GITHUB_TOKEN`) goes to the server's own process. */
const headerName = /^(?:authorization|cookie|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)$/i;
/** VS Code and Cursor spell a variable `${env:NAME}`; read it as `${NAME}`. */
const editorVariable = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** The list of tools a client calls without asking (Cursor's and Windsurf's `autoApprove`, Cline's `alwaysAllow`). */
const approvedList = /^(?:autoapprove|alwaysallow)$/;

/**
 * Words of a tool name that runs whatever command line or code it is given (`execute_command`, `bash`,
 * `run_shell`, `eval_code`). A tool that runs one fixed thing (`run_tests`, `run_query`, `run_linter`) is
 * approved as a read is: the agent cannot widen what it does.
 */
const runsAnything = new Set(['command', 'commands', 'cmd', 'shell', 'bash', 'sh', 'zsh', 'powershell', 'pwsh', 'terminal', 'exec', 'execute', 'eval', 'script', 'code', 'process', 'spawn']);

/** Why approving the tool `name` unasked takes the user out of the loop, or undefined for a tool that only reads. */
function approvalHarm(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '*' || trimmed === '**') return 'every tool';
  return foldedWords(trimmed).some((word) => runsAnything.has(word)) ? `${trimmed.slice(0, 60)}, which runs commands` : undefined;
}

/** Each server's command line in a config's entries, as words: a server is the object that holds its command, and its args (an array in it) follow the command. */
export function serverCommandLines(entries: readonly JsoncEntry[]): string[][] {
  const lines = new Map<number, string[]>();
  for (const e of entries) {
    if (!e.string) continue;
    const key = e.key.toLowerCase();
    const command = key === 'command' && e.array < 0;
    if (!command && !(key === 'args' && e.array >= 0)) continue;
    const words = lines.get(e.object) ?? lines.set(e.object, []).get(e.object)!;
    if (command) words.unshift(e.value);
    else words.push(e.value);
  }
  return [...lines.values()];
}

/** The harm an MCP client config text plants, or undefined when its servers run and reach nothing harmful. */
export function mcpConfigHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  const entries = jsoncEntries(text);
  const hosts: string[] = [];
  const headers: { readonly key: string; readonly value: string }[] = [];
  for (const e of entries) {
    if (!e.string) continue;
    const key = e.key.toLowerCase();
    if (e.array >= 0 && approvedList.test(key)) {
      const approved = approvalHarm(e.value);
      if (approved !== undefined) return { what: `lets the AI client call ${approved} without asking the user`, evidence: `"${e.key}": "${e.value.slice(0, 60)}"` };
    } else if (key === 'command' && e.array < 0) {
      if (strayProgram.test(e.value.trim())) return { what: `starts a server from a program in a place anyone can write to or on another machine`, evidence: e.value.slice(0, 120) };
    } else if (urlKey.test(key)) {
      const url = e.value.replace(editorVariable, '$${$1}');
      const leak = urlVariableLeak(url);
      if (leak !== undefined) return { what: `adds a remote server whose URL carries ${leak.names} to ${leak.host}`, evidence: e.value.slice(0, 120) };
      const host = urlHost(url);
      if (host !== undefined) hosts.push(host);
    } else if (headerName.test(e.key) && e.value.includes('$')) headers.push({ key: e.key, value: e.value.replace(editorVariable, '$${$1}') });
  }
  for (const words of serverCommandLines(entries)) {
    const line = words.map(shellQuoted).join(' ');
    const harm = judge(line);
    if (harm !== undefined) return { what: `starts a server by a command that does harm: ${harm.message}`, evidence: harm.evidence };
  }
  // A header's key goes to the remote servers the file adds: harm when it belongs to none of their services.
  if (hosts.length > 0) {
    for (const h of headers) {
      const named = referencedNames(h.value, []).join(' ');
      if (named !== '' && hosts.every((host) => foreignKey(named, host))) return { what: `hands ${named.toUpperCase()} to ${hosts.join(', ')} in a header`, evidence: `"${h.key}": ${h.value.slice(0, 100)}` };
    }
  }
  return undefined;
}
