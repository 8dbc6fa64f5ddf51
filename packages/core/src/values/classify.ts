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
]);

const cache = new Map<string, number>();

/** Kinds an argument name speaks for. Cached: argument names repeat. */
export function kindsOfKey(key: string): number {
  let bits = cache.get(key);
  if (bits !== undefined) return bits;
  bits = 0;
  const compact = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (const word of [compact, ...words]) {
    if (pathWords.has(word)) bits |= Kind.Path;
    if (urlWords.has(word)) bits |= Kind.Url;
    if (commandWords.has(word)) bits |= Kind.Command;
    if (textWords.has(word)) bits |= Kind.Text;
  }
  if (cache.size > 4096) cache.clear();
  cache.set(key, bits);
  return bits;
}

const schemeUrl = /^[a-z][a-z0-9+.-]{1,30}:\/\/|^(?:file|gopher|dict|ldap|jar|netdoc|data|javascript|vbscript|mailto|smb|ftp|tftp|sftp|ssh|telnet|php|expect|phar|zip|glob):/;
const bareHost = /^(?:\[[0-9a-f:.%a-z]+\]|[0-9][0-9a-fx.]*|localhost(?:\.localdomain)?|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:internal|local|localhost|localdomain|arpa))(?::[0-9]{1,5})?(?:\/.*)?$/;
const hostPort = /^[a-z0-9.-]+:[0-9]{2,5}(?:\/.*)?$/;
const pathStart = /^(?:\/|~|\.{1,}[\\/]|\\|[a-z]:[\\/]|file:)|[\\/]\.{2,}(?:[\\/]|$)|^\.{2,}$/;
const pathLike = /^[^\s]*[\\/][^\s]*$/;
const fileName = /^[^\s/\\]{1,200}\.(?:[a-z0-9]{1,10})$/;
const shellMeta = /[;|`\n\r]|&|\$\(|\$\{|\$[a-z_]|>\s*[/&~]|<\(|\\[nr](?:[a-z/]|\\)/;
const commandStart = /^\s*(?:sudo\s+|exec\s+|nohup\s+|env\s+)?(?:rm|rmdir|cat|curl|wget|nc|ncat|netcat|bash|sh|zsh|dash|ksh|fish|python[0-9.]*|perl|php|ruby|node|lua|awk|gawk|socat|telnet|powershell|pwsh|cmd|chmod|chown|chattr|dd|mkfs[.a-z0-9]*|shred|find|xargs|base64|echo|printf|eval|ssh|scp|rsync|tar|zip|unzip|git|npm|npx|pip[0-9]*|apt|apt-get|yum|crontab|systemctl|kill|killall|pkill|mv|cp|ln|touch|tee|sed|grep|ls|id|whoami|uname|ifconfig|ip|iptables|mount|docker|kubectl|nsenter|chroot|unshare|history|shutdown|reboot|useradd|usermod|passwd|visudo|openssl|nmap|ping|certutil|bitsadmin|mshta|rundll32|regsvr32|wmic|reg|net|sc|schtasks|del|rd|format|icacls|takeown|invoke-[a-z]+|iex|start-process|set-[a-z]+)(?:\s|$)/;

/**
 * Kinds a string is, from its shape alone. `text` is the canonical text (decoded, lower case).
 * Inclusive on purpose: a value can be a path and a command; rules for each kind are written to be
 * precise on that kind.
 */
export function kindsOfShape(text: string): number {
  let bits = 0;
  if (text.length === 0) return 0;
  const short = text.length <= 4096;
  if (short) {
    if (schemeUrl.test(text)) bits |= Kind.Url | Kind.Path;
    else if (bareHost.test(text) || hostPort.test(text)) bits |= Kind.Url;
    if (pathStart.test(text) || pathLike.test(text) || fileName.test(text)) bits |= Kind.Path;
    if (commandStart.test(text)) bits |= Kind.Command;
  }
  if (shellMeta.test(text)) bits |= Kind.Command;
  if (text.includes(' ') || text.length > 64) bits |= Kind.Text;
  return bits;
}
