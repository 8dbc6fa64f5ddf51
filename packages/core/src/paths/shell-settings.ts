import type { PlantedHarm } from './editor-files.js';
import { plainCommandLine } from './plain-commands.js';

// A shell start-up file runs every line it holds in every new shell, so any command there is persistence.
// What setup steps and dotfile edits actually add is settings: a variable exported, the PATH extended with a
// folder of the user's, an alias for a longer command. Such a text is read line by line; it is judged by its
// place (a persistence write) unless every line is a comment or one of those settings, with nothing in it
// that runs a command when the shell starts (a substitution, a pipe, a second command), reaches the network,
// or changes what runs later (a preload, a prompt hook, a command's name taken over, a folder anyone may
// write put on the PATH). A version manager's installer adds one more kind of line: loading its own set-up
// script from the user's home (`[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"`); a file of the user's
// home sourced, nothing run to name it, reads as settings too (see sourcedHomeFile).

/** Longest text read; a longer one is judged by its place. */
const maxText = 16 * 1024;

/** Variables whose value the shell or a program runs, loads or obeys: set by a text, they run code later. */
export const runsLater = /^(?:ld_\w+|dyld_\w+|prompt_command|bash_env|env|ps[0-4]|precmd\w*|node_options|node_path|python\w*|perl5?\w*|rubyopt|rubylib|java_tool_options|_java_options|jdk_java_options|git_\w+|ssh_\w+|sudo_\w+|gpg_\w+|editor|visual|pager|manpager|less\w*|browser|histfile|histignore|\w*_?proxy|ifs|cdpath|fpath|zdotdir|shell|home|user|logname|mail\w*|term\w*|tmout)$/i;
/**
 * Variables that switch TLS verification off for every program that reads them (Node's, npm's and yarn's own):
 * set in a start-up file, every later fetch of every shell trusts whoever answers. Set for one command of a line
 * (a dev server's self-signed certificate), it is that command's; in a start-up file it is every command's.
 */
const tlsOff = /^(?:node_tls_reject_unauthorized=0|npm_config_strict_ssl=(?:false|0)|yarn_enable_strict_ssl=(?:false|0))$/i;
/** Something in a value or an alias body that runs, chains or redirects a command, or reaches the network. */
export const acts = /\$\(|`|[;&|<>]|\\|:\/\/|\b(?:curl|wget|nc|ncat|socat|bash|sh|zsh|eval|exec|source|python\d?|node|perl|ruby|base64|sudo|rm|chmod|chown|ssh|scp)\b/i;
/** Folders anyone may write: on the PATH, they let another user's file take a command's name. */
export const sharedFolder = /(?:^|[:=\s"'])(?:\/tmp|\/var\/tmp|\/dev\/shm|\/private\/tmp|\.)(?:\/|[:"'\s]|$)/;
/** Commands whose name an alias must not take over (one that asks for a password or reaches another host). */
const guarded = /^(?:sudo|su|doas|ssh|scp|sftp|git|gpg|passwd|login|cd|ls|cat|echo|export|alias|unalias|command|builtin|type|which|exit|npm|npx|pip\d?|python\d?|node|docker|kubectl|aws|gcloud|az|curl|wget)$/;

/**
 * The other fields of a write call (its mode, its encoding) come joined with its text (see writtenBeside in
 * layers/request-analysis.ts): a line that is only one of those words is the call's, not the file's.
 */
const callField = /^(?:append|prepend|overwrite|write|create|replace|insert|utf-?8|ascii|latin-?1)$/i;

const assignment = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
/** Several assignments on one line (`export HISTSIZE=50000 HISTFILESIZE=100000`), none quoted: each is read as its own line. */
const assignments = /^(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=[^\s'"`]*(?:\s+[A-Za-z_][A-Za-z0-9_]*=[^\s'"`]*)+$/;
/** A shell option turned on or off by name (`shopt -s histappend`, `set -o vi`, zsh's `setopt SHARE_HISTORY`): nothing runs. */
const shellOption = /^(?:shopt\s+-[su]|set\s+[-+]o|setopt|unsetopt)(?:\s+[A-Za-z_]+)+$/;

// History variables are read by value: a size that keeps history or the distributions' HISTCONTROL is a
// setting; a size of 0 or any other value (emptying or hiding the history) is not. A prompt hook that only
// appends, reads or reloads the history (`history -a; history -n`, keeping a hook set before) runs nothing else.
const historySize = /^(?:histsize|histfilesize)$/i;
const keepsHistory = /^(?:[1-9][0-9]*|-1)$/;
const historyControl = /^(?:ignorespace|ignoredups|ignoreboth|erasedups)(?::(?:ignorespace|ignoredups|ignoreboth|erasedups))*$/;
const earlierHook = /\$\{PROMPT_COMMAND:\+\$PROMPT_COMMAND;\s*\}|\$\{?PROMPT_COMMAND\}?/g;
const historyStep = /^history\s+-[anrw]$/;

/** Whether a setting of a history variable or the prompt hook only keeps, reads or shares the history. */
function keepsHistorySetting(name: string, value: string): boolean {
  if (historySize.test(name)) return keepsHistory.test(value);
  if (/^histcontrol$/i.test(name)) return historyControl.test(value);
  if (!/^prompt_command$/i.test(name)) return false;
  const steps = value.replace(earlierHook, '').split(';').map((step) => step.trim()).filter((step) => step !== '');
  return steps.length > 0 && steps.every((step) => historyStep.test(step));
}
const aliasLine = /^alias\s+([A-Za-z0-9_.-]+)=(.*)$/;

/**
 * Variables that name the program a tool starts for the user (their editor, pager, browser): a plain program
 * with plain options (`code --wait`, `less -R`, `delta`) is the user's choice; a shell, an interpreter or a
 * chain there runs something else each time.
 */
const programVariable = /^(?:editor|visual|pager|manpager|git_editor|git_pager|git_sequence_editor|sudo_editor|browser)$/i;
/** Whether `value` names a program the way an editor or pager setting does: a plain command line (see plain-commands.ts), nothing in it that runs another. */
const plainProgramValue = (value: string): boolean => plainCommandLine(value.trim()) && !acts.test(value);

/**
 * A tool's own shell set-up, run on start (`eval "$(starship init bash)"`, `eval "$(/opt/homebrew/bin/brew
 * shellenv)"`, `source <(kubectl completion zsh)`): a program by name or by a system path, a first word that is
 * a subcommand, then plain words: what runs is the text the installed tool prints about itself. A fetcher, a
 * shell or interpreter, or a program that prints text handed to it (a file, a decoded blob) is no such tool.
 */
const toolSetUp = /^(?:eval\s+"\$\(([^"`$()]+)\)"|(?:source|\.)\s+<\(([^`$()]+)\))$/;
const toolSetUpWords = /^(?:[\w.+-]+|\/(?:usr|opt|bin|snap|nix|home|Users)\/[\w./+-]*[\w+-])\s+[a-z][\w-]*(?:\s+(?:-{1,2}[\w-]*(?:=[\w-]+)?|[\w-]+))*$/;
const printsInput = /^(?:cat|tac|echo|printf|head|tail|rev|tr|sed|awk|xxd|od|dd|less|more|base32|base64|openssl|gzip|zcat|gunzip)$/;

