import { codeUpload } from '../commands/code-uploads.js';
import { bundledRules } from '../rules/bundled.js';
import type { CompiledRule } from '../rules/compile.js';
import { Kind } from '../values/kinds.js';
import { agentInstructionsHarm, agentSettingsHarm } from './agent-files.js';
import { autoHotkeyHarm } from './autohotkey-scripts.js';
import { gradlePropertiesHarm, mavenSettingsHarm } from './build-tool-settings.js';
import { cargoConfigHarm } from './cargo-config.js';
import { editorScriptHarm } from './editor-scripts.js';
import { devContainerHarm, settingsHarm, tasksHarm, type CommandJudge, type PlantedHarm } from './editor-files.js';
import { gitConfigHarm } from './git-config.js';
import { submodulesHarm } from './git-submodules.js';
import { npmConfigHarm } from './npm-config.js';
import { mcpConfigHarm } from './mcp-client-config.js';
import { pipConfigHarm } from './pip-config.js';
import { launchAgentHarm } from './launch-agents.js';
import { hookScriptHarm } from './run-later.js';
import { startUpSettingsHarm } from './shell-settings.js';
import { sshSettingsHarm } from './ssh-settings.js';
import { startUpJobHarm } from './start-up-jobs.js';
import { stepAsShell, workflowHarm, workflowSteps } from './workflow-steps.js';
import type { PlantedContent } from './write-targets.js';

// A write to a place that runs what its text says (a CI workflow, an editor's settings, tasks or dev
// container, a project's package-manager config or pip's, an MCP client config, a coding agent's settings or instructions, git or Cargo config or submodule list, a git hook or direnv file, an ssh client config, a systemd unit or a crontab, an AutoHotkey script in the Startup folder, a user's launchd job) judged by that text when the call carries it: harm found is a persistence write, and a text
// that runs nothing harmful is the ordinary project edit it looks like. A text the guard cannot read (a
// blob, base64) is judged by the place, as before.

export type { CommandJudge, PlantedHarm };

// Nothing but a blob alphabet (base64, base64url, hex; `=` only as padding) and line breaks: the text a call writes is encoded, not read.
const opaque = /^(?:[A-Za-z0-9+/]{24,}|[A-Za-z0-9_-]{24,})={0,2}$/;

/** Whether `texts` can be read as the file's text (none is an encoded blob). */
export function readableContent(texts: readonly string[]): boolean {
  if (texts.length === 0) return false;
  for (const t of texts) if (opaque.test(t.replace(/\s+/g, ''))) return false;
  return true;
}

/** The harm a written text plants, or undefined when it runs nothing harmful. */
export function plantedHarm(reader: PlantedContent, text: string, judge: CommandJudge, credential: (path: string) => string | undefined): PlantedHarm | undefined {
  switch (reader) {
    case 'editor-settings': return settingsHarm(text, judge);
    case 'editor-tasks': return tasksHarm(text, judge);
    case 'dev-container': return devContainerHarm(text, judge);
    case 'npm-config': return npmConfigHarm(text);
    case 'pip-config': return pipConfigHarm(text);
    case 'maven-settings': return mavenSettingsHarm(text);
    case 'gradle-properties': return gradlePropertiesHarm(text);
    case 'mcp-config': return mcpConfigHarm(text, judge);
    case 'git-config': return gitConfigHarm(text, judge);
    case 'cargo-config': return cargoConfigHarm(text, judge);
    case 'editor-script': return editorScriptHarm(text, judge);
    case 'git-submodules': return submodulesHarm(text, judge);
    case 'hook-script': return hookScriptHarm(text, judge, credential);
    case 'shell-settings': return startUpSettingsHarm(text);
    case 'ssh-settings': return sshSettingsHarm(text);
    case 'agent-settings': return agentSettingsHarm(text, judge);
    case 'agent-instructions': return agentInstructionsHarm(text, judge);
    case 'autohotkey-script': return autoHotkeyHarm(text);
    case 'launch-agent': return launchAgentHarm(text, judge);
    case 'systemd-unit':
    case 'crontab':
    case 'system-crontab':
    case 'anacrontab':
      return startUpJobHarm(reader, text, judge);
    case 'ci-workflow': {
      const harm = workflowHarm(text);
      if (harm !== undefined) return harm;
      for (const step of workflowSteps(text)) {
        const found = judge(stepAsShell(step.script, text));
        if (found !== undefined) return { what: `runs a step (line ${step.line}): ${found.message}`, evidence: found.evidence };
      }
      return undefined;
    }
  }
}

let commandRules: readonly CompiledRule[] | undefined;

/**
 * The judge of a line a planted file runs: the first harm `analyze` (the command analysis) finds, code that
 * uploads secrets, then the bundled command rules that block in every profile (what the rule layer would
 * find in the line sent alone; not those for a command hidden in an argument that is none, as a line is one).
 */
export function plantedJudge(analyze: CommandJudge, credential: (path: string) => string | undefined): CommandJudge {
  return (line) => {
    const found = analyze(line);
    if (found !== undefined) return found;
    const sent = codeUpload(line, credential);
    if (sent !== undefined) return { message: `Code sends ${sent.what} over the network`, evidence: sent.evidence };
    commandRules ??= bundledRules().filter((r) => r.kinds & Kind.Command && r.declared === 0 && !(r.undeclared & Kind.Command) && r.action === 'block' && r.from !== 2 && r.profiles === undefined && r.regex !== undefined);
    const lower = line.toLowerCase();
    for (const rule of commandRules) {
      if (rule.regex!.test(lower) && !rule.unless?.test(lower)) return { message: rule.message, evidence: line.slice(0, 120) };
    }
    return undefined;
  };
}
