import { parse as parseYaml } from 'yaml';

import { bundledData } from '../generated/bundled-rules.js';
import { bundledRules } from '../rules/bundled.js';
import { compilePattern, type Pattern } from '../rules/pattern.js';
import type { ScannedValue } from '../types.js';
import { pathForm } from '../values/forms.js';
import { Kind } from '../values/kinds.js';
import { Scanned } from '../values/scanned.js';
import type { StartUpJob } from './start-up-jobs.js';
import { plantedHarm, plantedJudge, readableContent, type CommandJudge, type PlantedHarm } from './planted-content.js';

// Where a path leads, for the checks that depend on what is done with it: a write to a place that runs
// code later (rules/write-targets.yaml), a credential file sent somewhere (the credential-stores pack).

/** The readers that judge a written text instead of its place (paths/planted-content.ts). */
export type PlantedContent = 'ci-workflow' | 'editor-settings' | 'editor-tasks' | 'dev-container' | 'npm-config' | 'pip-config' | 'maven-settings' | 'gradle-properties' | 'mcp-config' | 'git-config' | 'cargo-config' | 'editor-script' | 'git-submodules' | 'hook-script' | 'shell-settings' | 'ssh-settings' | 'agent-settings' | 'agent-instructions' | 'autohotkey-script' | 'launch-agent' | StartUpJob;
const contentReaders: ReadonlySet<string> = new Set<PlantedContent>(['ci-workflow', 'editor-settings', 'editor-tasks', 'dev-container', 'npm-config', 'pip-config', 'maven-settings', 'gradle-properties', 'mcp-config', 'git-config', 'cargo-config', 'editor-script', 'git-submodules', 'hook-script', 'shell-settings', 'ssh-settings', 'agent-settings', 'agent-instructions', 'autohotkey-script', 'launch-agent', 'systemd-unit', 'crontab', 'system-crontab', 'anacrontab']);

