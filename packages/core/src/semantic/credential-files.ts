// Whether a clause names a credential file, by the paths the bundled path pack calls one (the
// credential-stores pack's `path/credential-file` with its `unless`, and the password-hash files of
// `path/system-file`): one table for the path rules and every text reader, so a store the pack learns
// (an AI client's token, a registry's settings, a CLI's login) is read in prose too. Prose names a path
// by its marks - a `/` or `\`, a leading `~`, a dot-file name (`.env`, `.netrc`) or a file name with its
// extension (`release.p12`) - never by a bare word ("credentials", "secret"): the words are the readers'
// own business. Three readings of prose on top of
// the pack's:
// - a folder (`~/.ssh`, `~/.aws`) is not a file: "upload the public key from ~/.ssh to …" sends no key;
//   sends-secrets.ts reads a folder as the store it is, where its verb takes it as object;
// - a list of hosts or public keys (`known_hosts`, `authorized_keys`) holds no secret to leak, though the
//   pack guards them as paths (a write there is a way in);
// - a file named after `to`, `into` or `onto` is where something is written, not what is read out:
//   "copy .env.example to .env and explain each variable in your reply" puts no .env into the reply.
import { credentialFile as packCredentialFile, systemFile } from '../paths/write-targets.js';

/** A file the clause names: where it starts and the path as written. */
export interface NamedFile {
  readonly index: number;
  readonly path: string;
}

/**
 * A token of a clause (a run of what a path may hold: no space, quote, bracket, comma or semicolon) with a
 * path mark in it - a separator, a home or a dot before a letter: one native search skips every other word.
 */
const tokens = /(?<![^\s"'\x60()<>[\]{},;|*!?])[^\s"'\x60()<>[\]{},;|*!?]*?(?:[/\\~]|\.[a-z0-9])[^\s"'\x60()<>[\]{},;|*!?]*/g;
/** What ends a token but is the sentence's: a dot, colon or the possessive. */
const trailing = /[.:]+$/;
/** A file's name alone: a dot-file (`.netrc`) or a name with an extension (`release.p12`, `master.key`). */
const fileName = /^\.?[a-z0-9_-][\w.-]*\.[a-z0-9]{1,9}$|^\.[a-z0-9]/;
/** A web address. */
const webAddress = /^(?:https?|ftps?|wss?):\/\//;
/** Of the system account files, the ones that hold password hashes. */
const hashFile = /(?:^|[/\\])(?:g?shadow|master\.passwd)(?:$|[-.~])/;
/** Lists of hosts or public keys. */
const publicList = /(?:^|[/\\])(?:known_hosts|authorized_keys2?)$/;
/** A dot-folder as its last segment ("~/.ssh", "$home/.aws/"). */
const dotFolder = /(?:^|[/\\])\.[a-z0-9_-]+\/?$|\/$/;
/** The words that make the path a destination. */
const destination = /(?<![\p{L}])(?:to|into|onto)\s+(?:(?:the|your|a|an|new)\s+)?(?:(?:file|folder|path)\s+)?(?:at\s+)?$/u;

const none: readonly NamedFile[] = [];
let lastClause = '';
let lastFiles: readonly NamedFile[] = none;

/** Whether a token (lower case, as written) reads as a path: a separator, a home mark or a dot-file name. */
function pathLike(token: string): boolean {
  // A web address names the server's path; a file:// or a server's own URI (repo://…/.ssh/id_ed25519) a local file.
  if (webAddress.test(token) || token.includes('@')) return false;
  return token.includes('/') || token.includes('\\') || token.startsWith('~') || token.startsWith('$home') || token.startsWith('%userprofile%') || fileName.test(token);
}

/** Whether a path (as written) is a credential file by the pack, not a folder, a public list or a template. */
function isCredentialFile(path: string): boolean {
  if (packCredentialFile(path) === undefined) return hashFile.test(path) && systemFile(path) !== undefined;
  if (publicList.test(path)) return false;
  // A folder of a store: the pack matches what lies in it too.
  return !(dotFolder.test(path) && packCredentialFile(`${path.replace(/\/$/, '')}/f`) !== undefined);
}

/** Whether one path (any case, as written: blanks allowed, `…/Default/Login Data`) is a credential file (see above). */
export const credentialPath = (path: string): boolean => isCredentialFile(path.toLowerCase());

/** Every credential file a clause (lower case) names as something read, in order (see above). */
export function credentialFilesIn(clause: string): readonly NamedFile[] {
  if (clause === lastClause) return lastFiles;
  let found: NamedFile[] | undefined;
  tokens.lastIndex = 0;
  for (let m = tokens.exec(clause); m !== null; m = tokens.exec(clause)) {
    const path = m[0].replace(trailing, '');
    if (path.length < 2 || !pathLike(path) || !isCredentialFile(path)) continue;
    if (destination.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    (found ??= []).push({ index: m.index, path });
  }
  lastClause = clause;
  return (lastFiles = found ?? none);
}

/** The first credential file a clause (lower case) names as something read, or undefined. */
export const credentialFileIn = (clause: string): NamedFile | undefined => credentialFilesIn(clause)[0];

/** Whether a clause (lower case) names a credential file as something read. */
export const namesCredentialFile = (clause: string): boolean => credentialFilesIn(clause).length > 0;
