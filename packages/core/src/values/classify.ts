import { Kind } from './kinds.js';

// Argument names split into words (camelCase, snake_case, kebab-case) and matched word by word, so
// `targetPath`, `source_file` and `cmdline` all speak for themselves.
const pathWords = new Set([
  'path', 'paths', 'file', 'files', 'filename', 'filepath', 'filenames', 'dir', 'dirs', 'directory',
  'directories', 'folder', 'dest', 'destination', 'src', 'source', 'target', 'root', 'cwd', 'location',
  'mount', 'volume', 'output', 'outfile', 'infile', 'pathname', 'workdir', 'basedir', 'glob', 'pattern',
]);
const urlWords = new Set([
  'url', 'urls', 'uri', 'uris', 'link', 'href', 'endpoint', 'host', 'hostname', 'domain', 'address',
  'webhook', 'callback', 'proxy', 'origin', 'site', 'ip', 'server', 'redirect', 'baseurl', 'website', 'remote',
]);
const commandWords = new Set([
  'command', 'commands', 'cmd', 'cmdline', 'commandline', 'shell', 'script', 'exec', 'execute', 'run',
  'code', 'bash', 'sh', 'powershell', 'pwsh', 'expression', 'expr', 'args', 'argv', 'program', 'snippet',
  'eval', 'query', 'sql', 'statement',
]);
const textWords = new Set([
  'prompt', 'prompts', 'query', 'message', 'messages', 'text', 'content', 'body', 'instruction',
  'instructions', 'question', 'input', 'description', 'note', 'notes', 'comment', 'system', 'q', 'search',
  'msg', 'task', 'goal', 'request', 'chat', 'context', 'summary', 'title', 'subject', 'answer', 'reply',
  'response', 'document', 'data', 'value', 'reason',
  // What an edit writes into a file (old_string/new_string, oldText/newText, a patch): text, whatever it quotes.
  'oldstring', 'newstring', 'oldstr', 'newstr', 'contents', 'patch', 'diff', 'replacement', 'markdown',
]);

const cache = new Map<string, number>();
// Each word of the sets with the kinds it speaks for (one look-up per word); no longer word speaks for any.
const kindsByWord = new Map<string, number>();
for (const [set, kind] of [[pathWords, Kind.Path], [urlWords, Kind.Url], [commandWords, Kind.Command], [textWords, Kind.Text]] as const) {
  for (const word of set) kindsByWord.set(word, (kindsByWord.get(word) ?? 0) | kind);
}
const longestWord = Math.max(...[...kindsByWord.keys()].map((w) => w.length));
const wordKinds = (word: string): number => kindsByWord.get(word) ?? 0;
// By length, the characters a word of the sets starts with and ends with (at length * 128 + the character):
// most words of a sentence are turned away by these before a copy of them is made and looked up.
const firstChars = new Uint8Array((longestWord + 1) * 128);
const lastChars = new Uint8Array((longestWord + 1) * 128);
for (const word of kindsByWord.keys()) {
  firstChars[word.length * 128 + word.charCodeAt(0)] = 1;
  lastChars[word.length * 128 + word.charCodeAt(word.length - 1)] = 1;
}
/** The lower-case form of an ASCII letter or digit's code. */
const lowerCode = (c: number): number => (c <= 0x5a && c >= 0x41 ? c | 0x20 : c);
const maxCachedKey = 64;

/** Kinds an argument name speaks for. Cached: argument names repeat. */
export function kindsOfKey(key: string): number {
  let bits = cache.get(key);
  if (bits !== undefined) return bits;
  bits = asciiKindsOfKey(key) ?? kindsOfWords(key);
  // Names repeat; a longer text (a description read for the kinds it names) is not kept, so a stream of
  // new ones never flushes the names.
  if (key.length > maxCachedKey) return bits;
  if (cache.size > 4096) cache.clear();
  cache.set(key, bits);
  return bits;
}

/**
 * The kinds of a name: its compact form (lower case, letters and digits only) and its words (split at
 * anything but a letter or digit, and where a capital follows a lower-case letter or digit), each looked up
 * (exported for a test).
 */
export function kindsOfWords(key: string): number {
  let bits = 0;
  const compact = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (const word of [compact, ...words]) bits |= wordKinds(word);
  return bits;
}

/**
 * {@link kindsOfWords} of an ASCII name in one pass, looking up only words whose length and first and last
 * characters a word of the sets has (a parameter description is a sentence: about 2 µs by regexes and
 * splitting); undefined for any other name (lower-casing may turn a character outside ASCII into an ASCII
 * letter). Exported for a test.
 */
