// Text a computer-use call types into a terminal window is a command line the shell there runs (on the
// newline, or the Enter the agent presses next): `{ action: 'type', text: 'curl … | sudo bash\n', window:
// 'Terminal' }` is that line run. A field named `text` is otherwise read as prose, so the line is handed
// back here to be judged as the command it is. Typed into a notes app, a browser or a chat, it is text.

/** Actions of a computer-use tool that type text. */
const typeActions = new Set(['type', 'typetext', 'type_text', 'keyboard_type', 'input_text', 'inputtext', 'write', 'keys', 'send_keys', 'sendkeys']);
/** Fields naming the window or app the text goes to. */
const windowKeys = ['window', 'app', 'application', 'target', 'focus', 'windowtitle', 'window_title', 'appname', 'app_name'];
/** Terminal emulators and shells' windows, by a word of their name (lower case). */
const terminal = /(?:^|[^a-z])(?:terminal|iterm2?|warp|alacritty|kitty|konsole|xterm|gnome-terminal|tilix|wezterm|powershell|pwsh|cmd(?:\.exe)?|command prompt|bash|zsh)(?:[^a-z]|$)/;
const textKeys = ['text', 'keys', 'input', 'value', 'content'];
const maxText = 4096;

/**
 * The lines a call types into a terminal window, or undefined when it types nothing there. Called for a call
 * with an `action` field, or one whose tool's name has the word `type` (`namedType`, from tool-names.ts).
 */
export function typedTerminalLines(args: unknown, namedType: boolean): readonly string[] | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const record = args as Record<string, unknown>;
  const action = record['action'];
  const typing = typeof action === 'string' ? typeActions.has(action.toLowerCase()) : namedType;
  if (!typing) return undefined;
  const into = windowKeys.map((k) => record[k]).find((v): v is string => typeof v === 'string');
  if (into === undefined || !terminal.test(into.toLowerCase())) return undefined;
  const text = textKeys.map((k) => record[k]).find((v): v is string => typeof v === 'string');
  if (text === undefined || text.length > maxText) return undefined;
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}
