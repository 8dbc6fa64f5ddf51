import { keepsFromUser } from '../semantic/conceals.js';
import { namesCredentialFile } from '../semantic/credential-files.js';
import { sendsCredentialFile } from '../semantic/sends-secrets.js';
import { waiversIn } from '../semantic/waivers.js';
import { covert, covertStatementsBlanked } from '../text/covert-statements.js';
import { prohibitionsBlanked } from '../text/prohibitions.js';
import type { CommandJudge, PlantedHarm } from './editor-files.js';
import { droppedSafeguard } from '../semantic/dropped-safeguards.js';
import { jsoncEntries } from './jsonc-entries.js';

// What a coding agent's own files, written by a call, make the next agent session do or let it do unasked.
// Settings (Claude Code's .claude/settings.json): hooks are command lines the agent's client runs around
// every tool use, judged as commands; `defaultMode: bypassPermissions` and an allow rule for every shell
// command take the user's approval out of every later step. Allowing named commands (`Bash(pnpm test:*)`),
// denying reads and a formatter hook are how such files are meant to be used. Codex's config.toml says the
// same in two keys: never asking (`approval_policy = "never"`) inside no sandbox (`danger-full-access`) lets
// it run anything on the machine unasked; either alone still fences it in.
// Instructions (AGENTS.md, CLAUDE.md, a Cursor or Windsurf rule, Copilot's instructions) are read by the
// agent as its orders: a command they give (a code span or a code block line) is judged as the command the
// agent would run, and a line telling it to send a credential file to a web address is that send. Build and
// test commands, style rules and "never commit .env" are what such files hold. The lines are handed to the
// readings the server-text analysis uses, in every language those read: a send of a credential file
// (semantic/sends-secrets.ts), a credential file named (semantic/credential-files.ts), an order to keep the
// user out (semantic/waivers.ts, semantic/conceals.ts, a covert adverb of text/covert-statements.ts), and a
// sentence that only forbids (text/prohibitions.ts), whose commands are warnings, not steps.

/** A permission mode that skips every approval prompt. */
const bypassMode = /^(?:bypasspermissions|dontask)$/i;
/** An allow rule for every shell command (`Bash`, `Bash(*)`, `Bash(:*)`, `Bash(**)`). */
const everyShell = /^(?:bash|shell|powershell)(?:\(\s*(?::?\*{1,2})?\s*\))?$/i;

/** Codex's keys (TOML) for never asking and for no sandbox at all. */
const neverAsks = /^[ \t]*approval_policy[ \t]*=[ \t]*["']never["']/m;
const noSandbox = /^[ \t]*sandbox_mode[ \t]*=[ \t]*["']danger-full-access["']/m;

/** The harm an agent settings text plants, or undefined when it keeps the user's approvals and runs nothing harmful. */
export function agentSettingsHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  if (text.includes('danger-full-access') && noSandbox.test(text) && neverAsks.test(text)) {
    return { what: 'makes the agent run any command on the machine without a sandbox or asking the user', evidence: (noSandbox.exec(text)?.[0] ?? '').trim() };
  }
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
/**
 * A step given as a standing order, done on every command, task or commit ("whenever you run a command, append
 * …", "after each commit run …"): no setup step shown once to the human reading the file.
 */
const standing = /\b(?:whenever|every\s+time|each\s+time|(?:after|before|on|with|at\s+the\s+(?:start|end)\s+of)\s+(?:every|each))\b/;
/** A web address in a line. */
const webAddress = /\bhttps?:\/\/[^\s`'")<>]+/i;

/**
 * Whether an instruction text (lower case) asks its steps done unseen: a waiver of asking or telling the user,
 * an order to keep something from the user (in any language conceals.ts reads), or a covert adverb that is
 * not a statement of what a tool does ("npm will quietly skip it").
 */
function asksUnseen(text: string, lines: readonly string[]): boolean {
  if (waiversIn(text) !== undefined) return true;
  if (covert.test(text) && covert.test(covertStatementsBlanked(text) || text)) return true;
  return lines.some((line) => keepsFromUser(line));
}

/**
 * The harm an agent instruction text plants, or undefined when its commands and requests do none. A harmful
 * command counts when it names a credential file or the text asks it done unseen: a setup section may
 * show a vendor's piped installer to the human reading it, and the command layer judges it when run. A
 * command in a sentence that only forbids ("never run `…`") is a warning.
 */
export function agentInstructionsHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  const lower = text.toLowerCase();
  const written = text.split('\n');
  const lines = written.map((line) => line.toLowerCase());
  let hidden: boolean | undefined;
  let fenced = false;
  // A span after `!` (a custom slash command's `!\`git status\``) is run by the client when the command is invoked: no step shown to a human.
  let runs: Set<string> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    // The commands as written (a command's case is its own); a forbidding sentence's spans blanked.
    const commands: string[] = fenced ? [written[i]!.trim()] : [];
    if (!fenced) {
      const read = prohibitionsBlanked(written[i]!) || written[i]!;
      const dropped = droppedSafeguard(read.toLowerCase());
      if (dropped !== undefined) return { what: dropped, evidence: written[i]!.trim().slice(0, 120) };
      codeSpan.lastIndex = 0;
      for (let m = codeSpan.exec(read); m !== null; m = codeSpan.exec(read)) {
        commands.push(m[1]!.trim());
        if (m.index > 0 && read[m.index - 1] === '!') (runs ??= new Set()).add(m[1]!.trim());
      }
    }
    for (const command of commands) {
      if (command === '') continue;
      const harm = judge(command);
      if (harm !== undefined && (runs?.has(command) === true || namesCredentialFile(command.toLowerCase()) || standing.test(line) || (hidden ??= asksUnseen(lower, lines)))) return { what: `tells the agent to run a command that does harm: ${harm.message}`, evidence: harm.evidence };
    }
    // A credential file and an outside address in one sentence with a verb of sending, not negated: the send the agent is told to make.
    if (!fenced && sendsCredentialFile(line)) {
      return { what: `tells the agent to send a credential file to ${(webAddress.exec(written[i]!)?.[0] ?? 'an outside address').slice(0, 80)}`, evidence: written[i]!.trim().slice(0, 120) };
    }
  }
  return undefined;
}
