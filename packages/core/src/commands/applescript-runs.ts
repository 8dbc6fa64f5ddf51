// What `osascript -e SCRIPT` runs: AppleScript's `do shell script EXPR` hands a shell a line built from string
// literals joined by `&` (a variable in between is a value the script holds), and `display dialog … default
// answer "" with hidden answer` is a password field: what the user types there is a secret. A script that asks
// so and puts the answer into a line that reaches the network sends the user's password away.

/** The lines a script's `do shell script` expressions hand the shell, each variable part as `$V`. */
export function shellScriptLines(script: string): string[] {
  const out: string[] = [];
  for (const m of script.matchAll(/\bdo shell script\s+((?:"(?:[^"\\\n]|\\.)*"|[^"\n])+)/gi)) {
    // Stop at the script's own clauses (`with administrator privileges`, a closing bracket of the caller).
    const expr = m[1]!.replace(/\s+(?:with|without|as|user name|password|altering)\b(?![^"]*")[\s\S]*$/i, '');
    let line = '';
    for (const part of expr.matchAll(/"((?:[^"\\]|\\.)*)"|([^"&]+)/g)) {
      if (part[1] !== undefined) line += part[1].replace(/\\(["\\])/g, '$1');
      else if (part[2]!.trim() !== '' && !/^\s*\)+\s*$/.test(part[2]!)) line += '$V';
    }
    if (line.trim() !== '') out.push(line);
  }
  return out;
}

/** Whether a script shows a dialog whose answer field hides what is typed (a password field). */
export const asksHiddenAnswer = (script: string): boolean => /\bdisplay dialog\b[^\n]*\bhidden answer\b/i.test(script);

/** The scripts of `osascript -e S1 -e S2 …`, joined by line breaks (one script; a file operand is not read). */
export function osascriptText(args: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '-e' && args[i + 1] !== undefined) parts.push(args[++i]!);
  return parts.length > 0 ? parts.join('\n') : undefined;
}
