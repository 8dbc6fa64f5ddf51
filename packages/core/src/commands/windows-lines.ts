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
