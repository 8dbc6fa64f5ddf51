#!/usr/bin/env node
// What keeps the young objects of the cold (or fresh) tools/list alive, i.e. what the next scavenge would
// copy, and which long-lived object holds it. Two heap snapshots `--tail` lists apart (after `--lists`): V8
// keeps a node's id across snapshots, so the second's nodes with ids past the first's were allocated in
// between and are still alive. Each such node is charged to the old object (and its edge) from which a walk
// from the roots, old objects first, reaches it first. cold-list-survivors.mjs says which function allocated
// what survives; this says who holds it.
//
//   npm run build && node bench/cold-list-holders.mjs [--target /path/to/packages/core/dist/index.js] [--lists 600] [--tail 20] [--top 25] [--fresh]
//
// Stop 57 (perf57cache), fresh list at 8c99a60, 600 + 20 lists: 127 KB a list alive; by kind ClauseOrders
// 15.5 KB, ClauseFacts 14.8 KB, object arrays 19.7 KB, the Kept chain links 5.7 KB, DefinitionKey 1.9 KB;
// by holder RecentTexts' young Maps 33.7 KB, old Maps' tables 23 KB, the definition keys' queue 15.2 KB
// (what was done and tried about it: cold-list-survivors.mjs).
// Each snapshot takes seconds and ~0.5 GB; ids above 1e8 are synthetic (numbers, roots) and skipped.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

import { benchArgs, printTable } from './measure.mjs';

const { value } = benchArgs();
const target = resolve(value('--target') ?? fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url)));
const lists = Number(value('--lists') ?? 600);
const tail = Number(value('--tail') ?? 20);
const top = Number(value('--top') ?? 25);
const fresh = process.argv.includes('--fresh');

const { classes } = await import('./class-fixtures.mjs');
const kind = classes.find((c) => c.name.includes(fresh ? 'fresh (' : 'cold'));
const { createGuard } = await import(pathToFileURL(target).href);
const guard = createGuard({ profile: 'balanced' });
const texts = Array.from({ length: lists + tail }, (_, n) => kind.variant(n));
let i = 0;
const inspect = () => guard.inspect(texts[i], { from: kind.from, sessionId: `s${i}`, serverId: `s${i++}` });

/** A heap snapshot written, read and deleted. */
function snapshot() {
  const file = v8.writeHeapSnapshot();
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(file, { force: true });
  }
}

while (i < lists) inspect();
const first = snapshot();
const firstFields = first.snapshot.meta.node_fields;
let lastId = 0;
for (let k = firstFields.indexOf('id'); k < first.nodes.length; k += firstFields.length) if (first.nodes[k] < 1e8 && first.nodes[k] > lastId) lastId = first.nodes[k];
while (i < lists + tail) inspect();
const { snapshot: meta, nodes, edges, strings } = snapshot();
const nf = meta.meta.node_fields.length;
const ef = meta.meta.edge_fields.length;
const [nodeTypes] = meta.meta.node_types;
const [edgeTypes] = meta.meta.edge_types;
const at = (name) => meta.meta.node_fields.indexOf(name);
const [iType, iName, iSize, iEdges, iId] = ['type', 'name', 'self_size', 'edge_count', 'id'].map(at);
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.meta.edge_fields.indexOf(f));
const count = nodes.length / nf;
const firstEdge = new Uint32Array(count + 1);
for (let k = 0, e = 0; k < count; k++, firstEdge[k] = e) e += nodes[k * nf + iEdges] * ef;
const young = (k) => nodes[k * nf + iId] > lastId && nodes[k * nf + iId] < 1e8;
const nameOf = (k) => `${nodeTypes[nodes[k * nf + iType]]} ${strings[nodes[k * nf + iName]]}`.slice(0, 60);
/** Calls `visit(to, edge name)` for each strong edge of node `k`. */
function strong(k, visit) {
  for (let e = firstEdge[k]; e < firstEdge[k + 1]; e += ef) {
    const type = edgeTypes[edges[e + eType]];
    if (type === 'weak' || type === 'shortcut') continue;
    visit(edges[e + eTo] / nf, type === 'element' || type === 'hidden' ? '[]' : String(strings[edges[e + eName]]));
  }
}

// Old objects reachable through old objects first, then the young ones from them, each labelled by its holder.
const seen = new Uint8Array(count);
const old = [0];
seen[0] = 1;
for (let h = 0; h < old.length; h++)
  strong(old[h], (to) => {
    if (!seen[to] && !young(to)) {
      seen[to] = 1;
      old.push(to);
    }
  });
const holder = new Array(count);
const reached = [];
for (const k of old)
  strong(k, (to, edge) => {
    if (seen[to] || !young(to)) return;
    seen[to] = 1;
    holder[to] = `${nameOf(k)} .${edge}`;
    reached.push(to);
  });
for (let h = 0; h < reached.length; h++)
  strong(reached[h], (to) => {
    if (seen[to] || !young(to)) return;
    seen[to] = 1;
    holder[to] = holder[reached[h]];
    reached.push(to);
  });

const byKind = new Map();
const byHolder = new Map();
let total = 0;
for (const k of reached) {
  const size = nodes[k * nf + iSize];
  total += size;
  byKind.set(nameOf(k), (byKind.get(nameOf(k)) ?? 0) + size);
  byHolder.set(holder[k], (byHolder.get(holder[k]) ?? 0) + size);
}
const rows = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, bytes]) => [name, (bytes / tail).toFixed(0)]);
const list = `the ${fresh ? 'fresh' : 'cold'} tools/list, balanced, ${target}`;
printTable(`${list}: bytes a list allocated in the last ${tail} of ${lists + tail} lists and still alive, by kind, node ${process.version}`, ['node', 'bytes a list'], [['(all)', (total / tail).toFixed(0)], ...rows(byKind)]);
printTable('the same bytes by the old object (and edge) that holds them', ['holder', 'bytes a list'], rows(byHolder));
