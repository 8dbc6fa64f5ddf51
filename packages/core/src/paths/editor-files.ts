import { shellQuoted } from '../commands/shell-words.js';
import { jsoncEntries } from './jsonc-entries.js';
import { sentOut } from './sent-out.js';
import { acts as shellActs, runsLater, sharedFolder } from './shell-settings.js';

// What a written VS Code settings, tasks or dev-container file makes the editor run. These files sit in the
// project and a coding agent edits them as a matter of course (a formatter, a test task, a dev container
// that runs `npm ci`), but each has keys that choose or start programs: a settings file names the programs
// the editor and its terminal run and can switch workspace trust off; a task runs a command (on folder open
// if asked to); a dev container runs lifecycle commands, `initializeCommand` on the host itself, and sets how
// its container is started. When a call carries the text it writes, those keys are judged: commands as the
// shell lines they are (`analyze`), the rest by what they switch or where they point. The editor's chat agent
// runs tools and terminal commands its settings approve unasked: approving every one (`chat.tools.autoApprove`,
// a terminal pattern that matches any command) takes the user out of each step; named commands do not.

export interface PlantedHarm {
  readonly what: string;
  readonly evidence: string;
}

/** Judges a command line: the first harm found, as a sentence, or undefined. */
export type CommandJudge = (line: string) => { readonly message: string; readonly evidence: string } | undefined;

// Settings whose value is a program the editor starts, or the folder it loads one from.
const programSetting = /(?:path|executable|runtime|tsdk|interpreter|binary)$/;
// Settings whose value is a command line.
const commandSetting = /(?:command|commandline|cmd)$/;
// What the editor's terminal runs (its shell, arguments and profiles).
const terminalSetting = /^terminal\.integrated\.(?:shell|shellargs|profiles|automationprofile)(?:\.|$)/;
// The environment every program started in the editor's terminal gets, read variable by variable.
const terminalEnv = /^terminal\.integrated\.env(?:\.|$)/;
// The settings that approve every tool call of the editor's chat agent when true.
const chatApprovesAll = /^chat\.tools\.(?:global\.)?autoapprove$/;
// Where the chat agent's terminal commands are approved by pattern (a command or a `/regex/`).
const chatTerminalApprovals = /^chat\.(?:tools\.terminal|agent\.terminal)\.autoapprove$/;
// A `/regex/` that matches any command line.
const anyCommand = /^\/\^?(?:\.|\[\\s\\S\]|\[\^\]\])[*+]\??\$?\/[a-z]*$/i;
// Node's options that load code into every node run (the rest size the heap, switch warnings).
const nodePreload = /(?:^|\s)(?:-r|--require|--import|--loader|--experimental-loader)(?:[=\s]|$)/;
/**
 * A program kept where anyone can write (a temp folder, by path or by the variable an editor or npm expands for
 * it) or fetched from another machine: what a setting naming a program to run must not point at.
 */
export const strayProgram = /^(?:\/tmp\/|\/var\/tmp\/|\/dev\/shm\/|%te?mp%|\$(?:\{(?:env:)?(?:temp|tmp|tmpdir)\}|(?:temp|tmp|tmpdir)\b)|[a-z]:[\\/](?:windows[\\/])?temp[\\/]|\\\\|\/\/|[a-z][a-z0-9+.-]*:\/\/)/i;

export function settingsHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  // The object of terminal approvals (an edit's fragment has no outer braces, so its entries' root is their own key).
  let approvals: { readonly parent: number; object?: number } | undefined;
  for (const e of jsoncEntries(text)) {
    const key = e.root.toLowerCase();
    if (e.value === '{' && chatTerminalApprovals.test(e.key.toLowerCase())) approvals = { parent: e.object };
    else if (approvals !== undefined && approvals.object === undefined && e.object !== approvals.parent) approvals.object = e.object;
    if ((key === 'security.workspace.trust.enabled' && e.value === 'false') || (key === 'security.workspace.trust.untrustedfiles' && e.value === 'open')) {
      return { what: 'switches workspace trust off, so the editor runs the folder\'s code without asking', evidence: `"${e.root}": ${e.value}` };
    }
    if (key === 'task.allowautomatictasks' && /^(?:on|true)$/i.test(e.value)) {
      return { what: 'lets tasks run by themselves when the folder opens', evidence: `"${e.root}": ${e.value}` };
    }
    if (e.value === 'true' && (chatApprovesAll.test(key) || ((chatTerminalApprovals.test(key) || e.object === approvals?.object) && anyCommand.test(e.key.trim())))) {
      return { what: "lets the editor's chat agent run every tool or command without asking the user", evidence: `"${e.key}": true` };
    }
    if (terminalSetting.test(key)) return { what: "sets what the editor's terminal runs", evidence: `"${e.root}"` };
    if (terminalEnv.test(key)) {
      const why = e.key === e.root ? (e.value === '{' || e.value === 'null' ? undefined : 'sets the environment of the editor\'s terminal') : terminalVariableHarm(e.key, e.value);
      if (why !== undefined) return { what: `${why} (the editor's terminal environment)`, evidence: `"${e.key}": ${e.value.slice(0, 100)}` };
      continue;
    }
    if (!e.string) continue;
    const last = key.slice(key.lastIndexOf('.') + 1);
    if (commandSetting.test(last)) {
      const harm = judge(e.value);
      if (harm !== undefined) return { what: `sets "${e.root}" to a command: ${harm.message}`, evidence: harm.evidence };
    } else if (programSetting.test(last) && strayProgram.test(e.value.trim())) {
      return { what: `points "${e.root}" at a program in a place anyone can write to or on another machine`, evidence: e.value.slice(0, 120) };
    }
  }
  return undefined;
}