export function asciiKindsOfKey(key: string): number | undefined {
  let bits = 0;
  let alnum = 0;
  let start = -1;
  let cased = false;
  let afterLowerOrDigit = false;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 0x20;
    if (c >= 0x80) return undefined;
    const upper = c >= 0x41 && c <= 0x5a;
    const lowerOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if ((!upper && !lowerOrDigit) || (upper && afterLowerOrDigit)) {
      const length = i - start;
      if (start >= 0 && length <= longestWord && firstChars[length * 128 + lowerCode(key.charCodeAt(start))] && lastChars[length * 128 + lowerCode(key.charCodeAt(i - 1))]) {
        const word = key.slice(start, i);
        bits |= wordKinds(cased ? word.toLowerCase() : word);
      }
      start = -1;
    }
    if (upper || lowerOrDigit) {
      if (start < 0) {
        start = i;
        cased = false;
      }
      if (upper) cased = true;
      alnum++;
    }
    afterLowerOrDigit = lowerOrDigit;
  }
  if (alnum <= longestWord) bits |= wordKinds(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
  return bits;
}

const schemeUrl = /^[a-z][a-z0-9+.-]{1,30}:\/\/|^(?:file|gopher|dict|ldap|jar|netdoc|data|javascript|vbscript|mailto|smb|ftp|tftp|sftp|ssh|telnet|php|expect|phar|zip|glob):/;
// A bare host (`10.0.0.1`, `[::1]`, `metadata.internal`) with an optional port and path. Written out by
// hand: the one-regex form repeats a group per label, and V8 overflows its stack on millions of labels.
const bracketHost = /^\[[0-9a-f:.%a-z]+\]$/;
const hostChar = /[^a-z0-9.-]/;
const numericOrLocalhost = /^(?:[0-9][0-9a-fx.]*|localhost(?:\.localdomain)?)$/;
const internalName = /^[a-z0-9-][a-z0-9.-]*\.(?:internal|local|localhost|localdomain|arpa)$/;
const portAndPath = /^(?::[0-9]{1,5})?(?:\/.*)?$/;

