// A credential file that code reads where the path rules cannot see its path: the code assembles it from the
// home folder and pieces (`Path.home() / '.aws' / 'credentials'`, `Path.home().joinpath('.ssh', 'id_rsa')`,
// `os.path.join(os.path.expanduser('~'), '.docker', 'config.json')`, `path.join(os.homedir(), '.npmrc')`),
// each piece a literal or literals joined (`('.a' + 'ws')`: code-strings.ts evaluates them), and reads it
// (`read_text()`, `open(…)`, `readFileSync`). A literal `~/.aws/credentials` is the path rules' finding; the
// same file built in pieces is the same read. A path of the project, the home folder joined with a non-secret
// file (`.bashrc`, `.config/app/settings.json`) and a key file assembled but never read (its existence tested) pass.
import { codeArgument } from './code-strings.js';

/** The home folder as code names it. */
const homeAnchor = /\b(?:Path\.home\(\)|pathlib\.Path\.home\(\)|Path\(\s*['"]~['"]\s*\)\.expanduser\(\)|os\.path\.expanduser\(\s*['"]~['"]\s*\)|(?:os\.)?homedir\(\)|process\.env\.HOME\b|os\.environ\[['"]HOME['"]\]|os\.getenv\(\s*['"]HOME['"]\s*\))/g;
/** A call that reads a file's text or bytes. */
const readCall = /\.read_(?:text|bytes)\s*\(|\bopen\s*\(|\.read\s*\(|readFileSync\s*\(|readFile\s*\(|\bFile\.read\s*\(|\bfile_get_contents\s*\(/;
/** A cheap first test: the home folder named, and a read. */
const mayRead = /home|HOME|expanduser/;
const stringAt = /(['"])([^'"\n]{0,80})\1/y;
const maxPieces = 8;
const maxAnchors = 16;

/** The pieces joined after the home folder at `from`: `/ piece`, `.joinpath(piece, …)` or `, piece` inside a join call. */
function piecesAfter(code: string, from: number, inJoin: boolean): string[] {
  const pieces: string[] = [];
  let pos = from;
  const skip = (): void => {
    while (pos < code.length && (code[pos] === ' ' || code[pos] === '\t')) pos++;
  };
  /** One piece at `pos`: a literal, or a parenthesized expression of literals. */
  const piece = (): boolean => {
    skip();
    stringAt.lastIndex = pos;
    const literal = stringAt.exec(code);
    if (literal !== null) {
      pieces.push(literal[2]!);
      pos = stringAt.lastIndex;
      return true;
    }
    if (code[pos] !== '(') return false;
    const value = codeArgument(code, pos + 1);
    if (typeof value.value !== 'string' || code[value.end] !== ')') return false;
    pieces.push(value.value);
    pos = value.end + 1;
    return true;
  };
  /** Arguments of a call, at `pos` just after its `(` or after a `,`: each evaluated, up to the `)`. */
  const args = (): void => {
    while (pieces.length < maxPieces) {
      const value = codeArgument(code, pos);
      if (typeof value.value !== 'string') return;
      pieces.push(value.value);
      pos = value.end;
      skip();
      if (code[pos] !== ',') return;
      pos++;
    }
  };
  skip();
  if (inJoin && code[pos] === ',') {
    pos++;
    args();
    return pieces;
  }
  while (pieces.length < maxPieces) {
    skip();
    if (code[pos] === '/') {
      pos++;
      if (!piece()) break;
    } else if (code.startsWith('.joinpath(', pos)) {
      pos += '.joinpath('.length;
      args();
      break;
    } else break;
  }
  return pieces;
}

/**
 * The credential file `code` reads through a path it assembles after the home folder (see the file comment),
 * as `{ what, evidence }`, or undefined. `credential(path)` names what a `~/…` path holds, or undefined.
 */
export function assembledCredentialRead(code: string, credential: (path: string) => string | undefined): { readonly what: string; readonly evidence: string } | undefined {
  if (!mayRead.test(code) || !readCall.test(code)) return undefined;
  homeAnchor.lastIndex = 0;
  for (let m = homeAnchor.exec(code), n = 0; m !== null && n < maxAnchors; m = homeAnchor.exec(code), n++) {
    const inJoin = /join\(\s*$/.test(code.slice(Math.max(0, m.index - 12), m.index));
    const pieces = piecesAfter(code, m.index + m[0].length, inJoin).map((p) => p.replace(/^\/+|\/+$/g, '')).filter((p) => p !== '');
    if (pieces.length === 0) continue;
    const path = `~/${pieces.join('/')}`;
    const what = credential(path);
    if (what !== undefined) return { what, evidence: `${path} (${code.slice(m.index, m.index + 80)})` };
  }
  return undefined;
}
