import { wideBase64Text } from '../text/encoded-prose.js';

// PowerShell's -EncodedCommand (any prefix of it PowerShell accepts: -e, -ec, -en, -enc …, after `-`, `--`
// or `/`) takes a script as base64 of its UTF-16LE text. Legitimate tools use it to pass a script without
// quoting trouble, and attackers to hide one, so the flag alone says nothing: what it decodes to is the
// script that runs, and is judged as if written with -Command. A payload that is no such text hides what runs.

/** An -EncodedCommand option word, in any case. */
export const encodedCommandOption = /^(?:--?|\/)e(?:c|n(?:c(?:o(?:d(?:e(?:d(?:c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?)?)?)?)?)?)?)?$/i;

/** PowerShell's program names (a path and `.exe` stripped). */
export const isPowerShell = (name: string): boolean => /^(?:powershell|pwsh)(?:\.exe)?$/i.test(name.slice(name.search(/[^\\/]*$/)));

/** The script an -EncodedCommand payload spells, or undefined when it spells none (not base64 of UTF-16LE text). */
export const decodedEncodedCommand = (payload: string): string | undefined => wideBase64Text(payload);

// A PowerShell line with an encoded command, in a command's text: the program word, any words, the option,
// its payload; the words between are bounded, so a line of many program words is read in linear time.
const encodedInLine = /\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,512}?\s(?:--?|\/)e(?:c|n[a-z]*)?\s+['"]?([A-Za-z0-9+/]{8,}={0,2})/gi;
/** Most encoded commands read out of one text. */
const maxScripts = 4;

/** The scripts that the PowerShell -EncodedCommand payloads of a command's text decode to (payloads that spell none are left out). */
export function encodedCommandScripts(text: string): string[] {
  const scripts: string[] = [];
  if (!/powershell|pwsh/i.test(text)) return scripts;
  encodedInLine.lastIndex = 0;
  for (let m = encodedInLine.exec(text); m !== null && scripts.length < maxScripts; m = encodedInLine.exec(text)) {
    const option = m[0].slice(0, m[0].length - m[1]!.length).replace(/['"]$/, '').trim().split(/\s+/).at(-1)!;
    if (!encodedCommandOption.test(option)) continue;
    const script = decodedEncodedCommand(m[1]!);
    if (script !== undefined) scripts.push(script);
  }
  return scripts;
}

// PowerShell's other parameters take any unambiguous prefix too, in any case: `-c`, `-Com` and `-Command` are
// one, and so are `-w hidden` and `-WindowStyle Hidden`. Read as another interpreter's options, the value of
// -WindowStyle or -ExecutionPolicy looked like the script, and the command after it was never read.

/** Parameters that take the next word as their value (or `-name:value`), by their full names and their aliases. */
const valueParameters = ['windowstyle', 'executionpolicy', 'version', 'psconsolefile', 'outputformat', 'inputformat', 'configurationname', 'workingdirectory', 'custompipename', 'settingsfile', 'encodedarguments'];
const valueAliases = new Set(['w', 'ep', 'ex', 'v', 'o', 'of', 'if', 'wd', 'config', 'settings', 'ea']);
const parameter = /^(?:--?|\/)([a-z]+)(?::(.*))?$/is;
/** Whether `word` (lower case, no dash) is `full` or a prefix of it of `least` letters or more. */
const prefixOf = (word: string, full: string, least: number): boolean => word.length >= least && full.startsWith(word);

/**
 * What a PowerShell command line runs, from its arguments (after the program): the -Command text (the words
 * after it, joined as PowerShell joins them), or the -File script; with neither, the first word that is no
 * parameter is the command for Windows PowerShell and the script for pwsh (their defaults differ).
 */
export function powerShellRun(name: string, args: readonly string[]): { readonly code?: string; readonly script?: string } {
  for (let i = 0; i < args.length; i++) {
    const m = parameter.exec(args[i]!);
    if (m === null) return /pwsh/i.test(name) ? { script: args[i]! } : { code: args.slice(i).join(' ') };
    const word = m[1]!.toLowerCase();
    if (prefixOf(word, 'command', 1)) return { code: m[2] ?? args.slice(i + 1).join(' ') };
    if (prefixOf(word, 'file', 1)) return m[2] !== undefined ? { script: m[2] } : i + 1 < args.length ? { script: args[i + 1]! } : {};
    if (m[2] === undefined && (valueAliases.has(word) || valueParameters.some((p) => prefixOf(word, p, 3)))) i++;
  }
  return {};
}