function isBareHost(text: string): boolean {
  // Bracketed, numeric, localhost, or an internal name (which has a dot): anything else is turned away
  // before a search and two regexes.
  const first = text.charCodeAt(0);
  if (first !== 0x5b && !(first >= 0x30 && first <= 0x39) && first !== 0x6c && !text.includes('.')) return false;
  // A number alone (`FORCE_COLOR: '0'`, a count, an id) is an address only where its key says so (a `host`
  // field is read as one by its name): with a port or a path after it, it is one by shape.
  if (allDigits.test(text)) return false;
  let end: number;
  if (text.startsWith('[')) {
    end = text.indexOf(']') + 1;
    if (end === 0 || !bracketHost.test(text.slice(0, end))) return false;
  } else {
    // The host is the whole leading run of host characters: after it only `:port`, `/…` or the end may follow.
    const stop = text.search(hostChar);
    end = stop === -1 ? text.length : stop;
    const host = text.slice(0, end);
    // An internal name has no empty label (`..`).
    if (!numericOrLocalhost.test(host) && !(internalName.test(host) && !host.includes('..'))) return false;
  }
  return portAndPath.test(text.slice(end));
}
const hostPort = /^[a-z0-9.-]+:[0-9]{2,5}(?:\/.*)?$/;
const allDigits = /^[0-9]+$/;
// A path starts like one, or climbs (`/..`) anywhere. Two regexes, not one alternation: with an unanchored
// alternative among anchored ones the engine tries all three at every position (2 ms over a megabyte of
// minified script, 0.3 ms for the climb alone).
const pathStart = /^(?:\/|~|\.{1,}[\\/]|\\|[a-z]:[\\/]|file:)|^\.{2,}$/;
const climbs = /[\\/]\.{2,}(?:[\\/]|$)/;
// `^\S*[\\/]\S*$` written as two one-character searches: the anchored form backtracks over every
// separator (quadratic on `a/a/a/…/ x`).
const whitespace = /\s/;
const separator = /[\\/]/;
const pathLike = (text: string): boolean => separator.test(text) && !whitespace.test(text);
const fileName = /^[^\s/\\]{1,200}\.(?:[a-z0-9]{1,10})$/;
const shellMeta = /[;|`\n\r]|&|\$\(|\$\{|\$[a-z_]|>\s*[/&~]|<\(|\\[nr](?:[a-z/]|\\)/;
// shellMeta without its escaped line breaks (`\n`, `\r` written out), which a Windows path's separators spell.
const shellMetaButEscapes = /[;|`\n\r]|&|\$\(|\$\{|\$[a-z_]|>\s*[/&~]|<\(/;
/** A Windows path's start: a drive (`c:\`) or a share (`\\host\`). */
const windowsPathStart = /^(?:[a-z]:\\|\\\\[a-z0-9])/;
const escapedBreak = /\\[nr](?=[a-z/\\])/g;
const commandStart = /^\s*(?:sudo\s+|exec\s+|nohup\s+|env\s+)?(?:rm|rmdir|cat|curl|wget|nc|ncat|netcat|bash|sh|zsh|dash|ksh|fish|python[0-9.]*|perl|php|ruby|node|lua|awk|gawk|socat|telnet|powershell|pwsh|cmd|chmod|chown|chattr|dd|mkfs[.a-z0-9]*|shred|find|xargs|base64|echo|printf|eval|ssh|scp|rsync|tar|zip|unzip|git|npm|npx|pip[0-9]*|apt|apt-get|yum|crontab|systemctl|kill|killall|pkill|mv|cp|ln|touch|tee|sed|grep|ls|id|whoami|uname|ifconfig|ip|iptables|mount|docker|kubectl|nsenter|chroot|unshare|history|shutdown|reboot|useradd|usermod|passwd|visudo|openssl|nmap|ping|certutil|bitsadmin|mshta|rundll32|regsvr32|wmic|reg|net|sc|schtasks|del|rd|format|icacls|takeown|invoke-[a-z]+|iex|start-process|set-[a-z]+)(?:\s|$)/;

// Code that runs a command, in any language an agent's tools evaluate: such code is judged by the command it
// runs whatever its argument is called (`source`, `input`), as code in a `code` argument is. Calls only: a
// name alone (`subprocess` in prose) runs nothing. Lower case (the canonical text).
const codeRunsCommand = /\b(?:os\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?)|subprocess\.(?:run|call|popen|check_output|check_call|getoutput|getstatusoutput)|(?:exec|execfile|spawn)sync|getruntime\(\)\.exec|processbuilder|shell_exec|passthru|proc_open|io\.popen|open3\.[a-z0-9_]+|kernel\.(?:system|exec|spawn))\s*\(|\)\.system\s*\(|\brequire\s*\(\s*['"](?:node:)?child_process['"]\s*\)/;

// shellMeta without `&`: a URL's query parts its fields with `&`, and no other shell character is in a URL.
const shellMetaButAmpersand = /[;|`\n\r]|\$\(|\$\{|\$[a-z_]|>\s*[/&~]|<\(|\\[nr](?:[a-z/]|\\)/;
/**
 * Whether a text shellMeta matched is a URL with a scheme, unbroken by spaces, whose only shell character is its
 * query's `&` (`?service=shop&env=production`): a fetcher reads it as a URL and no shell ever sees it, so its
 * fields are no assignments or commands of a line.
 */
const queryOnlyUrl = (text: string, bits: number): boolean =>
  (bits & (Kind.Url | Kind.Path)) === (Kind.Url | Kind.Path) && schemeUrl.test(text) && !whitespace.test(text) && !shellMetaButAmpersand.test(text);

// commandStart at a given index (sticky, without its `^`).
const commandAt = new RegExp(commandStart.source.slice(1), 'y');

/**
 * Whether `text` holds a shell line's characters. In a Windows path (`c:\users\ana\appdata\roaming`,
 * `d:\repos\notes`) a backslash is a separator: `\roaming` and `\notes` are folders, not escaped line breaks.
 * There an escaped break counts only when a program's name follows it as a word (`c:\x\nrm -rf ~`).
 */
function shellLine(text: string, bits: number): boolean {
  if (!windowsPathStart.test(text)) return shellMeta.test(text) && !queryOnlyUrl(text, bits);
  if (shellMetaButEscapes.test(text)) return true;
  escapedBreak.lastIndex = 0;
  for (let m = escapedBreak.exec(text); m !== null; m = escapedBreak.exec(text)) {
    commandAt.lastIndex = m.index + 2;
    if (commandAt.test(text)) return true;
  }
  return false;
}

/** Whether the text opens with a program name, as a shell line does (`grep -rn …`, `sudo rm …`). */
export const startsWithProgram = (text: string): boolean => commandStart.test(text);

/**
 * Kinds a string is, from its shape alone. Every test here is linear in the text (anchored or
 * one-character patterns whose backtracking is bounded), so there is no length cut-off. `text` is the canonical text (decoded, lower case).
 * Inclusive on purpose: a value can be a path and a command; rules for each kind are written to be
 * precise on that kind.
 */
export function kindsOfShape(text: string): number {
  let bits = 0;
  if (text.length === 0) return 0;
  if (schemeUrl.test(text)) bits |= Kind.Url | Kind.Path;
  else if (isBareHost(text) || hostPort.test(text)) bits |= Kind.Url;
  // A URL with a scheme is a path already: its path tests (two of them scans of the whole text) are not run.
  if ((bits & Kind.Path) === 0 && (pathStart.test(text) || climbs.test(text) || pathLike(text) || (text.length <= 211 && fileName.test(text)))) bits |= Kind.Path;
  if (commandStart.test(text) || shellLine(text, bits) || (text.includes('(') && codeRunsCommand.test(text))) bits |= Kind.Command;
  if (text.includes(' ') || text.length > 64) bits |= Kind.Text;
  return bits;
}
