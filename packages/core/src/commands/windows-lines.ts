// A command line written for cmd.exe or PowerShell: there a backslash separates a path's folders and escapes
// nothing (`copy %USERPROFILE%\.ssh\id_ed25519 \\host\share\`). Read as a POSIX shell reads it, every such
// path loses its separators (`%USERPROFILE%.sshid_ed25519`) and no reader sees the file or the share. A line
// that names a Windows path (a drive, an environment variable or a UNC host, then a backslash and a name) is
// read with its backslashes as slashes; `\"` is kept, the quote inside a quoted argument both shells write.

const windowsPath = /(?:^|[\s"'=(,;|&>])(?:[a-z]:|%[a-z_][\w()]*%|\$env:[a-z_]\w*|\\\\[\w.$-]+)\\[\w.$%~ -]/i;

/** Whether `line` is written for cmd.exe or PowerShell: it names a path with backslashes as Windows spells one. */
export const writtenForWindows = (line: string): boolean => line.includes('\\') && windowsPath.test(line);

/** `line` with its backslashes read as path separators (but the one before a quote). */
export const windowsSeparators = (line: string): string => line.replace(/\\(?!")/g, '/');

/** `line` as the command readers read it: with slashes when it is written for Windows, else as it is. */
export const asWindowsRead = (line: string): string => (writtenForWindows(line) ? windowsSeparators(line) : line);

// Copy programs of Windows and PowerShell, and where their destination is: the last operand, or -Destination.
const copiers = new Set(['copy', 'xcopy', 'robocopy', 'move', 'copy-item', 'cpi', 'move-item', 'mi']);
/** A UNC path (`//host/share/…` once backslashes are slashes) to a host other than this machine. */
const otherMachine = /^\/\/(?!(?:localhost|127\.0\.0\.1|\[::1\]|\.|\?)\/)[\w.$-]+\/[^/]/i;

/**
 * The files a copy sends to another machine's share (`copy FILE \\host\share\`, `robocopy DIR \\host\share FILE`,
 * `Copy-Item -Path FILE -Destination \\host\share`): the sources, or undefined when the copy stays on this machine.
 * Read with backslashes as slashes (windows-lines.ts).
 */
export function copiedToShare(name: string, args: readonly string[]): readonly string[] | undefined {
  if (!copiers.has(name)) return undefined;
  const named = args.findIndex((a) => /^-destination$/i.test(a));
  const operands: string[] = [];
  let destination: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (i === named) {
      destination = args[++i];
      continue;
    }
    // Options: /Y, /E, -Recurse, -Force; -Path takes the next word as a source.
    if (/^-path$|^-literalpath$/i.test(a)) continue;
    if (/^[/-][a-z][\w:]*$/i.test(a) && !a.startsWith('//')) continue;
    operands.push(a);
  }
  if (destination === undefined) {
    // robocopy SOURCE DEST [FILE…]: the files are named inside SOURCE.
    if (name === 'robocopy' && operands.length >= 2) {
      const [source, dest, ...files] = operands as [string, string, ...string[]];
      return otherMachine.test(dest) ? (files.length > 0 ? files.map((f) => `${source.replace(/\/?$/, '/')}${f}`) : [source]) : undefined;
    }
    destination = operands.pop();
  }
  return destination !== undefined && otherMachine.test(destination) && operands.length > 0 ? operands : undefined;
}