/** Whether `line` loads a tool's own shell set-up (see toolSetUp). */
function toolSetUpLine(line: string): boolean {
  const m = toolSetUp.exec(line);
  const command = (m?.[1] ?? m?.[2])?.trim();
  if (command === undefined || !toolSetUpWords.test(command)) return false;
  const program = command.split(/\s+/)[0]!;
  const name = program.slice(program.lastIndexOf('/') + 1).toLowerCase();
  return !printsInput.test(name) && !acts.test(name) && !sharedFolder.test(` ${program}`);
}

/** A zsh or bash array of plain words (`plugins=(git docker kubectl)`, `path=($HOME/bin $path)`). */
const plainArray = /^\((?:\s*[\w.@:+/~{}$-]+)*\s*\)$/;

/** `source FILE` or `. FILE`, after an optional guard that FILE exists (`[ -s FILE ] &&`, `test -f FILE &&`), then an optional comment. */
const sourceLine = /^(?:(?:\[\[?\s+-[sfer]\s+(\S+)\s+\]\]?|test\s+-[sfer]\s+(\S+))\s*&&\s*)?(?:source|\\?\.)\s+(\S+)(?:\s+#.*)?$/;
/** A variable naming an install folder by convention (`NVM_DIR`, `SDKMAN_DIR`, `PYENV_ROOT`, `CARGO_HOME`). */
const folderVariable = /^[A-Z][A-Z0-9_]*_(?:DIR|HOME|ROOT)$/;
/** A file of the user's home: `~/`, `$HOME/` or `${HOME}/`, or a variable the text set to one or named for an install folder, then plain path words. */
const homeFile = /^(?:~|\$HOME|\$\{HOME\}|\$([A-Za-z_][A-Za-z0-9_]*)|\$\{([A-Za-z_][A-Za-z0-9_]*)\})\/[A-Za-z0-9_./-]+$/;

/** A word with one level of quotes removed, or undefined when a quote is left open or the word holds another. */
function unquotedWord(raw: string): string | undefined {
  if (raw[0] === '"' || raw[0] === "'") return raw.length >= 2 && raw[raw.length - 1] === raw[0] && !raw.slice(1, -1).includes(raw[0]) ? raw.slice(1, -1) : undefined;
  return /["'`]/.test(raw) ? undefined : raw;
}

/** Whether `raw` names a file of the user's home that a start-up file may load: no substitution, no climbing out, no shared folder. */
function sourcedHomeFile(raw: string | undefined, homes: ReadonlyMap<string, boolean>): boolean {
  const file = raw === undefined ? undefined : unquotedWord(raw);
  if (file === undefined || file.includes('..')) return false;
  const m = homeFile.exec(file);
  if (m === null) return false;
  const variable = m[1] ?? m[2];
  return variable === undefined || variable === 'HOME' || (homes.get(variable) ?? folderVariable.test(variable));
}

/** The value of an assignment or alias with one level of quotes removed, or undefined when it is not one plain word or quoted string. */
function unquotedValue(raw: string): string | undefined {
  const v = raw.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
    const inner = v.slice(1, -1);
    return inner.includes(v[0]) ? undefined : inner;
  }
  return /\s/.test(v) ? undefined : v;
}

/** Why a line of a start-up file is not a plain setting, or undefined when it is one; `homes`: variables the text set to a folder of the user's home. */
function lineHarm(line: string, homes: Map<string, boolean>): string | undefined {
  const t = line.trim();
  if (t === '' || t.startsWith('#') || callField.test(t) || shellOption.test(t)) return undefined;
  if (assignments.test(t)) {
    for (const word of t.split(/\s+/)) {
      const why = word === 'export' ? undefined : lineHarm(word, homes);
      if (why !== undefined) return why;
    }
    return undefined;
  }
  const set = assignment.exec(t);
  if (set !== null) {
    const name = set[1]!;
    if (plainArray.test(set[2]!.trim()) && !runsLater.test(name)) {
      const words = set[2]!.trim().slice(1, -1).trim().split(/\s+/).filter((w) => w !== '');
      for (const word of words) {
        if (acts.test(word.replace(/\$\{?(?:PATH|path)\}?/g, ''))) return `sets ${name} to a value that runs, chains or fetches something`;
        if (/^path$/i.test(name) && sharedFolder.test(` ${word}`)) return 'puts a folder anyone may write on the PATH';
      }
      return undefined;
    }
    const value = unquotedValue(set[2]!);
    if (value === undefined) return 'sets a variable to more than one value';
    if (programVariable.test(name) && plainProgramValue(value)) return undefined;
    homes.set(name, sourcedHomeFile(`${value}/x`, noHomes));
    if (keepsHistorySetting(name, value)) return undefined;
    if (historySize.test(name) || /^histcontrol$/i.test(name)) return `sets ${name} to a value that empties or hides the history`;
    if (runsLater.test(name)) return `sets ${name}, which the shell or a program runs or obeys later`;
    if (tlsOff.test(`${name}=${value}`)) return `sets ${name}, which switches TLS verification off for every later fetch`;
    if (acts.test(value.replace(/\$\{?PATH\}?/g, ''))) return `sets ${name} to a value that runs, chains or fetches something`;
    if (/^path$/i.test(name) && sharedFolder.test(value)) return 'puts a folder anyone may write on the PATH';
    return undefined;
  }
  const alias = aliasLine.exec(t);
  if (alias !== null) {
    const body = unquotedValue(alias[2]!);
    if (body === undefined) return 'defines an alias it does not quote plainly';
    if (guarded.test(alias[1]!)) return `takes over the name of ${alias[1]!}`;
    if (acts.test(body)) return 'defines an alias that runs, chains or fetches something';
    return undefined;
  }
  if (toolSetUpLine(t)) return undefined;
  const loads = sourceLine.exec(t);
  if (loads !== null && sourcedHomeFile(loads[3], homes)) {
    // The guard, when there is one, tests the file it loads.
    const guard = loads[1] ?? loads[2];
    if (guard === undefined || unquotedWord(guard) === unquotedWord(loads[3]!)) return undefined;
  }
  return 'runs a command in every new shell';
}

const noHomes: ReadonlyMap<string, boolean> = new Map();

/**
 * Why a text written to a shell start-up file is more than settings (see above), as a harm; undefined when
 * every line is a comment, a plain variable or PATH setting, or a plain alias.
 */
export function startUpSettingsHarm(text: string): PlantedHarm | undefined {
  if (text.length > maxText) return { what: 'holds more than the guard reads of a start-up file', evidence: text.slice(0, 120) };
  const homes = new Map<string, boolean>();
  for (const line of text.split(/\r?\n/)) {
    const why = lineHarm(line, homes);
    if (why !== undefined) return { what: why, evidence: line.trim().slice(0, 120) };
  }
  return undefined;
}
