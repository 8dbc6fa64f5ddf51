import { shellQuoted } from '../commands/shell-words.js';
import type { CommandJudge, PlantedHarm } from './editor-files.js';
import { plainCommandLine } from './plain-commands.js';

// What a Neovim or Vim config written by a call (init.lua, a lua module under ~/.config/nvim, .vimrc) makes
// the editor start. The config is code the editor runs on every start; what reaches the machine is the
// commands it hands out: a language server's `cmd = { … }` (started for every file of its language), and
// `vim.fn.system`, `vim.fn.jobstart`, `vim.system`, `os.execute`, `io.popen` with a string or a list of words.
// A server started by name (`{ 'pyright-langserver', '--stdio' }`) and a plugin manager cloned with git pass;
// a server command that is a shell or an interpreter wraps the server with something else, and any command
// the command analysis finds harmful is harm wherever it sits.

const maxText = 262_144;
/** `cmd = {` or a call that runs a command, then its argument: a table of strings or one string. */
const handOut = /(\bcmd\s*=\s*|\b(?:vim\.fn\.system|vim\.fn\.jobstart|vim\.fn\.termopen|vim\.system|os\.execute|io\.popen|system|jobstart)\s*\(\s*)(\{[^{}]{0,4000}\}|"(?:[^"\\\n]|\\.){0,4000}"|'(?:[^'\\\n]|\\.){0,4000}'|\[\[[\s\S]{0,4000}?\]\])/g;
const item = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|\[\[([\s\S]*?)\]\]/g;

/** The harm a Neovim or Vim config text plants, or undefined when the commands it hands out are ordinary. */
export function editorScriptHarm(text: string, judge: CommandJudge): PlantedHarm | undefined {
  if (text.length > maxText) return { what: 'is too long to read', evidence: text.slice(0, 120) };
  for (const m of text.matchAll(handOut)) {
    const arg = m[2]!;
    const words = [...arg.matchAll(item)].map((w) => (w[1] ?? w[2] ?? w[3]!).replace(/\\(["'\\])/g, '$1'));
    if (words.length === 0) continue;
    const table = arg.startsWith('{');
    const line = table ? words.map(shellQuoted).join(' ') : words[0]!;
    const evidence = m[0].slice(0, 120);
    const found = judge(line);
    if (found !== undefined) return { what: `makes the editor run: ${found.message}`, evidence };
    // A language server's command is one program the editor talks to over stdio: a shell there runs more.
    if (m[1]!.startsWith('cmd') && table && !plainCommandLine(words.join(' '))) {
      return { what: 'starts a language server through a shell, an interpreter or a program of no known place', evidence };
    }
  }
  return undefined;
}
