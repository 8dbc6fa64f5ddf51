// The message of a commit or a tag given on the command line (`git commit -m "…"`, `git tag -a v1 -m '…'`):
// prose the command stores, not a path it opens. A commit message that names `~/.ssh/id_rsa` or
// `/etc/shadow` (a change to how such paths are checked) reads no such file. A message that runs a
// command (`"$(cat ~/.ssh/id_rsa)"`, backquotes) is no prose: it is read as the rest of the line.

/** A git command that takes a message argument. */
const messageCommand = /\bgit\s+(?:-[cC]\s+\S+\s+)*(?:commit|tag|merge|revert|notes\s+(?:add|append)|stash\s+(?:push|save))\b/g;
/** An option whose next word is the message: `-m`, `--message`, or short options ending in m (`-am`). */
const messageOption = /^(?:-[a-z]*m|--message)$/i;
const isSpace = (c: string): boolean => c === ' ' || c === '\t';
const endsCommand = (c: string): boolean => c === ';' || c === '&' || c === '|' || c === '\n' || c === '\r' || c === '(' || c === ')';

/**
 * The spans (start, end) of `text` inside the quotes of each message argument of a git command, in order.
 * One pass: each command's words are read once, up to the end of that command.
 */
export function commitMessageSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  messageCommand.lastIndex = 0;
  for (let m = messageCommand.exec(text); m !== null; m = messageCommand.exec(text)) {
    let i = m.index + m[0].length;
    let wantsMessage = false;
    while (i < text.length) {
      while (i < text.length && isSpace(text[i]!)) i++;
      if (i >= text.length || endsCommand(text[i]!)) break;
      const start = i;
      const quote = text[i] === '"' || text[i] === "'" ? text[i]! : '';
      if (quote !== '') {
        i++;
        while (i < text.length && text[i] !== quote) i += quote === '"' && text[i] === '\\' ? 2 : 1;
        const inner = text.slice(start + 1, Math.min(i, text.length));
        // Double quotes run what they substitute: such a message is not prose.
        if (wantsMessage && !(quote === '"' && (inner.includes('$(') || inner.includes('`')))) spans.push([start + 1, Math.min(i, text.length)]);
        i++;
        wantsMessage = false;
        continue;
      }
      while (i < text.length && !isSpace(text[i]!) && !endsCommand(text[i]!)) i++;
      const word = text.slice(start, i);
      wantsMessage = messageOption.test(word);
    }
    messageCommand.lastIndex = Math.max(messageCommand.lastIndex, i);
  }
  return spans;
}
