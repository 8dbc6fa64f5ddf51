import type { CommandJudge, PlantedHarm } from './editor-files.js';
import { jsoncEntries } from './jsonc-entries.js';

// What a coding agent's own files, written by a call, make the next agent session do or let it do unasked.
// Settings (Claude Code's .claude/settings.json): hooks are command lines the agent's client runs around
// every tool use, judged as commands; `defaultMode: bypassPermissions` and an allow rule for every shell
// command take the user's approval out of every later step. Allowing named commands (`Bash(pnpm test:*)`),
// denying reads and a formatter hook are how such files are meant to be used.
// Instructions (AGENTS.md, CLAUDE.md, a Cursor or Windsurf rule, Copilot's instructions) are read by the
// agent as its orders: a command they give (a code span or a code block line) is judged as the command the
// agent would run, and a line telling it to send a credential file to a web address is that send. Build and
// test commands, style rules and "never commit .env" are what such files hold.

/** A permission mode that skips every approval prompt. */
const bypassMode = /^(?:bypasspermissions|dontask)$/i;
/** An allow rule for every shell command (`Bash`, `Bash(*)`, `Bash(:*)`, `Bash(**)`). */
const everyShell = /^(?:bash|shell|powershell)(?:\(\s*(?::?\*{1,2})?\s*\))?$/i;

/** The harm an agent settings text plants, or undefined when it keeps the user's approvals and runs nothing harmful. */
export function agentSettingsHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  for (const e of jsoncEntries(text)) {
    if (!e.string) continue;
    const key = e.key.toLowerCase();
    if (key === 'defaultmode' && bypassMode.test(e.value.trim())) return { what: 'makes the agent use every tool without asking the user', evidence: `"${e.key}": "${e.value.slice(0, 60)}"` };
    if (key === 'allow' && e.array >= 0 && everyShell.test(e.value.trim())) return { what: 'lets the agent run any shell command without asking the user', evidence: `"allow": "${e.value.slice(0, 60)}"` };
    if (key === 'command' && e.root.toLowerCase() === 'hooks') {
      const harm = judge(e.value);
      if (harm !== undefined) return { what: `runs a hook around the agent's tool use that does harm: ${harm.message}`, evidence: harm.evidence };
    }
  }
  return undefined;
}

/** Inline code spans and fenced block lines: the commands an instruction file gives. */
const codeSpan = /`([^`\n]{2,400})`/g;
/** A web address in a line. */
const webAddress = /\bhttps?:\/\/[^\s`'")<>]+/i;
/** A verb that sends what it names somewhere. */
const sendVerb = /\b(?:upload|send|post|paste|submit|share|forward|transmit|sync|push)\b/i;
/** A path-like word (`~/.config/gh/hosts.yml`, `/home/u/.aws/credentials`). */
const pathWord = /(?:~|\$home|\/home\/[^\s/]+|\/users\/[^\s/]+)\/[^\s`'",;)]+/gi;

/** An order to act unseen: the user is not to see or hear of the step. */
const unseen = /\b(?:silently|secretly|quietly|covertly|without (?:asking|telling|mentioning|showing)|(?:never|do not|don't|dont) (?:mention|tell|show|report|reveal))\b/i;
/** A line that forbids what it names (`never upload ~/.npmrc`). */
const forbids = /\b(?:never|do not|don't|dont|must not|mustn't|should not|shouldn't|avoid|no need to)\b/i;

/**
 * The harm an agent instruction text plants, or undefined when its commands and requests do none. A harmful
 * command counts when it names a credential file or the text asks it done unseen: a setup section may
 * show a vendor's piped installer to the human reading it, and the command layer judges it when run.
 */
export function agentInstructionsHarm(text: string, judge: CommandJudge, credential: (path: string) => string | undefined): PlantedHarm | undefined {
  const hidden = unseen.test(text);
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    const commands: string[] = fenced ? [line.trim()] : [];
    if (!fenced) {
      codeSpan.lastIndex = 0;
      for (let m = codeSpan.exec(line); m !== null; m = codeSpan.exec(line)) commands.push(m[1]!.trim());
    }
    for (const command of commands) {
      if (command === '') continue;
      const harm = judge(command);
      if (harm !== undefined && (hidden || namesCredential(command, credential))) return { what: `tells the agent to run a command that does harm: ${harm.message}`, evidence: harm.evidence };
    }
    // A credential file and a web address in one sentence with a verb of sending: the send the agent is told to make.
    if (!fenced && sendVerb.test(line) && webAddress.test(line) && !forbids.test(line) && namesCredential(line, credential)) {
      return { what: `tells the agent to send a credential file to ${webAddress.exec(line)![0].slice(0, 80)}`, evidence: line.trim().slice(0, 120) };
    }
  }
  return undefined;
}

/** Whether `text` names a credential file by its path. */
function namesCredential(text: string, credential: (path: string) => string | undefined): boolean {
  pathWord.lastIndex = 0;
  for (let m = pathWord.exec(text); m !== null; m = pathWord.exec(text)) if (credential(m[0].replace(/[.:]+$/, '')) !== undefined) return true;
  return false;
}
