#!/usr/bin/env node
// Trains the offline instruction scorer and writes packages/core/src/semantic/model-data.ts.
//   npm run train [-- --corpus DIR] [-- --cv-only]
// Data: the examples in scripts/written-examples.mjs plus the labelled developer corpora, read from
// DIR (default ../shared/corpus/dev next to the repository) at training time and never copied in.
// Model: logistic regression over hashed word n-grams and instruction cues of each clause
// (src/semantic/features.ts, imported from the build so training and runtime featurize alike). A
// message is a bag of clauses; an attack bag needs one instruction-like clause (multiple-instance
// learning: the positive clause of each attack bag is re-chosen by the model between rounds).
// Prints cross-validated precision/recall: 5-fold over bags, and leave-one-source-out (train without a
// corpus, test on it), which is the number that says how the model does on data it has not seen.
import { existsSync, lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { cuesOf, Cue } from '../dist/semantic/cues.js';
import { documentsOf } from '../dist/semantic/documents.js';
import { featurize, hashBits } from '../dist/semantic/features.js';
import { readText } from '../dist/semantic/reading.js';
import { splitSentences } from '../dist/semantic/sentences.js';
import { written } from './written-examples.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpusDir = resolve(option('--corpus', process.env.VANGUARD_CORPUS ?? join(here, '../../../../shared/corpus/dev')));
const cvOnly = args.includes('--cv-only');
// Clean documentation of the build machine's operating system (Debian: licenses, package READMEs,
// copyright files, the Python standard library): documentation full of "you must" that is not an
// attack, as hard negatives for tool results. --docs none leaves it out.
const docDirs = option('--docs', '/usr/share/common-licenses:/usr/share/doc:/usr/lib/python3.11').split(':').filter((d) => d !== 'none' && existsSync(d));
const version = option('--version', 'instruction-v1');

// Deterministic pseudo-random numbers, so a retrain gives the same model.
let seed = 0x2545f491;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};

const instructionCues = [
  'addresses-model', 'obligation', 'call-tool', 'tool-order', 'secrecy', 'override', 'impersonation', 'false-error',
  'hidden-markup', 'persuasion', 'parameter-override', 'polite-request', 'first-person-request', 'status-claim', 'authority', 'urgency',
].reduce((bits, name) => bits | Cue[name], 0);
const popcount = (n) => {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
};

/** A bag: the clauses of one message (or written example) with one label. */
function bagOf(source, label, docs) {
  const clauses = [];
  for (const doc of docs) {
    const reading = readText(doc.text);
    let sentences = splitSentences(reading.text);
    if (label === 0 && sentences.length > 80) sentences = sentences.filter(() => random() < 80 / sentences.length);
    const cues = sentences.map((s) => cuesOf(s.text));
    const textCues = cues.reduce((a, b) => a | b, 0);
    sentences.forEach((s, i) => {
      const parts = { ngrams: 0 };
      const features = featurize(s.text, cues[i], i > 0 ? cues[i - 1] : 0, textCues, doc.role, parts);
      clauses.push({ features, ngrams: parts.ngrams, prior: popcount(cues[i] & instructionCues), text: s.text });
    });
  }
  return { source, label, clauses };
}

function methodOf(message) {
  const result = message?.result;
  if (result && Array.isArray(result.tools)) return 'tools/list';
  if (result && Array.isArray(result.content)) return 'tools/call';
  if (result && Array.isArray(result.contents)) return 'resources/read';
  if (result && Array.isArray(result.messages)) return 'prompts/get';
  return typeof message?.method === 'string' ? message.method : undefined;
}

// Attack classes that are not in the text (the cross-tool and schema checks find them).
const notTextual = (cls) => cls.startsWith('name_collision') || cls === 'schema_poisoning:out_of_scope_parameter';

