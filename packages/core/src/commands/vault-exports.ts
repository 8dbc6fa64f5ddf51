// A password manager's vault exported in clear text into a folder others read: a synced cloud folder (Dropbox,
// Google Drive, OneDrive, iCloud Drive, Box), a public one (~/Public, Dropbox's Public) or a web root. Every
// login of the user is then in a file that leaves the machine. An encrypted export (`bw export --format
// encrypted_json`, KeePassXC's own database format) and a clear one kept in a local folder (~/Backups) pass.
import { optionArgument, type OptionParsing } from './option-arguments.js';
import type { Redirect } from './shell-words.js';

/** Options of an export that name its output file. */
const outputOptions = ['--output', '-o'];
/** The first given, `-o v` and `-o=v` as well as `--output v` and `--output=v`, quotes removed. */
const exportOptions: OptionParsing = { shortEquals: true, unquote: true };
/** Folders whose files are synced away or served: the path's words are read lower case. */
const sharedFolder = /(?:^|[/\\])(?:dropbox(?:\s*\([^)]*\))?|google ?drive|my ?drive|onedrive(?:\s*-[^/\\]*)?|icloud ?drive|mobile documents|box(?: sync)?|public|public_html|sites|htdocs|www)(?:[/\\]|$)/i;

/**
 * What a line exports in clear text into a shared folder (a sentence), or undefined: `bw export` in CSV or
 * JSON (its default is CSV) and `keepassxc-cli export` (XML or CSV), with an output in such a folder.
 * `program`: the program's name; `args`: the words after it; `redirects`: the line's.
 */
export function plainVaultExport(program: string, args: readonly string[], redirects: readonly Redirect[]): string | undefined {
  if (args[0] !== 'export' || (program !== 'bw' && program !== 'keepassxc-cli')) return undefined;
  const format = optionArgument(args, ['--format', '-f'], exportOptions)?.toLowerCase();
  if (format !== undefined && (format.startsWith('encrypted') || format === 'kdbx')) return undefined;
  // bw writes where --output says; keepassxc-cli prints, and the shell writes what it prints.
  const output = (program === 'bw' ? optionArgument(args, outputOptions, exportOptions) : undefined) ?? redirects.find((r) => r.op === '>' || r.op === '>>' || r.op === '&>')?.target;
  if (output === undefined || !sharedFolder.test(output)) return undefined;
  return `the password vault exported unencrypted to ${output}, a folder that is synced or served`;
}
