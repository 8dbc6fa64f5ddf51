import { analyzeShell } from '../commands/analyze.js';
import { harmfulStep } from '../commands/harmful-steps.js';
import { programName, programTable } from '../commands/programs.js';
import { parseShell } from '../commands/shell-words.js';
import { destructiveSqlIn } from '../commands/sql-statements.js';
import { pathChecks, writeTarget } from '../paths/write-targets.js';

// The arguments of a next call a tool result queues (next-call-data.ts), read as the call would be when the
// model sends it: a command line, an argv (after the tool's name when the tool is a program: `kubectl` with
// `["delete", "namespace", "prod"]`), a SQL statement, a path a writing tool is given. The command analysis
// (and the reading of commands in server text) names what it does (a download run, a cluster deleted, a port
// forwarded out, a start-up file written, a crontab installed that fetches), so a
// queued `npm ci && npm run build`, `kubectl describe pod` or a write to `.env.local` passes. The step is JSON
// text lower-cased by the caller; nothing here throws on odd input.

/** A field of a step that holds what runs: a string, or an array of strings (an argv). */
const runField = /"(command|cmd|run|cli|script|shell|exec|args|argv|sql|query|statement)"\s*:\s*("(?:[^"\\]|\\.){1,2000}"|\[(?:\s*"(?:[^"\\]|\\.)*"\s*,?)+\])/g;
/** A field of a step that names a file. */
const pathField = /"(?:path|file|file_path|filepath|target|destination|dest)"\s*:\s*"((?:[^"\\]|\\.){1,500})"/g;
/** Word parts of a tool that writes what it is given. */
const writingPart = /^(?:write|append|edit|save|create|put|patch|replace)$/;
const sqlKeys = new Set(['sql', 'query', 'statement']);
const shellWords = (text: string): readonly string[] => parseShell(text).flatMap((c) => c.argv);

const json = (literal: string): unknown => {
  try {
    return JSON.parse(literal);
  } catch {
    return undefined;
  }
};

/** Whether `name` (a tool's name) is a program the programs table knows. */
function isProgram(name: string): boolean {
  const t = programTable();
  const p = programName(name);
  return t.programs.has(p) || t.remoteDestroyers.has(p) || t.accessGrants.has(p) || t.credentialPrinters.has(p);
}

/** Whether a tool (its name, lower case) writes what it is given, by any of its word parts. */
export const writesFiles = (tool: string): boolean => tool.split(/[_./-]/).some((part) => writingPart.test(part));

/** What the queued call of `tool` (lower case) would do with the arguments in `step`, when the command analysis names it; else undefined. */
export function stepArgumentsAct(step: string, tool: string | undefined): string | undefined {
  runField.lastIndex = 0;
  for (let m = runField.exec(step); m !== null; m = runField.exec(step)) {
    const value = json(m[2]!);
    const key = m[1]!;
    let line: string | undefined;
    if (typeof value === 'string') {
      if (sqlKeys.has(key)) {
        const sql = destructiveSqlIn(value, shellWords);
        if (sql !== undefined) return `runs ${sql}`;
        continue;
      }
      line = (key === 'args' || key === 'argv') && tool !== undefined && isProgram(tool) ? `${tool} ${value}` : value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      const words = value;
      const argv = tool !== undefined && isProgram(tool) && (words.length === 0 || programName(words[0]!) !== programName(tool)) ? [tool, ...words] : words;
      line = argv.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
    }
    if (line === undefined) continue;
    const found = analyzeShell(line, pathChecks)[0];
    if (found !== undefined) return found.message;
    // Outcomes only server text is read for (a crontab made to fetch, a security control switched off).
    const harm = harmfulStep(line);
    if (harm !== undefined) return harm.what;
  }
  if (tool !== undefined && writesFiles(tool)) {
    pathField.lastIndex = 0;
    for (let m = pathField.exec(step); m !== null; m = pathField.exec(step)) {
      const path = json(`"${m[1]!}"`);
      const what = typeof path === 'string' ? writeTarget(path) : undefined;
      if (what !== undefined) return `writes ${what}`;
    }
  }
  return undefined;
}
