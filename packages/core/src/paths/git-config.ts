import { programTable, type Setting } from '../commands/programs.js';
import { strayProgram, type CommandJudge, type PlantedHarm } from './editor-files.js';
import { plainCommandLine } from './plain-commands.js';
import { sentOut } from './sent-out.js';
import { urlHost } from '../values/url-hosts.js';

// What a git config written by a call (.git/config, ~/.gitconfig) makes git run later. Most of a config is
// preference (a user name, a default branch, `pull.rebase`); some keys name a program git starts on every
// diff, log, commit or fetch: the pager, an editor, a diff filter, a credential helper, a filter driver, the
// fsmonitor, the ssh command. A known tool there (`pager = delta`, `diff-so-fancy | less -RFX`, `editor =
// code --wait`) is the user's setup; a shell, an interpreter or a fetcher there, a command line the command
// analysis finds harmful, or one that sends data out runs behind every git command. The places git loads
// from (hooksPath, include.path) must not be a folder anyone can write or an address; a url rewrite must
// not send one host's fetches to another; TLS checks stay on.

/** `[section]` or `[section "sub"]`, and `key = value`. */
const sectionLine = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*(.*)$/;
const entryLine = /^\s*([A-Za-z][\w-]*)\s*(?:=\s*(.*?))?\s*$/;

let commandSettings: readonly Setting[] | undefined;

/**
 * Whether git runs the value of `key` (lower case, a subsection as written: `filter.lfs.clean`) as a command
 * line: the `git -c` settings the programs table marks `command: true`, one list for a config file, `git -c`
 * and `git config`.
 */
export function gitRunsValue(key: string): boolean {
  commandSettings ??= programTable().programs.get('git')?.options.get('-c')?.settings.filter((s) => s.command) ?? [];
  for (const s of commandSettings) if (s.key.test(key)) return true;
  return false;
}

/**
 * A config key as git reads it, from `section.name` or `section.subsection.name` (`git config`, `git -c`, or a
 * file's `[section "subsection"]` joined with its entry): section and name case-blind, a subsection (which may
 * hold dots: `credential.https://host.helper`) as `*`, so `filter.lfs.clean` reads as `filter.*.clean`.
 */
export function gitConfigKey(name: string): string {
  const first = name.indexOf('.');
  const last = name.lastIndexOf('.');
  if (first === last) return name.toLowerCase();
  return `${name.slice(0, first).toLowerCase()}.*.${name.slice(last + 1).toLowerCase()}`;
}


/** The harm a git config text plants, or undefined when it names only preferences and known tools. */
export function gitConfigHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  let section = '';
  let sub: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    let line = raw;
    const head = sectionLine.exec(line);
    if (head !== null) {
      section = head[1]!.toLowerCase();
      sub = head[2];
      line = head[3]!;
    }
    if (/^\s*(?:[#;]|$)/.test(line)) continue;
    const m = entryLine.exec(line);
    if (m === null) continue;
    const name = sub === undefined ? `${section}.${m[1]!}` : `${section}.${sub}.${m[1]!}`;
    const key = gitConfigKey(name);
    let value = (m[2] ?? 'true').replace(/\s+[#;].*$/, '');
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replace(/\\"/g, '"');
    const evidence = raw.trim().slice(0, 120);
    if (gitRunsValue(name.toLowerCase())) {
      if (key === 'core.fsmonitor' && /^(?:true|false)$/i.test(value)) continue;
      const shell = value.startsWith('!');
      const command = shell ? value.slice(1).trim() : value;
      // An alias or a credential helper without `!` names a git subcommand (`git credential-store`): no program of its own.
      if (!shell && (key.startsWith('alias.') || key.endsWith('.helper')) && !/[\\/]/.test(command)) continue;
      const found = judge(command);
      if (found !== undefined) return { what: `makes git run (${key}): ${found.message}`, evidence };
      const sent = sentOut(command);
      if (sent !== undefined) return { what: `makes git run (${key}) a command that ${sent.replace(/^\S+ /, '')}`, evidence };
      // An alias runs only when the user types it: a pipeline of git and the shell's tools there is ordinary.
      if (key.startsWith('alias.')) continue;
      if (!plainCommandLine(command)) return { what: `makes git start a shell, an interpreter or a program of no known place behind ${key}`, evidence };
    } else if (key === 'core.hookspath' || key === 'include.path' || key === 'includeif.*.path') {
      if (strayProgram.test(value.trim())) return { what: `makes git load ${key === 'core.hookspath' ? 'its hooks' : 'config'} from a place anyone can write to or another machine`, evidence };
    } else if (key === 'url.*.insteadof' || key === 'url.*.pushinsteadof') {
      const to = urlHost(sub ?? '', true);
      const from = urlHost(value, true);
      if (to !== undefined && from !== undefined && to !== from) return { what: `sends what git fetches or pushes for ${from} to ${to}`, evidence };
    } else if (/^http(?:\.\*)?\.sslverify$/.test(key) && /^(?:false|no|off|0)$/i.test(value)) {
      return { what: "turns git's TLS checks off", evidence };
    }
  }
  return undefined;
}