export interface WriteTargetGroup {
  readonly name: string;
  /** The reader of the text written there, when the place runs what its text says and nothing else. */
  readonly content?: PlantedContent;
  /** The file also holds the user's logins: a call that writes it whole is judged by its text, not as a credential file touched. */
  readonly holdsCredentials?: boolean;
  readonly pattern: Pattern;
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

const home = /^(?:\$\{?home\}?|%userprofile%|\/home\/[^/]+|\/users\/[^/]+|[a-z]:\/users\/[^/]+|\/root|\/var\/root)(?=\/|$)/;

/** A path as the tables read it: lower case, `/` separators, no `.` segments, the home folder as `~`. */
export function canonicalPath(path: string): string {
  return pathForm(path.trim().toLowerCase()).replace(home, '~');
}

/** Compiles a write-targets table from its YAML text. */
export function compileWriteTargets(content: string): WriteTargetGroup[] {
  const doc = parseYaml(content) as { groups?: { name: string; content?: string; 'holds-credentials'?: boolean; patterns: string[]; examples?: { match?: string[]; 'no-match'?: string[] } }[] };
  return (doc.groups ?? []).map((g) => ({
    name: g.name,
    ...(g.content !== undefined && contentReaders.has(g.content) ? { content: g.content as PlantedContent } : {}),
    ...(g['holds-credentials'] === true ? { holdsCredentials: true } : {}),
    pattern: compilePattern(g.patterns.map((p) => `(?:${p})`).join('|')),
    examples: { match: g.examples?.match ?? [], noMatch: g.examples?.['no-match'] ?? [] },
  }));
}

let targets: readonly WriteTargetGroup[] | undefined;

export function writeTargetGroups(): readonly WriteTargetGroup[] {
  return (targets ??= compileWriteTargets(bundledData['write-targets'] ?? ''));
}

/** What a write to `path` would plant (a group name), or undefined for an ordinary file. */
export function writeTarget(path: string): string | undefined {
  return writeTargetGroup(path)?.name;
}

/** The write-targets group `path` falls in, or undefined for an ordinary file. */
export function writeTargetGroup(path: string): WriteTargetGroup | undefined {
  if (path === '' || path.startsWith('&') || path === '/dev/null') return undefined;
  const canonical = canonicalPath(path);
  return writeTargetGroups().find((g) => g.pattern.test(canonical));
}

/** A tool named for writing files (write_file, edit, create, save …): every path it is given but a source is written. */
export const fileWriteTool = /(?:write|edit|create|save|append|move|copy|rename|patch|replace|put|insert|update)/i;

/** Readers of a place that does nothing by itself: a write there whose text the call does not carry (a copy, a move, an edit by sed) is ordinary work. */
const readOnlyByText: ReadonlySet<PlantedContent> = new Set<PlantedContent>(['agent-settings', 'agent-instructions']);

/** Whether a write to the group named `name` is judged by its text alone (see readOnlyByText). */
export function judgedByTextAlone(group: string | WriteTargetGroup): boolean {
  const found = typeof group === 'string' ? writeTargetGroups().find((g) => g.name === group) : group;
  return found?.content !== undefined && readOnlyByText.has(found.content);
}

let credentialRule: { readonly regex: Pattern | undefined; readonly unless: Pattern | undefined } | null | undefined;

/** Whether `path` names a credential file, by the bundled `path/credential-file` rule and its `unless` (`~/.ssh/config`). */
export function credentialFile(path: string): string | undefined {
  if (credentialRule === undefined) credentialRule = bundledRules().find((r) => r.id === 'path/credential-file') ?? null;
  const canonical = canonicalPath(path.replace(/^["']|["']$/g, ''));
  return credentialRule?.regex?.test(canonical) && !credentialRule.unless?.test(canonical) ? `${path} holds credentials` : undefined;
}

/**
 * Whether `values[at]` is the path a client call writes whole, with its text beside it, to a file that holds
 * the user's logins and whose text the write-targets table judges (Maven's settings.xml, gradle.properties):
 * that write is judged by what the text sets (request-analysis), not as a credential file touched. Read
 * only for a value the credential-file rule matched: linear in the message's values.
 */
export function credentialFileWrittenWhole(values: readonly ScannedValue[], at: number, tool: string | undefined): boolean {
  if (tool === undefined || !fileWriteTool.test(tool)) return false;
  const value = values[at]!;
  const path = value.path;
  if (path.length !== 3 || path[1] !== 'arguments' || !(value.kindMask & Kind.Path)) return false;
  const group = writeTargetGroup(value.text);
  if (group?.holdsCredentials !== true || group.content === undefined) return false;
  for (const other of values) {
    if (other !== value && other instanceof Scanned && other.written && other.path.length === 3 && readableContent([other.text])) return true;
  }
  return false;
}

let historyPattern: Pattern | null | undefined;

/** Whether `path` names a shell or tool history, by the bundled `path/shell-history` rule: the commands typed, with the tokens and passwords typed in them. */
export function historyFile(path: string): string | undefined {
  if (historyPattern === undefined) historyPattern = bundledRules().find((r) => r.id === 'path/shell-history')?.regex ?? null;
  return historyPattern?.test(canonicalPath(path.replace(/^["']|["']$/g, ''))) ? `${path} is a shell history, with the tokens and passwords typed in its commands` : undefined;
}

let systemFilePattern: Pattern | null | undefined;

/** Whether `path` names a system account, privilege or boot file, by the bundled `path/system-file` rule. */
export function systemFile(path: string): string | undefined {
  if (systemFilePattern === undefined) systemFilePattern = bundledRules().find((r) => r.id === 'path/system-file')?.regex ?? null;
  return systemFilePattern?.test(canonicalPath(path.replace(/^["']|["']$/g, ''))) ? `${path} is a system account file` : undefined;
}

/**
 * Whether `path` names a credential file or a system account file (/etc/shadow, the SAM hive), by the bundled
 * `path/credential-file` and `path/system-file` rules: what a script written to a file must not send out when run.
 */
export function secretFile(path: string): string | undefined {
  return credentialFile(path) ?? systemFile(path);
}

/**
 * For a write target judged by its text (a CI workflow, an editor or dev-container file): the harm `text`
 * plants there, or null when it plants none; undefined when the place is judged (any other target, or a
 * text that is an encoded blob). `analyze` judges a command line.
 */
export function writtenTextHarm(path: string, text: string, analyze: CommandJudge): PlantedHarm | null | undefined {
  const group = writeTargetGroup(path);
  if (group?.content === undefined || !readableContent([text])) return undefined;
  return plantedHarm(group.content, text, plantedJudge(analyze, credentialFile), credentialFile) ?? null;
}

export const pathChecks = { writeTarget, credential: credentialFile, writtenText: writtenTextHarm };
/** The same checks for the lines of a script written to a file: a system account file sent out counts as a credential. */
export const scriptChecks = { ...pathChecks, credential: secretFile };