const bags = [];
for (const [, label, text] of written) bags.push(bagOf('written', label, [{ role: written.find((w) => w[2] === text)[0], text }]));
const corpora = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort() : [];
if (!corpora.length) console.error(`no corpora in ${corpusDir}: training on the written examples only`);
for (const file of corpora) {
  const source = file.replace(/\.jsonl$/, '');
  let kept = 0;
  for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
    if (!line) continue;
    const env = JSON.parse(line);
    if (env.from !== 'server' || env.label === 'suspicious' || notTextual(String(env.class))) continue;
    // openhands: a sample of its long tool outputs is plenty of clean text.
    if (source === 'openhands' && random() > 0.3) continue;
    const docs = documentsOf(env.message, methodOf(env.message), 64 * 1024);
    if (!docs.length) continue;
    bags.push(bagOf(source, env.label === 'attack' ? 1 : 0, docs));
    kept++;
  }
  console.error(`${source}: ${kept} messages`);
}

/** Files under `dir` (sorted, no symbolic links) whose names look like documentation or source. */
function* docFiles(dir, depth = 0) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory() && depth < 2 && name !== '__pycache__' && name !== 'test' && name !== 'tests') yield* docFiles(path, depth + 1);
    else if (stat.isFile() && stat.size > 200 && /^(?:README|copyright|LICENSE|NEWS|[A-Za-z0-9-]+$)|\.(?:md|txt|py)$/.test(name) && !/\.gz$/.test(name)) yield path;
  }
}
let docCount = 0;
for (const dir of docDirs) {
  for (const path of docFiles(dir)) {
    if (docCount >= 1500) break;
    if (random() > 0.5) continue;
    const text = readFileSync(path, 'utf8').slice(0, 32 * 1024);
    if (text.includes('\u0000')) continue;
    bags.push(bagOf('system-docs', 0, [{ role: 'content', text }]));
    docCount++;
  }
}
if (docCount) console.error(`system-docs: ${docCount} files`);

const dims = 1 << hashBits;
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const marginOf = (w, b, features) => {
  let z = b;
  for (const f of features) z += w[f];
  return z;
};

/** Trains on the given bags; returns { weights, bias }. */
function train(trainBags, { rounds = 3, epochs = 6, l2 = 2e-6, ngramL2 = Number(option('--ngram-l2', '1e-4')), rate = 0.08 } = {}) {
  // Every source weighs about as much as 300 messages (corpora repeat a few templates many times);
  // the written examples, small and varied, weigh as much as 600.
  const perSource = new Map();
  for (const bag of trainBags) perSource.set(`${bag.source}:${bag.label}`, (perSource.get(`${bag.source}:${bag.label}`) ?? 0) + 1);
  const bagWeight = (bag) => Math.min(1, (bag.source === 'written' ? 600 : 300) / perSource.get(`${bag.source}:${bag.label}`)) * (bag.source === 'written' ? 3 : 1);
  const w = new Float64Array(dims);
  let b = -2;
  let chosen = trainBags.map((bag) => {
    if (bag.label === 0) return bag.clauses;
    let top = bag.clauses[0];
    for (const c of bag.clauses) if (c.prior > top.prior) top = c;
    return top ? [top] : [];
  });
  for (let round = 0; round < rounds; round++) {
    const examples = [];
    let pos = 0;
    let neg = 0;
    trainBags.forEach((bag, i) => {
      for (const c of chosen[i]) {
        examples.push([c.features, bag.label, c.ngrams, bagWeight(bag)]);
        if (bag.label) pos++;
        else neg++;
      }
    });
    const weightOf = [0.5 * (pos + neg) / Math.max(neg, 1), 0.5 * (pos + neg) / Math.max(pos, 1)];
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = examples.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [examples[i], examples[j]] = [examples[j], examples[i]];
      }
      const lr = rate / (1 + epoch);
      for (const [features, y, ngrams, weight] of examples) {
        const g = (sigmoid(marginOf(w, b, features)) - y) * weightOf[y] * weight;
        b -= lr * g;
        for (let k = 0; k < features.length; k++) {
          const f = features[k];
          w[f] -= lr * (g + (k < ngrams ? ngramL2 : l2) * w[f] * examples.length / features.length);
        }
      }
    }
    // Re-choose each attack bag's positive clauses: the top one, plus up to two more the model is sure of.
    chosen = trainBags.map((bag) => {
      if (bag.label === 0) return bag.clauses;
      const scored = bag.clauses.map((c) => [marginOf(w, b, c.features), c]).sort((x, y) => y[0] - x[0]);
      return scored.filter(([z], k) => k === 0 || (k < 3 && z > 1)).map(([, c]) => c);
    });
  }
  return { weights: w, bias: b };
}

