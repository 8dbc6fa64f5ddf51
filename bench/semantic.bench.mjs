#!/usr/bin/env node
// Cost of the meaning layers: the instruction analysis (cues + offline scorer) per tool description and
// per tool result, next to the whole inspect of the same message, and the typical tools/call request
// (client side: the layers do not run there). Run with `node bench/semantic.bench.mjs` after a build.
import { createGuard } from '@vanguard/core';

import { analyzeText } from '../packages/core/dist/semantic/analyze.js';
import { shippedModel } from '../packages/core/dist/semantic/model.js';
import { typicalRequest } from './fixtures.mjs';
import { benchArgs, formatMicros as fmt, measure, printTable, writeResults } from './measure.mjs';

// Descriptions in the style of popular servers (written for this bench).
const descriptions = [
  'Read the complete contents of a file from the file system. Handles various text encodings and provides detailed error messages if the file cannot be read. Use this tool when you need to examine the contents of a single file. Only works within allowed directories.',
  'Search for repositories on GitHub. Supports the full search syntax: language, stars, topics. Returns name, description, stars and the URL of each match, at most 100 per page.',
  'Take an accessibility snapshot of the current page. This is better than a screenshot: use it to find element references before clicking or typing.',
  'Resolves a package or product name to a library id that get-library-docs accepts. You must call this function before get-library-docs unless the user gives an id in the form /org/project.',
  'Creates a new issue in a repository. Requires owner, repo and title; body, labels and assignees are optional.',
  'Scrape a single URL and return its content as markdown. For several URLs use batch_scrape; for a whole site use crawl. Set onlyMainContent to drop navigation.',
  'Run a read-only SQL query against the connected database and return the rows as JSON. Statements that modify data are rejected.',
  'Send a message to a Slack channel. The bot must be a member of the channel; use list_channels to find its id.',
];
const model = shippedModel();
const toolList = { jsonrpc: '2.0', id: 1, result: { tools: descriptions.map((d, i) => ({ name: `tool_${i}`, description: d, inputSchema: { type: 'object', properties: { q: { type: 'string', description: 'The query.' } } } })) } };
const result = {
  jsonrpc: '2.0',
  id: 2,
  result: { content: [{ type: 'text', text: 'Order #5521 shipped on Tuesday via the regional carrier. Expected delivery is within three business days; the tracking number is 1Z999AA10123456784. Contact support if the parcel has not arrived by Friday.' }] },
};

const guard = createGuard({ profile: 'balanced' });
const rows = [];
const perDescription = await measure((i) => analyzeText(descriptions[i % descriptions.length], 'metadata', model), { iterations: 20000, warmup: 2000 });
rows.push(['one tool description (analysis only)', fmt(perDescription.median), fmt(perDescription.p99)]);
const perResult = await measure(() => analyzeText(result.result.content[0].text, 'content', model), { iterations: 20000, warmup: 2000 });
rows.push(['one short tool result (analysis only)', fmt(perResult.median), fmt(perResult.p99)]);
const list = await measure((i) => guard.inspect(toolList, { from: 'server', sessionId: `s${i % 64}` }), { iterations: 2000, warmup: 200 });
rows.push([`inspect tools/list of ${descriptions.length} tools (whole guard)`, fmt(list.median), fmt(list.p99)]);
const res = await measure((i) => guard.inspect(result, { from: 'server', sessionId: `s${i % 64}` }), { iterations: 5000, warmup: 500 });
rows.push(['inspect short tools/call result (whole guard)', fmt(res.median), fmt(res.p99)]);
const req = await measure((i) => guard.inspect(typicalRequest.object, { from: 'client', sessionId: `s${i % 64}` }), { iterations: 20000, warmup: 2000 });
rows.push(['inspect typical tools/call request (layers skip client messages)', fmt(req.median), fmt(req.p99)]);
const { compare } = benchArgs();
const results = rows.map((row, i) => ({ name: row[0], micros: [perDescription, perResult, list, res, req][i].median }));
const before = (name) => compare?.results?.find((r) => r.name === name);
printTable(
  `meaning layers, balanced profile, model ${model.version}, node ${process.version}, ${new Date().toISOString()}`,
  ['what', 'median', 'p99', ...(compare ? ['before'] : [])],
  rows.map((row) => [...row, ...(compare ? [before(row[0]) ? fmt(before(row[0]).micros) : ''] : [])]),
);
writeResults('semantic', { model: model.version, results });
