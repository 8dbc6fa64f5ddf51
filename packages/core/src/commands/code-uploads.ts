// What code in a tool call sends over the network that nobody sends: the whole process environment
// (`JSON.stringify(process.env)`, `dict(os.environ)`) or a credential file whose path the code assembles
// from pieces (`Path.home().joinpath('.ssh', 'id_rsa')`, `path.join(os.homedir(), '.aws', 'credentials')`),
// in the same snippet as a call that sends to an http(s) URL, or a DNS lookup (a looked-up name carries what it
// is built from). The environment spread alone into a new object (`{**os.environ}`, `{ ...process.env }`) is
// the whole of it; a path may also be the home folder joined with a literal (`os.homedir() + '/.npmrc'`,
// `f"{Path.home()}/.npmrc"`). One variable read (`process.env.NODE_ENV`)
// or a child's environment (`{ ...process.env, CI: '1' }`) is no dump; code that reads a key file without
// a network call is read by the path rules.

export interface CodeUpload {
  readonly what: string;
  readonly evidence: string;
}

/** A cheap first test: a literal every dump or assembled path below holds one of. */
const mayHold = /process\.env|environ|getenv|ENV\.to_h|\.ssh|\.aws|\.kube|\.docker|\.netrc|\.npmrc|\.git-credentials|\.gnupg|gcloud/;
const wholeEnvironment =
  /JSON\.stringify\(\s*process\.env\s*[,)]|Object\.(?:entries|keys|values|assign)\((?:\s*\{\}\s*,)?\s*process\.env\s*\)|\b(?:dict|str|repr|json\.dumps|list)\(\s*os\.environ(?:\.items\(\))?\s*[,)]|os\.environ\.copy\(\)|\{\s*\*\*os\.environ\s*\}|\{\s*\.\.\.process\.env\s*\}|\bENV\.to_h\b|System\.getenv\(\s*\)|\bgetenv\(\s*\)/;
// A call that joins path pieces, with its arguments (one level of nested call: `homedir()`, `expanduser("~")`).
const joinCall = /\b(?:joinpath|os\.path\.join|path\.join|path\.resolve|Path|join)\(((?:[^()]|\([^()]{0,40}\))*)\)/g;
const stringLiteral = /(['"`])([^'"`\n]{1,80})\1/g;
/** A call of code that sends a request (any method: a GET carries what its URL is built from). */
export const sendCall = /\b(?:fetch|axios(?:\.[a-z]+)?|got(?:\.[a-z]+)?|https?\.request|require\(\s*['"](?:node:)?https?['"]\s*\)\.(?:request|get)|request(?:s\.[a-z]+)?|urlopen|urllib\.request\.[a-z]+|httpx\.[a-z]+|aiohttp\.[A-Za-z]+|curl_exec|sendBeacon|XMLHttpRequest|WebSocket|Net::HTTP\.[a-z_]+|http\.(?:Post|PostForm|Get))\s*\(/;
// Where it sends: a URL, or a host named in a request's options (`{ host: 'x.example', method: 'POST' }`).
const httpUrl = /https?:\/\/[^\s'"`)]+|\bhost(?:name)?['"]?\s*:\s*['"`][\w-]+(?:\.[\w-]+)*\.[a-z]{2,}['"`]/;
const dnsCall = /\bdns(?:['"]\s*\))?\.(?:promises\.)?(?:resolve\w*|lookup)\s*\(|\bgethostbyname(?:_ex)?\s*\(|\bgetaddrinfo\s*\(/;
/** The home folder, then a literal path after it (`homedir() + '/.npmrc'`, `${os.homedir()}/.ssh/id_rsa`, `Path.home() / ".netrc"`). */
const homeThen = /(?:homedir\(\)|process\.env\.HOME|os\.environ\[['"]HOME['"]\]|Path\.home\(\)|expanduser\(\s*['"]~['"]\s*\))\s*(?:\}|\+|\/(?=\s*['"`]))?\s*['"`]?(\/?[\w.@-][\w.@/-]{0,79})/g;

/** The first thing `code` sends that nobody sends, with a network call and an http(s) URL beside it; undefined otherwise. */
export function codeUpload(code: string, credential: (path: string) => string | undefined): CodeUpload | undefined {
  if (!mayHold.test(code) || !((sendCall.test(code) && httpUrl.test(code)) || dnsCall.test(code))) return undefined;
  const dump = wholeEnvironment.exec(code);
  if (dump !== null) return { what: 'the process environment', evidence: dump[0] };
  for (const call of code.matchAll(joinCall)) {
    const pieces = [...call[1]!.matchAll(stringLiteral)].map((m) => m[2]!.replace(/^\/+|\/+$/g, ''));
    // The home folder spelled as a piece (`expanduser("~")` inside the join) is the `~/` put in front below.
    if (pieces[0] === '~') pieces.shift();
    if (pieces.length < 2) continue;
    const path = `~/${pieces.join('/')}`;
    const what = credential(path);
    if (what !== undefined) return { what, evidence: call[0].slice(0, 120) };
  }
  for (const joined of code.matchAll(homeThen)) {
    const what = credential(`~/${joined[1]!.replace(/^\/+/, '')}`);
    if (what !== undefined) return { what, evidence: joined[0].slice(0, 120) };
  }
  return undefined;
}
