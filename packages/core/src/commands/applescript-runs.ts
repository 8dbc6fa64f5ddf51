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

/** A loop over every chat or message of Messages or Mail: `repeat with c in chats`, `repeat with m in (every message of inbox)`. */
const everyItemLoop = /\brepeat with \w+ in (?:\(?\s*(?:every|all)\s+)?(?:chats|messages|(?:every |all )?(?:chat|message)s?\b)/i;
/** A send inside the script: Messages' `send … to buddy`/`participant`, Mail's outgoing message or `forward`. */
const sendsOn = /\bsend\b[^\n]{0,200}?\bto\s+(?:buddy|participant|chat)\b|\bmake new outgoing message\b|\bforward\s+\w+\b|\bmake new to recipient\b/i;

/**
 * Whether a script sends every chat's or message's text on from Messages or Mail (`tell application "Messages"`,
 * `repeat with c in chats`, `send (text of last message of c) to buddy target`): the user's correspondence,
 * forwarded in bulk to one recipient. A script that sends one message it writes passes.
 */
export function forwardsEveryMessage(script: string): boolean {
  if (!/tell application "(?:messages|mail)"/i.test(script)) return false;
  const loop = everyItemLoop.exec(script);
  return loop !== null && sendsOn.test(script.slice(loop.index));
}
