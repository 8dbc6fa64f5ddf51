// A POSIX-shell reader for analysis: splits shell text into simple commands (argv, leading assignments,
// redirections, here-documents) the way a shell would word-split them, with quotes, escapes, `$'…'`,
// `$(…)`, backticks, process substitution, pipes, control operators and array assignments. It never
// expands variables (shell-variables.ts puts back the ones a line assigns itself) or globs; it reads what a
// command line says. One pass over the text (nested substitutions are read in place), so the cost is
// linear in the input.

import { ansiUnescaped } from './ansi-escapes.js';

export interface Redirect {
  /** `>`, `>>`, `<`, `<<<`, `&>`, `>&` … (without the fd number). */
  readonly op: string;
  readonly target: string;
}

export interface SimpleCommand {
  /** Words after the leading assignments, quotes removed. */
  readonly argv: string[];
  /** Leading `NAME=value` assignments. */
  readonly env: [name: string, value: string][];
  /** Leading array assignments (`NAME=(a b c)`), their elements word-split; absent when there are none. */
  readonly arrays?: [name: string, elements: string[]][];
  readonly redirects: Redirect[];
  /** Here-document bodies fed to the command. */
  readonly heredocs: string[];
  /** Commands inside `$(…)`, backticks and `<(…)` of this command's words. */
  readonly substitutions: SimpleCommand[];
  /** The commands before this one in its pipeline (`a | b | c`: for c, [a, b]). */
  readonly upstream: SimpleCommand[];
}

const reservedStarts = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time', 'in', 'esac', ';;']);
const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** A word that opens an array assignment when `(` follows it (`files=(`). */
const arrayOpen = /^[A-Za-z_][A-Za-z0-9_]*=$/;
const maxNesting = 8;
/** The length from which a word as written is kept as a slice of the text (see readList's wordAt). */
const longWord = 1024;

class Reader {
  readonly text: string;
  i: number;
  constructor(text: string, start = 0) {
    this.text = text;
    this.i = start;
  }
}

interface Building {
  argv: string[];
  env: [string, string][];
  arrays?: [string, string[]][];
  redirects: Redirect[];
  heredocs: string[];
  substitutions: SimpleCommand[];
  upstream: SimpleCommand[];
}

/** A word a shell reads back as itself unquoted. */
const plainWord = /^[\w@%+=:,./~-]+$/;
const singleQuoted = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** A word as a shell reads it back as one argument: quoted unless it is plain (the inverse of parseShell's split). */
export const shellQuoted = (word: string): string => (plainWord.test(word) ? word : singleQuoted(word));

/**
 * A word as a server that joins argv with spaces into one line writes it: quoted only when it is empty or has
 * spaces, so the line holds the word the program gets (`bash -c '…'`) while its pipes and substitutions stay live,
 * as they would in the shell such a server hands the line to.
 */
export const spacedQuoted = (word: string): string => (word === '' || /\s/.test(word) ? singleQuoted(word) : word);

const fresh = (upstream: SimpleCommand[] = []): Building => ({ argv: [], env: [], redirects: [], heredocs: [], substitutions: [], upstream });

/**
 * Reads shell text into simple commands, in order; commands inside substitutions are listed after the
 * command that holds them and in its `substitutions`.
 */
export function parseShell(text: string): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  readList(new Reader(text), out, '', 0);
  return out;
}

