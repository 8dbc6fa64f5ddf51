// Splits every tool name of the given JSONL corpora with the engine's one tool-name splitter
// (text/name-words.ts foldedWords, from the built dist) and with the splitter capabilities.ts kept before
// stop 75 (written below), and prints how many names split alike and the differing ones (to the terminal
// only: corpus text is never written into the repository).
// Usage: node scripts/name-words-corpus.mjs /work/shared/corpus/dev/*.jsonl
import { readFileSync } from 'node:fs';

const { foldedWords } = await import('../packages/core/dist/text/name-words.js');
const oldNameWords = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');

const names = new Set();
const collect = (message) => {
  if (message?.method === 'tools/call' && typeof message.params?.name === 'string') names.add(message.params.name);
  for (const tool of Array.isArray(message?.result?.tools) ? message.result.tools : []) if (typeof tool?.name === 'string') names.add(tool.name);
};
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try { collect(JSON.parse(line).message); } catch { /* not a record */ }
  }
}
let differ = 0;
for (const name of names) {
  const a = oldNameWords(name).join(' ');
  const b = foldedWords(name).join(' ');
  if (a !== b) { differ++; console.log(`differs: ${JSON.stringify(name)} old=[${a}] new=[${b}]`); }
}
console.log(`${names.size} tool names, ${names.size - differ} split alike, ${differ} differ`);
