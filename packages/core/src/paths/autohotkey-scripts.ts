import type { PlantedHarm } from './editor-files.js';

// An AutoHotkey script written to the Startup folder runs at every login: judged by what it does rather than by
// its place. Text shortcuts (hotstrings that type a signature, hotkeys that send keys, a date formatted and
// typed) are the script's everyday use. A script that captures what the user types or copies (InputHook, v1's
// Input command, OnClipboardChange), reads other windows' text, runs a program or a DLL, talks COM (an HTTP
// request, a shell object), downloads, writes, moves or deletes files or registry keys, or pulls in other code
// (#Include) is persistence doing more than typing, and keeps the place's verdict. Linear in the text: each
// line is read once by an anchored pattern; past `maxText` the place is judged.

const maxText = 262_144;

/** A hotstring (`:opts:abbr::replacement`): its replacement is literal text unless the X option runs it as code. */
const hotstring = /^\s*:([^:\n]{0,40}):[^\n]*?::/;
/**
 * A built-in that does more than type: called as a function (`Run(`), or as a v1 command or v2 statement at the
 * start of a line, of a hotkey's body (`#n::Run …`), of a block, or as an assigned value (`ih := InputHook(`).
 * Comments are read too: one that reads as a call is rare, and skipping them would let a `;` hide a call.
 */
const acts = /(?:^|::|[{([,=]|=>)\s*(#include(?:again)?|run(?:wait)?|dllcall|comobj(?:ect|create|get|active)?|download|urldownloadtofile|inputhook|input|onclipboardchange|file(?:append|copy|move|delete|recycle|open|install|removedir)|dir(?:copy|move|delete|create)|reg(?:write|delete|create(?:key)?)|iniwrite|(?:win|control)gettext|shutdown|process(?:close)?|(?:send|post)message)\b(?=\s*[(,]|\s+[^\s=:.]|\s*$)|(%)[^%\n]{0,200}%\s*\(/;

/** What an AutoHotkey script does beyond typing text, or undefined for a script of text shortcuts and key sends. */
export function autoHotkeyHarm(text: string): PlantedHarm | undefined {
  if (text.length > maxText) return { what: 'is too long to read', evidence: text.slice(0, 120) };
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.toLowerCase();
    const shortcut = hotstring.exec(line);
    // A hotstring's replacement is what it types: not code, unless its options hold X (execute) or it opens a
    // block (v2's `::abbr:: {` starts a function body).
    if (shortcut !== null) {
      line = line.slice(shortcut[0].length);
      if (!shortcut[1]!.includes('x') && !line.trimStart().startsWith('{')) continue;
    }
    const found = acts.exec(line);
    // A dynamic call (`%name%(…)`) hides which function it is.
    if (found !== null) return { what: `runs at every login and does more than type text (${found[1] ?? 'a function called by a computed name'})`, evidence: raw.trim().slice(0, 120) };
  }
  return undefined;
}