const bagScore = (model, bag) => bag.clauses.reduce((m, c) => Math.max(m, sigmoid(marginOf(model.weights, model.bias, c.features))), 0);

function report(name, scored, thresholds) {
  const rows = [];
  for (const t of thresholds) {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const [s, y] of scored) {
      if (s >= t && y) tp++;
      else if (s >= t) fp++;
      else if (y) fn++;
      else tn++;
    }
    rows.push(`t=${t.toFixed(3)} precision=${(tp / Math.max(tp + fp, 1)).toFixed(3)} recall=${(tp / Math.max(tp + fn, 1)).toFixed(3)} fpr=${(fp / Math.max(fp + tn, 1)).toFixed(4)} (tp=${tp} fp=${fp} fn=${fn} tn=${tn})`);
  }
  console.log(`${name}\n  ${rows.join('\n  ')}`);
}

const thresholds = [0.5, 0.9, 0.99, 0.998];
// 5-fold cross-validation over bags.
{
  const folds = bags.map(() => Math.floor(random() * 5));
  const scored = [];
  for (let k = 0; k < 5; k++) {
    const model = train(bags.filter((_, i) => folds[i] !== k));
    bags.forEach((bag, i) => {
      if (folds[i] === k) scored.push([bagScore(model, bag), bag.label]);
    });
  }
  report(`5-fold CV over ${bags.length} bags (all sources)`, scored, thresholds);
}
// Leave one source out: the honest number for data the model has not seen.
for (const source of ['written', 'system-docs', ...corpora.map((f) => f.replace(/\.jsonl$/, ''))]) {
  const held = bags.filter((b) => b.source === source);
  if (!held.length || !held.some((b) => b.label === 1) && !held.some((b) => b.label === 0)) continue;
  const model = train(bags.filter((b) => b.source !== source));
  report(`held out: ${source} (${held.filter((b) => b.label).length} attack, ${held.filter((b) => !b.label).length} benign bags)`, held.map((b) => [bagScore(model, b), b.label]), thresholds);
}

if (!cvOnly) {
  const model = train(bags);
  const entries = [];
  for (let i = 0; i < dims; i++) if (Math.abs(model.weights[i]) >= 0.01) entries.push(i);
  const max = entries.reduce((m, i) => Math.max(m, Math.abs(model.weights[i])), 0);
  const scale = max / 32767;
  const bucketBytes = Buffer.alloc(entries.length * 4);
  const weightBytes = Buffer.alloc(entries.length * 2);
  let previous = 0;
  entries.forEach((bucket, k) => {
    bucketBytes.writeUInt32LE(bucket - previous, k * 4);
    weightBytes.writeInt16LE(Math.round(model.weights[bucket] / scale), k * 2);
    previous = bucket;
  });
  const sources = ['written', ...(docCount ? ['system-docs'] : []), ...corpora.map((f) => f.replace(/\.jsonl$/, ''))].join(', ');
  const out = `// Written by \`npm run train\` (packages/core/scripts/train.mjs); do not edit by hand.
// Trained on: ${sources} (${bags.length} bags). See docs/detection.md for the model card.
import type { ModelData } from './model.js';

export const modelData: ModelData = {
  version: '${version}',
  hashBits: ${hashBits},
  bias: ${model.bias.toFixed(6)},
  scale: ${scale.toExponential(8)},
  buckets: '${bucketBytes.toString('base64')}',
  weights: '${weightBytes.toString('base64')}',
  thresholds: { block: 0.998, strict: 0.97, metadata: 0.999, grey: 0.6 },
};
`;
  writeFileSync(join(here, '../src/semantic/model-data.ts'), out);
  console.error(`wrote ${entries.length} weights (${version})`);
}
if (args.includes('--debug-written')) {
  const model = train(bags.filter((b) => b.source !== 'written'));
  for (const bag of bags.filter((b) => b.source === 'written').slice(0, 40)) {
    const top = bag.clauses.map((c) => [sigmoid(marginOf(model.weights, model.bias, c.features)), c.text]).sort((a, b) => b[0] - a[0])[0];
    console.log(bag.label, top[0].toFixed(3), top[1].slice(0, 100));
  }
  console.log('bias', model.bias);
}