/** Reads commands until `stop` (`)` or end of text); returns with the reader after `stop`. */
function readList(r: Reader, out: SimpleCommand[], stop: string, depth: number): void {
  const text = r.text;
  let cmd = fresh();
  let word = '';
  /**
   * Where `word` stands in the text as written, while it is all of text.slice(wordAt, wordAt + word.length)
   * (-1 once quotes or escapes are dropped from it): a long word is then kept as that one slice. Built of
   * pieces, a word holding a nested substitution (each level's word holds the rest of the text) was copied
   * whole by the first reader of each level, up to nine copies of the text.
   */
  let wordAt = -1;
  let inWord = false;
  let pendingRedirect: string | undefined;
  const pendingHeredocs: { delimiter: string; strip: boolean; into: Building }[] = [];

  /** Appends text.slice(at, at + piece.length), which `piece` is. */
  const verbatim = (at: number, piece: string): void => {
    wordAt = word === '' ? at : wordAt >= 0 && wordAt + word.length === at ? wordAt : -1;
    word += piece;
  };
  const endWord = (): void => {
    if (!inWord) return;
    if (wordAt >= 0 && word.length >= longWord) word = text.slice(wordAt, wordAt + word.length);
    if (pendingRedirect !== undefined) {
      if (pendingRedirect === '<<' || pendingRedirect === '<<-') {
        pendingHeredocs.push({ delimiter: word, strip: pendingRedirect === '<<-', into: cmd });
      } else {
        cmd.redirects.push({ op: pendingRedirect, target: word });
      }
      pendingRedirect = undefined;
    } else if (cmd.argv.length === 0 && assignment.test(word)) {
      const eq = word.indexOf('=');
      cmd.env.push([word.slice(0, eq), word.slice(eq + 1)]);
    } else if (cmd.argv.length === 0 && reservedStarts.has(word)) {
      // `if`, `then`, `{` … introduce the command that follows.
    } else {
      cmd.argv.push(word);
    }
    word = '';
    inWord = false;
  };
  const endCommand = (piped: boolean): void => {
    endWord();
    const done: SimpleCommand = cmd;
    const nonEmpty = cmd.argv.length > 0 || cmd.env.length > 0 || cmd.redirects.length > 0 || cmd.arrays !== undefined;
    if (nonEmpty) out.push(done);
    // Only the last few stages matter for analysis; keeping all would make a long pipeline quadratic.
    cmd = fresh(piped ? [...done.upstream.slice(-15), ...(nonEmpty ? [done] : [])] : []);
  };
  const substitution = (close: string): string => {
    // Reads `$(…)`, `<(…)` or `` `…` `` starting after its opener; returns its raw text.
    const from = r.i;
    const inner: SimpleCommand[] = [];
    if (close === '`') {
      let end = from;
      while (end < text.length && text[end] !== '`') end += text[end] === '\\' ? 2 : 1;
      if (depth < maxNesting) readList(new Reader(text.slice(from, end).replace(/\\([`\\$])/g, '$1')), inner, '', depth + 1);
      r.i = Math.min(end + 1, text.length);
    } else if (depth < maxNesting) {
      readList(r, inner, ')', depth + 1);
    } else {
      skipBalanced(r);
    }
    cmd.substitutions.push(...inner);
    out.push(...inner);
    return text.slice(from - (close === '`' ? 1 : 2), r.i);
  };

  const readArray = (name: string): void => {
    // `NAME=(…)`: the elements are the words of the list up to its `)`, read as one command's words would be.
    const inner: SimpleCommand[] = [];
    readList(r, inner, ')', depth + 1);
    const substituted = new Set<SimpleCommand>();
    for (const c of inner) for (const sub of c.substitutions) substituted.add(sub);
    const elements: string[] = [];
    for (const c of inner) {
      if (substituted.has(c)) continue;
      for (const [n, v] of c.env) elements.push(`${n}=${v}`);
      elements.push(...c.argv);
    }
    cmd.substitutions.push(...substituted);
    out.push(...substituted);
    (cmd.arrays ??= []).push([name, elements]);
    word = '';
    inWord = false;
  };

  while (r.i < text.length) {
    const c = text[r.i]!;
    if (c === stop && stop !== '') {
      r.i++;
      endCommand(false);
      return;
    }
    // Dispatched on the character code: a switch over one-character strings compares them case by case.
    switch (text.charCodeAt(r.i)) {
      case 0x20 /* space */:
      case 0x09 /* tab */:
        endWord();
        r.i++;
        continue;
      case 0x0a /* newline */: {
        endCommand(false);
        r.i++;
        for (const doc of pendingHeredocs.splice(0)) doc.into.heredocs.push(readHeredoc(r, doc.delimiter, doc.strip));
        continue;
      }
      case 0x3b /* ; */:
        endCommand(false);
        r.i++;
        continue;
      case 0x7c /* | */:
        if (text[r.i + 1] === '|') {
          endCommand(false);
          r.i += 2;
        } else {
          endCommand(true);
          r.i += text[r.i + 1] === '&' ? 2 : 1;
        }
        continue;
      case 0x26 /* & */:
        if (text[r.i + 1] === '>') {
          endWord();
          pendingRedirect = text[r.i + 2] === '>' ? '&>>' : '&>';
          r.i += pendingRedirect.length;
          continue;
        }
        endCommand(false);
        r.i += text[r.i + 1] === '&' ? 2 : 1;
        continue;
      case 0x28 /* ( */:
      case 0x29 /* ) */:
        if (c === '(' && inWord && pendingRedirect === undefined && cmd.argv.length === 0 && depth < maxNesting && arrayOpen.test(word)) {
          r.i++;
          readArray(word.slice(0, -1));
          continue;
        }
        if (!inWord) {
          endCommand(false);
          r.i++;
          continue;
        }
        verbatim(r.i, c);
        r.i++;
        continue;
      case 0x23 /* # */:
        if (!inWord) {
          while (r.i < text.length && text[r.i] !== '\n') r.i++;
          continue;
        }
        verbatim(r.i, c);
        r.i++;
        continue;
      case 0x3e /* > */:
      case 0x3c /* < */: {
        if (text[r.i + 1] === '(' && !inWord) {
          r.i += 2;
          word = '';
          verbatim(r.i - 2, substitution(')'));
          inWord = true;
          continue;
        }
        // A word of digits right before is a file descriptor, not an argument.
        if (inWord && /^[0-9]+$/.test(word)) {
          word = '';
          inWord = false;
        } else endWord();
        let op: string = c;
        let j = r.i + 1;
        if (c === '<' && text.startsWith('<<', j)) op = '<<<';
        else if (text[j] === c) op = c + c;
        else if (text[j] === '&') op = `${c}&`;
        else if (c === '>' && text[j] === '|') op = '>|';
        j = r.i + op.length;
        if (op === '<<' && text[j] === '-') {
          op = '<<-';
          j++;
        }
        r.i = j;
        pendingRedirect = op;
        continue;
      }
      case 0x5c /* \ */:
        if (text[r.i + 1] === '\n') r.i += 2;
        else {
          word += text[r.i + 1] ?? '';
          wordAt = -1;
          inWord = true;
          r.i += 2;
        }
        continue;
      case 0x27 /* ' */: {
        const end = text.indexOf("'", r.i + 1);
        const stopAt = end < 0 ? text.length : end;
        word += text.slice(r.i + 1, stopAt);
        wordAt = -1;
        inWord = true;
        r.i = stopAt + 1;
        continue;
      }
      case 0x22 /* " */: {
        inWord = true;
        wordAt = -1;
        r.i++;
        while (r.i < text.length && text[r.i] !== '"') {
          const d = text[r.i]!;
          if (d === '\\' && r.i + 1 < text.length && '"\\$`\n'.includes(text[r.i + 1]!)) {
            if (text[r.i + 1] !== '\n') word += text[r.i + 1];
            r.i += 2;
          } else if (d === '$' && text[r.i + 1] === '(') {
            r.i += 2;
            word += substitution(')');
          } else if (d === '`') {
            r.i++;
            word += substitution('`');
          } else {
            const from = r.i;
            r.i++;
            while (r.i < text.length && !(text.charCodeAt(r.i) < 128 && specialInQuotes[text.charCodeAt(r.i)] === 1)) r.i++;
            word += text.slice(from, r.i);
          }
        }
        r.i++;
        continue;
      }
      case 0x60 /* ` */:
        r.i++;
        verbatim(r.i - 1, substitution('`'));
        inWord = true;
        continue;
      case 0x24 /* $ */: {
        const next = text[r.i + 1];
        if (next === '(') {
          r.i += 2;
          verbatim(r.i - 2, substitution(')'));
          inWord = true;
          continue;
        }
        if (next === "'") {
          // The body runs to the first quote no backslash escapes; its escapes are read as bash reads them.
          const from = r.i + 2;
          for (r.i = from; r.i < text.length && text[r.i] !== "'"; r.i += text[r.i] === '\\' ? 2 : 1);
          r.i = Math.min(r.i, text.length);
          word += ansiUnescaped(text.slice(from, r.i), 'dollar-quote');
          wordAt = -1;
          r.i++;
          inWord = true;
          continue;
        }
        // `$IFS` and `${IFS}` split words as a blank would.
        const ifs = /^\$(?:\{IFS\}|IFS\b)/.exec(text.slice(r.i, r.i + 6));
        if (ifs) {
          endWord();
          r.i += ifs[0].length;
          continue;
        }
        verbatim(r.i, c);
        inWord = true;
        r.i++;
        continue;
      }
      default: {
        // A run of ordinary characters joins the word at once (one slice, not a string per character).
        const from = r.i;
        r.i++;
        while (r.i < text.length && !isSpecial(text.charCodeAt(r.i))) r.i++;
        verbatim(from, text.slice(from, r.i));
        inWord = true;
      }
    }
  }
  endCommand(false);
}

/** Characters the reader acts on outside quotes; every other character is part of a word. */
const special = new Uint8Array(128);
for (const c of ' \t\n;|&()#<>\\\'"`$') special[c.charCodeAt(0)] = 1;
const isSpecial = (code: number): boolean => code < 128 && special[code] === 1;

/** Characters the reader acts on inside double quotes. */
const specialInQuotes = new Uint8Array(128);
for (const c of '"\\$`') specialInQuotes[c.charCodeAt(0)] = 1;

function skipBalanced(r: Reader): void {
  // Character codes: indexing the text made a one-character string a step.
  const text = r.text;
  let i = r.i;
  for (let open = 1; i < text.length && open > 0; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) open++;
    else if (c === 0x29) open--;
  }
  r.i = i;
}

/** Reads a here-document body up to its delimiter line; the reader ends after that line. */
function readHeredoc(r: Reader, delimiter: string, strip: boolean): string {
  const text = r.text;
  const lines: string[] = [];
  while (r.i < text.length) {
    let end = text.indexOf('\n', r.i);
    if (end < 0) end = text.length;
    let line = text.slice(r.i, end);
    r.i = end + 1;
    if (strip) line = line.replace(/^\t+/, '');
    if (line === delimiter) break;
    lines.push(line);
  }
  return lines.join('\n');
}
