import { codeUpload } from '../commands/code-uploads.js';
import { printableBase64 } from '../values/text-blobs.js';
import type { CommandJudge, PlantedHarm } from './editor-files.js';
import { sentOut } from './sent-out.js';

// Project files whose lines run later as shell commands, without being places that run by themselves: a
// Makefile's recipes (run by `make <target>`, which an agent or CI does next), a husky hook (git runs it on the
// next commit or push), a pre-commit hook's `entry` (run on every commit). A write of one is judged by the
// lines it would run, each as a command line sent alone: the file is ordinary project work unless a line is
// harmful (a deploy with a deploy key passes; a recipe that sends ~/.ssh out does not). Build hooks too: a Go
// file's `//go:generate` lines (run by `go generate`), the programs a Cargo build.rs starts, and a
// pyproject.toml whose build requirements come from an address (pip fetches and runs them on the next build). Make's variables set
// in the same file are put in (`$(KEYS)`), `$$` is the shell's `$`. A text sent base64-encoded (a contents
// API) is read as the text it decodes to. Linear in the text; at most `maxLines` lines are returned.

const makefile = /(?:^|[\\/])(?:gnumakefile|makefile|[\w.-]+\.mk)$/i;
const huskyHook = /(?:^|[\\/])\.husky[\\/](?!_[\\/])[\w.-]+$/i;
const preCommit = /(?:^|[\\/])\.pre-commit-config\.ya?ml$/i;
/**
 * Build and test files whose code runs on the next install, build or test run (pip runs setup.py, pytest
 * imports conftest.py, Gradle and Rake run their build files; CMake runs execute_process at configure time,
 * Bazel its workspace status command on every build, Terraform an external data source's program on every
 * plan; jest and vitest load their setup files and bundlers their config on every run): judged by the
 * command lines their code hands to a shell and by code that sends the environment out.
 */
const buildCode = /(?:^|[\\/])(?:setup\.py|build\.rs|conftest\.py|noxfile\.py|fabfile\.py|dodo\.py|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|rakefile|gruntfile\.[cm]?js|gulpfile\.[cm]?js|cmakelists\.txt|[\w.-]+\.cmake|\.bazelrc|[\w.-]+\.tf|(?:jest|vitest)\.setup\.[cm]?[jt]sx?|(?:jest|vitest|vite|webpack|rollup|esbuild)\.config\.[cm]?[jt]s)$/i;
/** A justfile (`just <recipe>` runs its recipes' indented lines, as make does a Makefile's). */
const justfile = /(?:^|[\\/])(?:\.?justfile|[\w.-]+\.just)$/i;
/** A Dockerfile or Containerfile: the next `docker build` runs its RUN lines, with the build's secrets mounted. */
const dockerfile = /(?:^|[\\/])(?:(?:docker|container)file(?:\.(?!(?:md|txt|rst|html?|adoc)$)[\w.-]+)?|[\w.-]+\.(?:docker|container)file)$/i;
/** A Go source file: `go generate` runs each `//go:generate` line's command (no shell; the line may start one). */
const goSource = /\.go$/i;
/** A Python project's pyproject.toml: pip builds with what its `[build-system]` table names. */
const pyproject = /(?:^|[\\/])pyproject\.toml$/i;
/** A logrotate config (a file under logrotate.d or named for it): its pre- and postrotate scripts run as root on every rotation. */
const logrotate = /(?:^|[\\/])(?:logrotate(?:\.d)?[\\/][^\\/]+|[\w.-]*logrotate(?:\.conf)?)$/i;
/** A line whose code hands a string to a shell or starts a program: os.system, subprocess, Gradle's commandLine, Ruby's system. */
// Also what build files name a command with: CMake's execute_process and custom commands, Bazel's status
// command option, a Terraform external program or local-exec command.
const shellCall = /\b(?:os\.system|os\.popen|subprocess\.\w+|commandLine|system|popen|spawn(?:Sync)?|exec(?:Sync|ute)?|check_(?:output|call)|sh|execute_process|add_custom_(?:command|target))\s*[([{'"]|\bsh\s+['"]|\bworkspace_status_command=|^\s*(?:program|command)\s*=/;
const literal = /"((?:[^"\\\n]|\\.){1,2000})"|'((?:[^'\\\n]|\\.){1,2000})'/g;
const maxText = 262_144;
const maxLines = 500;
const opaque = /^[A-Za-z0-9+/]{24,}={0,2}$/;
const assignment = /^([A-Za-z_][\w.-]{0,63})[ \t]*(?::{1,3}=|\?=|\+=|!=|=)[ \t]*(.*)$/;
const variable = /\$[({]([A-Za-z_][\w.-]{0,63})[)}]/g;

export type RunLater = 'makefile' | 'justfile' | 'dockerfile' | 'hook' | 'pre-commit' | 'build-code' | 'logrotate' | 'go-generate' | 'build-system';

/** Which kind of run-later file `path` is, or undefined for any other file. */
export function runLaterFile(path: string): RunLater | undefined {
  const p = path.trim();
  if (makefile.test(p)) return 'makefile';
  if (justfile.test(p)) return 'justfile';
  if (dockerfile.test(p)) return 'dockerfile';
  if (huskyHook.test(p)) return 'hook';
  if (preCommit.test(p)) return 'pre-commit';
  if (buildCode.test(p)) return 'build-code';
  if (logrotate.test(p)) return 'logrotate';
  if (goSource.test(p)) return 'go-generate';
  if (pyproject.test(p)) return 'build-system';
  return undefined;
}

/** The lines of a logrotate config's scripts (between prerotate, postrotate, firstaction or lastaction and endscript). */
function rotateScripts(text: string): string[] {
  const out: string[] = [];
  let inScript = false;
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim();
    if (/^(?:pre|post)rotate$|^(?:first|last)action$/.test(word)) inScript = true;
    else if (word === 'endscript') inScript = false;
    else if (inScript && word !== '' && !word.startsWith('#')) out.push(word);
    if (out.length >= maxLines) break;
  }
  return out;
}

