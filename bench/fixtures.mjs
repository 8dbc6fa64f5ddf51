// Benchmark fixtures: a typical tools/call request and 1 MiB tools/call text results, one of synthetic
// prose and code, one of real documentation (the READMEs under node_modules, in a fixed order).
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const request = {
  jsonrpc: '2.0',
  id: 42,
  method: 'tools/call',
  params: {
    name: 'search_files',
    arguments: {
      path: '/home/alice/projects/webapp/src',
      pattern: 'useEffect',
      excludePatterns: ['node_modules', 'dist', 'coverage'],
      filePattern: '**/*.{ts,tsx}',
      caseSensitive: false,
      maxResults: 50,
    },
    _meta: { progressToken: 42 },
  },
};

// Deterministic pseudo-random prose and code, so the result looks like a real file or page.
function realisticText(bytes) {
  const words = ('the a function returns value when config user file request response server client data ' +
    'error handler module import export const let await async promise string number object array ' +
    'install build test run option default path directory read write update list create delete ' +
    'please note that you should set this before calling it and the documentation explains why').split(' ');
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    let line = '';
    const n = 6 + (next() % 12);
    for (let i = 0; i < n; i++) line += `${words[next() % words.length]} `;
    if (next() % 5 === 0) line = `  const ${words[next() % words.length]} = await ${words[next() % words.length]}(${next() % 100}); // ${line}`;
    line += next() % 3 === 0 ? '.\n' : '\n';
    parts.push(line);
    size += line.length;
  }
  return parts.join('').slice(0, bytes);
}

const result = {
  jsonrpc: '2.0',
  id: 7,
  result: { content: [{ type: 'text', text: realisticText(1 << 20) }], isError: false },
};

export const typicalRequest = { object: request, text: JSON.stringify(request) };

/**
 * The small pair the transport and pair benches measure: a search request (`requestOf(id)`, its arguments
 * `callArgs`) and its short text answer (`answerOf(id)`, `answerText`).
 */
export const callArgs = { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } };
export const answerText = '3 matches for useEffect under /home/alice/projects/webapp/src: src/app.tsx:12, src/hooks/useData.ts:4, src/pages/index.tsx:30';
export const requestOf = (id) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: callArgs });
export const answerOf = (id) => ({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: answerText }] } });
export const largeResult = { object: result, text: JSON.stringify(result) };

/** Files under node_modules (depth ≤ `maxDepth`, names sorted, so every run sees the same ones) whose name and size `want` accepts. */
export function nodeModulesFiles(want, maxDepth) {
  const root = fileURLToPath(new URL('../node_modules', import.meta.url));
  const files = [];
  const visit = (dir, depth) => {
    if (depth > maxDepth) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory() && name !== '.bin') visit(path, depth + 1);
      else if (!stat.isDirectory() && want(name, stat.size)) files.push(path);
    }
  };
  visit(root, 0);
  return files;
}

/** The first `bytes` characters of files joined with `separator`. */
export function concatenated(files, bytes, separator = '') {
  const parts = [];
  let size = 0;
  for (const file of files) {
    if (size >= bytes) break;
    const text = readFileSync(file, 'utf8');
    parts.push(text);
    size += text.length + separator.length;
  }
  return parts.join(separator).slice(0, bytes);
}

const readmes = (bytes) => concatenated(nodeModulesFiles((name, size) => /^readme\.md$/i.test(name) && size < 256 * 1024, 3), bytes, '\n\n');

const docs = { jsonrpc: '2.0', id: 8, result: { content: [{ type: 'text', text: readmes(1 << 20) }], isError: false } };
export const docsResult = { object: docs, text: JSON.stringify(docs) };

/** Every file under `dir` whose name passes `keep(name, size)`, depth first, names sorted, symbolic links skipped. */
export function* filesUnder(dir, keep) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) yield* filesUnder(path, keep);
    else if (stat.isFile() && stat.size > 0 && keep(name, stat.size)) yield path;
  }
}