/**
 * Why a variable set in the editor's terminal environment changes what runs there, or undefined. PATH is
 * judged by its folders (one anyone may write, or on another machine, takes commands' names), NODE_OPTIONS
 * by whether it preloads code (`--max-old-space-size` only sizes the heap); any other variable a program
 * runs or obeys (LD_PRELOAD, PYTHONSTARTUP, BASH_ENV, GIT_SSH_COMMAND) is harm as it is in a start-up file.
 */
function terminalVariableHarm(name: string, value: string): string | undefined {
  if (/^path$/i.test(name)) {
    const folders = value.split(/[:;]/).map((f) => f.trim());
    return folders.some((f) => strayProgram.test(f) || sharedFolder.test(f)) || shellActs.test(value.replace(/\$\{(?:env:)?path\}|\$\{workspacefolder\}|\$\{userhome\}/gi, '')) ? 'puts a folder anyone may write, or a command, on the PATH' : undefined;
  }
  if (/^node_options$/i.test(name)) return nodePreload.test(value) ? 'preloads code into every node run (NODE_OPTIONS)' : undefined;
  if (runsLater.test(name)) return `sets ${name}, which the shell or a program runs or obeys`;
  // An address kept in a variable (DATABASE_URL) is data the program reads, not something the terminal runs.
  return shellActs.test(value.replace(/\$\{(?:env:)?[a-z_]+\}|\b[a-z][a-z0-9+.-]*:\/\//gi, '')) ? `sets ${name} to a value that runs, chains or fetches something` : undefined;
}

export function tasksHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  const entries = jsoncEntries(text);
  // A task is the object that holds its command; its args (an array in it) follow the command.
  const lines = new Map<number, string[]>();
  for (const e of entries) {
    if (!e.string) continue;
    const key = e.key.toLowerCase();
    if (key === 'command' && e.array < 0) (lines.get(e.object) ?? lines.set(e.object, []).get(e.object)!).unshift(e.value);
    else if (key === 'args') (lines.get(e.object) ?? lines.set(e.object, []).get(e.object)!).push(shellQuoted(e.value));
  }
  // A task run on folder open runs unseen each time the folder opens: sending data out there is harm too.
  const onOpen = entries.some((e) => e.string && e.key.toLowerCase() === 'runon' && e.value.toLowerCase() === 'folderopen');
  for (const words of lines.values()) {
    const line = words.join(' ');
    const harm = judge(line);
    if (harm !== undefined) return { what: `defines a task: ${harm.message}`, evidence: harm.evidence };
    const sent = onOpen ? sentOut(line) : undefined;
    if (sent !== undefined) return { what: `defines a task run on folder open: ${sent}`, evidence: line.slice(0, 120) };
  }
  return undefined;
}

const lifecycle = /^(?:initialize|oncreate|updatecontent|postcreate|poststart|postattach)command$/;
const capabilities = /^(?:all|sys_admin|sys_ptrace|sys_module|dac_read_search|net_admin)$/i;

export function devContainerHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  const entries = jsoncEntries(text);
  const argvs = new Map<number, string[]>();
  const run: string[] = [];
  for (const e of entries) {
    const root = e.root.toLowerCase();
    if (lifecycle.test(root) && e.string) {
      if (e.array >= 0) (argvs.get(e.array) ?? argvs.set(e.array, []).get(e.array)!).push(shellQuoted(e.value));
      else {
        const harm = judge(e.value);
        if (harm !== undefined) return { what: `runs a lifecycle command (${e.root}): ${harm.message}`, evidence: harm.evidence };
      }
    } else if (root === 'runargs' && e.string) run.push(shellQuoted(e.value));
    else if (root === 'mounts' && e.string) {
      const source = /(?:^|,)\s*(?:source|src)=([^,]+)/i.exec(e.value)?.[1];
      const target = /(?:^|,)\s*(?:target|dst|destination)=([^,]+)/i.exec(e.value)?.[1];
      if (source !== undefined) run.push('-v', shellQuoted(`${source}:${target ?? '/mnt'}`));
    } else if (root === 'privileged' && e.value === 'true') run.push('--privileged');
    else if (root === 'capadd' && e.string && capabilities.test(e.value)) run.push('--cap-add', e.value);
  }
  for (const words of argvs.values()) {
    const harm = judge(words.join(' '));
    if (harm !== undefined) return { what: `runs a lifecycle command: ${harm.message}`, evidence: harm.evidence };
  }
  if (run.length > 0) {
    const harm = judge(`docker run ${run.join(' ')} image`);
    if (harm !== undefined) return { what: `starts its container with: ${harm.message}`, evidence: harm.evidence };
  }
  return undefined;
}