/** The string literals of a build file's lines that hand code to a shell (each may be a command line, or a word of an argv). */
function shellStrings(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!shellCall.test(line)) continue;
    for (const m of line.matchAll(literal)) {
      const value = m[1] ?? m[2]!;
      if (/\s/.test(value)) out.push(value);
      if (out.length >= maxLines) return out;
    }
  }
  return out;
}

/** `text` as written, each line that is one base64 blob of printable text decoded (the call's other values beside it). */
function plainText(text: string): string {
  return text.includes(' ') && !text.includes('\n') ? text : text.split('\n').map(decoded).join('\n');
}

/** A line decoded when it is a base64 blob of printable text, else as it is. */
function decoded(text: string): string {
  const compact = text.trim();
  return opaque.test(compact) ? (printableBase64(compact) ?? text) : text;
}

/** A Makefile's recipe lines with its own variables put in (one level; an unknown variable left as the shell's). */
function recipes(text: string): string[] {
  const lines = text.replace(/\\\r?\n[ \t]*/g, ' ').split(/\r?\n/);
  const vars = new Map<string, string>();
  for (const line of lines) {
    if (line.startsWith('\t') || line.startsWith('#')) continue;
    const m = assignment.exec(line.trim());
    if (m !== null && !vars.has(m[1]!)) vars.set(m[1]!, m[2]!.trim());
  }
  const out: string[] = [];
  for (const line of lines) {
    let recipe: string | undefined;
    if (line.startsWith('\t')) recipe = line.slice(1);
    else {
      // `target: prerequisites ; command` has its recipe on the rule's line.
      const semi = line.indexOf(';');
      if (semi > 0 && /^[^\s#=][^=]*:[^=]/.test(line)) recipe = line.slice(semi + 1);
    }
    if (recipe === undefined) continue;
    const command = recipe.trim().replace(/^[@+-]+/, '')
      .replace(variable, (_whole, name: string) => vars.get(name) ?? `$${name}`)
      .replace(/\$\$/g, '$');
    if (command !== '') out.push(command);
    if (out.length >= maxLines) break;
  }
  return out;
}

/** A justfile's recipe lines: the indented lines under a recipe's header (`@` and `-` prefixes dropped, lines joined at a trailing `\\`). */
function justRecipes(text: string): string[] {
  const out: string[] = [];
  let inRecipe = false;
  for (const line of text.replace(/\\\r?\n[ \t]*/g, ' ').split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^[ \t]/.test(line)) {
      // A header (`name arg='x': deps`), not a setting (`set shell := …`) or a variable (`x := …`).
      inRecipe = /^@?[A-Za-z_][\w-]*(?:\s+[^:]*)?:(?!=)/.test(line);
      continue;
    }
    if (!inRecipe) continue;
    const command = line.trim().replace(/^[@-]+/, '');
    if (command !== '') out.push(command);
    if (out.length >= maxLines) break;
  }
  return out;
}

/** A Dockerfile's RUN commands, continuation lines joined, the instruction's own options (`--mount=…`) dropped; an exec form's `sh -c` text. */
function runInstructions(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/\\\r?\n[ \t]*/g, ' ').split(/\r?\n/)) {
    const m = /^[ \t]*run[ \t]+((?:--[\w-]+=\S+[ \t]+)*)(.+)$/i.exec(line);
    if (m === null) continue;
    let command = m[2]!.trim();
    if (command.startsWith('[')) {
      let argv: unknown;
      try {
        argv = JSON.parse(command);
      } catch {
        continue;
      }
      if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) continue;
      command = /^(?:\/bin\/)?(?:ba)?sh$/.test(String(argv[0])) && argv[1] === '-c' ? String(argv[2] ?? '') : argv.join(' ');
    }
    if (command !== '' && !command.startsWith('<<')) out.push(command);
    if (out.length >= maxLines) break;
  }
  return out;
}

