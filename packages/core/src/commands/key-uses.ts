// A key file a command uses without reading it out: the identity ssh, scp and sftp log in with (`-i KEY`,
// `-o IdentityFile=KEY`: the key signs a challenge and never leaves the machine), the keys ssh-add loads
// into the agent, the file ssh-keygen makes or derives a public key from (`-f KEY`), a key's mode made
// private (`chmod 600 KEY`), and the known_hosts file ssh-keyscan appends to. A deploy or a CI step names
// `~/.ssh/deploy_key` this way all day; a command that prints, copies or sends the key names it elsewhere on
// the line (`cat KEY`, `scp KEY host:`), which stays a credential file's path. Also the folder mkdir makes
// (`mkdir -p ~/.ssh` reads nothing), and the key files a here-document written to the ssh client config names
// (`IdentityFile KEY`: ssh signs with it later; that text is judged by the config's reader, paths/ssh-settings.ts).

import { nextCommandWord, type WordSpan } from './command-words.js';

/** A program that uses keys this way, as a word (also inside quotes: `GIT_SSH_COMMAND="ssh -i KEY"`). */
const program = /(?<![\w./-])(ssh|scp|sftp|autossh|ssh-copy-id|ssh-add|ssh-keygen|ssh-keyscan|chmod|mkdir)(?![\w.-])/g;
/** Options of ssh-add that take a value (not a key file). */
const addValueOptions = new Set(['-t', '-E', '-S', '-h', '-H']);
/** A mode that keeps a file from everyone but its owner: octal with no group or other bits, or taking them away. */
const privateMode = /^(?:0?[0-7]00|(?:(?:go|og|g|o|a)-[rwx]+|u[+=][rwx]*)(?:,(?:(?:go|og|g|o|a)-[rwx]+|u[+=][rwx]*))*)$/;
const isSpace = (c: string): boolean => c === ' ' || c === '\t';
const endsCommand = (c: string): boolean => c === ';' || c === '&' || c === '|' || c === '\n' || c === '\r' || c === '(' || c === ')' || c === '`';

/**
 * The spans (start, end) of `text` that name key files one of these commands uses, in order. One pass: each
 * command's words are read once, up to the end of that command (or of the quotes it started in).
 */
export function keyUseSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const read: WordSpan = { start: 0, end: 0 };
  program.lastIndex = 0;
  for (let m = program.exec(text); m !== null; m = program.exec(text)) {
    const name = m[1]!;
    // A command inside quotes (an environment value, `-e "ssh -i KEY"`) ends at its closing quote.
    const before = text[m.index - 1];
    const closer = before === '"' || before === "'" ? before : '';
    let i = m.index + m[0].length;
    let want: 'key' | 'value' | 'mode' | '' = name === 'chmod' ? 'mode' : '';
    let redirect = false;
    const stops = closer === '' ? endsCommand : (c: string): boolean => c === closer || endsCommand(c);
    for (let next = nextCommandWord(text, i, stops, read); next >= 0; next = nextCommandWord(text, i, stops, read)) {
      i = next;
      const { start, end } = read;
      const word = text.slice(start, end);
      if (word === '>>' || word === '>') {
        redirect = true;
        continue;
      }
      if (redirect) {
        // ssh-keyscan's output appended to known_hosts: host keys trusted, no secret read.
        if (name === 'ssh-keyscan' && /(?:^|\/)known_hosts$/.test(word)) spans.push([start, end]);
        redirect = false;
        continue;
      }
      if (want === 'key') {
        spans.push([start, end]);
        want = '';
        continue;
      }
      if (want === 'value') {
        want = '';
        continue;
      }
      if (want === 'mode') {
        // A mode that opens the key to others is no keeping private: its files are not taken.
        if (!privateMode.test(word)) break;
        want = '';
        continue;
      }
      if (name === 'ssh-add') {
        if (addValueOptions.has(word)) want = 'value';
        else if (!word.startsWith('-')) spans.push([start, end]);
      } else if (name === 'chmod' || name === 'mkdir') {
        if (!word.startsWith('-')) spans.push([start, end]);
      } else if (name === 'ssh-keygen') {
        if (word === '-f') want = 'key';
        else if (word.startsWith('-f') && word.length > 2) spans.push([start + 2, end]);
      } else if (word === '-i') {
        want = 'key';
      } else if (word.startsWith('-i') && word.length > 2 && !word.startsWith('-i=')) {
        spans.push([start + 2, end]);
      } else if (word === '-o') {
        want = 'value';
        const next = identityOption(text, i);
        if (next !== undefined) spans.push(next);
      } else if (/^-oidentityfile=/i.test(word)) {
        spans.push([start + word.indexOf('=') + 1, end]);
      }
    }
    program.lastIndex = Math.max(program.lastIndex, i);
  }
  if (text.includes('.ssh/config')) sshConfigHeredocs(text, spans);
  return spans;
}

/** A writer of a here-document (`cat`, `tee`), as a word. */
const heredocWriter = /(?<![\w./-])(?:cat|tee)\b/i;
/** The here-document's delimiter after `<<`. */
const heredocDelimiter = /^<<-?\s*["']?(\w+)/;

/**
 * Adds the bodies of here-documents written to the ssh client config (`cat >> ~/.ssh/config <<'EOF'`, `tee -a
 * …`, on one line) to `spans`, in order. Read line by line with plain searches: one pattern that looked for the
 * writer, the path and the `<<` at once backtracked over a long line's slashes (its length squared).
 */
function sshConfigHeredocs(text: string, spans: [number, number][]): void {
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    if (newline < 0) break;
    const line = text.slice(from, newline);
    from = newline + 1;
    const config = line.toLowerCase().indexOf('/.ssh/config');
    const heredoc = config < 0 ? -1 : line.indexOf('<<', config);
    if (heredoc < 0) continue;
    // The writer is in the same command as the path: no `;`, `&` or `|` between them.
    const command = line.slice(0, config);
    const writer = command.slice(Math.max(command.lastIndexOf(';'), command.lastIndexOf('&'), command.lastIndexOf('|')) + 1);
    const delimiter = heredocDelimiter.exec(line.slice(heredoc));
    if (!heredocWriter.test(writer) || delimiter === null) continue;
    const close = new RegExp(`^[\\t ]*${delimiter[1]!}[\\t ]*$`, 'm').exec(text.slice(from));
    const end = close === null ? text.length : from + close.index;
    spans.push([from, end]);
    from = end;
  }
  spans.sort((a, b) => a[0] - b[0]);
}

/** The file of an `IdentityFile=FILE` word after `-o` (from `at`), or undefined. */
function identityOption(text: string, at: number): [number, number] | undefined {
  let i = at;
  while (i < text.length && isSpace(text[i]!)) i++;
  const m = /^["']?identityfile[= ]["']?([^\s"';&|]+)/i.exec(text.slice(i, i + 2100));
  if (m === null) return undefined;
  const start = i + m[0].length - m[1]!.length;
  return [start, start + m[1]!.length];
}
