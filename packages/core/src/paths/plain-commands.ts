import { strayProgram } from './editor-files.js';

// A command line a config names for a tool to start (git's pager, cargo's runner, an editor): one program
// by name or by path with plain words, or a pipeline of such (`diff-so-fancy | less -RFX`), is a tool the
// user installed; a shell, an interpreter, a fetcher or a program kept where anyone writes runs something
// the config does not show.

/** A stage of a plain command line: a program by name or path, then words without quotes, substitutions or operators. */
const plainStage = /^[\w./~+-]+(?:\s+[\w.,:=%/~+@{}-]+)*$/;
/** Programs that run or send what they are given rather than doing a tool's one job. */
const runsGiven = /^(?:sh|bash|dash|zsh|ksh|fish|pwsh|powershell|cmd|python\d*(?:\.\d+)?|node|perl|ruby|php|lua|osascript|curl|wget|nc|ncat|netcat|socat|telnet|base64|xxd|eval|exec|env|xargs)$/;

/** Whether `value` is one plain command or a pipeline of them, none a shell, interpreter or fetcher, none kept where anyone writes. */
export function plainCommandLine(value: string): boolean {
  if (value.includes('||')) return false;
  return value.split('|').every((raw) => {
    const stage = raw.trim();
    if (!plainStage.test(stage)) return false;
    const program = stage.split(/\s+/)[0]!;
    return !runsGiven.test(program.slice(program.lastIndexOf('/') + 1).toLowerCase()) && !strayProgram.test(program);
  });
}