/** A pre-commit config's `entry:` lines (what a local hook runs). */
function entries(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^[ \t-]*entry[ \t]*:[ \t]*(.+)$/gm)) {
    const value = m[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    out.push(value);
    if (out.length >= maxLines) break;
  }
  return out;
}

/** A Go file's `//go:generate` commands (a `-command` line only names an alias). */
function generateLines(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\/\/go:generate[ \t]+(.+)$/gm)) {
    const command = m[1]!.trim();
    if (!command.startsWith('-command')) out.push(command);
    if (out.length >= maxLines) break;
  }
  return out;
}

/**
 * The programs a Rust build script starts (`Command::new("curl").args([...]).arg(...)`), each as the command
 * line its literals make, up to the statement's end. A `format!` literal's `{}` that a variable read from the
 * home folder fills (`env::var("HOME")`, `home_dir()`) is written `~`.
 */
function rustCommands(text: string): string[] {
  if (!text.includes('Command::new')) return [];
  const homes = new Set<string>();
  for (const m of text.matchAll(/\blet\s+(?:mut\s+)?(\w+)[^;=]*=[^;]*(?:var(?:_os)?\(\s*"(?:HOME|USERPROFILE)"|home_dir\(\))/g)) homes.add(m[1]!);
  const out: string[] = [];
  for (const m of text.matchAll(/Command::new\(([^;]{0,2000})/g)) {
    const words: string[] = [];
    for (const w of m[1]!.matchAll(/format!\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*([\w.&]+)|"((?:[^"\\\n]|\\.){0,2000})"/g)) {
      if (w[1] !== undefined) words.push(homes.has(w[2]!.replace(/^&/, '')) ? w[1].replace(/\{\w*\}/, '~') : w[1]);
      else words.push(w[3]!);
    }
    if (words.length > 0) out.push(words.map((w) => (/^[\w@%+=:,./~-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' '));
    if (out.length >= maxLines) break;
  }
  return out;
}

/** A requirement given by its address (PEP 508 `name @ url`, or the url alone): pip downloads and runs it. */
const addressed = /^\s*(?:[\w.-]+(?:\[[^\]]*\])?\s*@\s*)?((?:git\+|hg\+|svn\+|bzr\+)?(?:https?|ftp|ssh):\/\/[^\s"',;]+)/i;

/**
 * What a pyproject.toml's `[build-system]` table makes the next build run that is not a package of the index:
 * a build requirement fetched from an address (`requires = ["backend @ https://…"]`), which pip installs and
 * whose code it then runs as the backend or inside it. setuptools, hatchling, flit or poetry by name pass.
 */
function buildSystemHarm(text: string): PlantedHarm | undefined {
  const table = /^\[build-system\][ \t]*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text);
  if (table === null) return undefined;
  const requires = /^[ \t]*requires[ \t]*=[ \t]*\[([\s\S]*?)\]/m.exec(table[1]!);
  if (requires === null) return undefined;
  for (const item of requires[1]!.matchAll(/"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g)) {
    const url = addressed.exec(item[1] ?? item[2]!)?.[1];
    if (url !== undefined) return { what: `makes the next build fetch and run a build requirement from ${url}`, evidence: (item[1] ?? item[2]!).slice(0, 120) };
  }
  return undefined;
}

/** A `rev:` that pins what pre-commit fetches: a version tag (`v4.6.0`, `24.3.0`, `release-2.1`) or a commit. */
const pinnedRev = /^(?:v?\d[\w.+-]*|[\w.-]*?\d+\.\d+[\w.+-]*|[0-9a-f]{7,40})$/i;

/**
 * A pre-commit config's remote hook repository at a branch (`rev: main`): pre-commit fetches the branch's
 * newest code and runs it on every commit, so whoever can push there runs code on this machine from then on
 * (pre-commit itself warns of a mutable rev). A tag or a commit pins what was reviewed.
 */
function unpinnedHooks(text: string): PlantedHarm | undefined {
  let repo: string | undefined;
  for (const m of text.matchAll(/^[ \t-]*(repo|rev)[ \t]*:[ \t]*["']?([^\s"'#]+)/gm)) {
    if (m[1] === 'repo') repo = m[2];
    else if (repo !== undefined && /^(?:https?|ssh|git):\/\/|^[\w.-]+@[\w.-]+:/i.test(repo) && !pinnedRev.test(m[2]!)) {
      return { what: `makes every commit fetch and run the hooks of ${repo} at its moving branch ${m[2]}`, evidence: `repo: ${repo} rev: ${m[2]}`.slice(0, 120) };
    }
  }
  return undefined;
}

/** The command analysis' outcomes of a Dockerfile's RUN line that reach past the image being built. */
const leavesBuild: ReadonlySet<string> = new Set(['cmd/credential-upload', 'cmd/bulk-upload', 'cmd/remote-destruction', 'cmd/credential-search', 'cmd/access-opened']);

/**
 * The harm a run-later file of `kind` plants once `text` is written there: a build system fetched from an
 * address, code of a build file that sends secrets (read whole: the dump and the send may be lines apart),
 * then the first line it runs that `judge` finds harmful.
 */
export function runLaterHarm(kind: RunLater, text: string, judge: CommandJudge, credential: (path: string) => string | undefined): PlantedHarm | undefined {
  if (text.length > maxText) return undefined;
  if (kind === 'build-system') return buildSystemHarm(text);
  if (kind === 'pre-commit') {
    const unpinned = unpinnedHooks(plainText(text));
    if (unpinned !== undefined) return unpinned;
  }
  if (kind === 'build-code') {
    const sent = codeUpload(text, credential);
    if (sent !== undefined) return { what: `sends ${sent.what} over the network`, evidence: sent.evidence };
    for (const line of rustCommands(text)) {
      const found = judge(line);
      if (found !== undefined) return { what: `runs: ${found.message}`, evidence: found.evidence };
    }
  }
  for (const line of runLaterLines(kind, text)) {
    const found = judge(line);
    // A build's RUN lines install, download and write system files inside the image (a curl | bash set-up, a
    // line added to /etc/profile): what reaches past the build is what they send out or destroy elsewhere.
    if (kind === 'dockerfile' && !leavesBuild.has((found as { readonly rule?: string } | undefined)?.rule ?? '')) continue;
    if (found !== undefined) return { what: `runs: ${found.message}`, evidence: found.evidence };
    // A local pre-commit hook runs on every commit by itself: one that sends data out sends it each time.
    const sent = kind === 'pre-commit' ? sentOut(line) : undefined;
    if (sent !== undefined) return { what: `runs on every commit: ${sent}`, evidence: line.slice(0, 120) };
  }
  return undefined;
}

/** The lines a run-later file of `kind` runs, once `text` is written there. */
export function runLaterLines(kind: RunLater, text: string): string[] {
  if (text.length > maxText) return [];
  const plain = plainText(text);
  if (kind === 'makefile') return recipes(plain);
  if (kind === 'justfile') return justRecipes(plain);
  if (kind === 'dockerfile') return runInstructions(plain);
  if (kind === 'pre-commit') return entries(plain);
  if (kind === 'build-code') return shellStrings(plain);
  if (kind === 'logrotate') return rotateScripts(plain);
  if (kind === 'go-generate') return generateLines(plain);
  if (kind === 'build-system') return [];
  return plain.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#')).slice(0, maxLines);
}

/** The interpreter a script's first line names (`#!/bin/sh`, `#!/usr/bin/env -S python3 -u`), lower case. */
const shebang = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?([\w.+-]+)/;
const shells = /^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox)$/;

/**
 * What a git hook or a direnv file runs that is harmful: git runs a hook on the next commit, push or checkout
 * and direnv runs `.envrc` in the shell on entering the folder, so a hook that runs the linter is ordinary
 * project work and one that sends ~/.ssh out is a persistence write. A shell script's lines are judged each as
 * a command line sent alone; a script of another interpreter (a Python or Node hook) by what its code sends,
 * whole, and line by line as well (a line may hand a command to the shell).
 */
export function hookScriptHarm(text: string, judge: CommandJudge, credential: (path: string) => string | undefined): PlantedHarm | undefined {
  if (text.length > maxText) return { what: 'is too long to read', evidence: text.slice(0, 120) };
  const interpreter = shebang.exec(text)?.[1]?.toLowerCase();
  if (interpreter !== undefined && !shells.test(interpreter)) {
    const sent = codeUpload(text, credential);
    if (sent !== undefined) return { what: `runs ${interpreter} code that sends ${sent.what} over the network`, evidence: sent.evidence };
  }
  for (const line of runLaterLines('hook', text)) {
    const found = judge(line);
    if (found !== undefined) return { what: `runs: ${found.message}`, evidence: found.evidence };
  }
  return undefined;
}
