// One message of each class issue 13 measures: tools/call requests carrying a path, a shell command and a
// URL; a tools/list answer of 30 realistic tools; 1 MiB tool results of real README text and of minified
// JavaScript (both read from node_modules, in a fixed order, so every run sees the same bytes).
import { concatenated, docsResult, nodeModulesFiles } from './fixtures.mjs';

const call = (id, name, args) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args, _meta: { progressToken: id } } });

const pathCall = call(1, 'read_text_file', { path: '/home/alice/projects/webapp/src/components/Header.tsx', head: 200 });
const commandCall = call(2, 'run_command', {
  command: 'cd /home/alice/projects/webapp && npm run test -- --reporter=dot src/components 2>&1 | tail -n 40',
  timeout: 120000,
});
const urlCall = call(3, 'fetch', { url: 'https://developer.mozilla.org/en-US/docs/Web/API/AbortController?retiredLocale=de', max_length: 20000, raw: false });

// Thirty tools as real servers describe them: an action, its arguments with types, formats and enums.
const verbs = ['read', 'write', 'list', 'search', 'create', 'update', 'delete', 'move', 'get', 'run'];
const things = ['file', 'directory', 'issue', 'pull_request', 'branch', 'page', 'table'];
function tool(i) {
  const verb = verbs[i % verbs.length];
  const thing = things[i % things.length];
  return {
    name: `${verb}_${thing}${i >= 20 ? `_${i}` : ''}`,
    title: `${verb[0].toUpperCase()}${verb.slice(1)} ${thing.replace('_', ' ')}`,
    description:
      `${verb[0].toUpperCase()}${verb.slice(1)}s a ${thing.replace('_', ' ')} in the workspace. Use this tool when the user asks to ${verb} a ` +
      `${thing.replace('_', ' ')}; it returns the ${thing.replace('_', ' ')} as JSON with its metadata (owner, size, timestamps). ` +
      `Paths are resolved against the allowed directories and symbolic links are followed only inside them. ` +
      `Large results are paginated: pass the cursor from the previous answer to continue. Fails with a clear error when the ${thing.replace('_', ' ')} does not exist.`,
    inputSchema: {
      type: 'object',
      properties: {
        path: { type: 'string', description: `Path of the ${thing.replace('_', ' ')}, absolute or relative to the workspace root` },
        cursor: { type: 'string', description: 'Opaque pagination cursor from a previous call' },
        limit: { type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'Most entries to return' },
        sort: { type: 'string', enum: ['name', 'size', 'modified'], description: 'Order of the entries' },
        url: { type: 'string', format: 'uri', description: 'Optional remote location to read from instead' },
      },
      required: ['path'],
      additionalProperties: false,
    },
    annotations: { readOnlyHint: verb === 'read' || verb === 'list' || verb === 'search' || verb === 'get', destructiveHint: verb === 'delete' },
  };
}
const toolsList = { jsonrpc: '2.0', id: 4, result: { tools: Array.from({ length: 30 }, (_, i) => tool(i)) } };

const minifiedJs = (bytes) => concatenated(nodeModulesFiles((name, size) => name.endsWith('.min.js') && size > 20_000, 4), bytes);
const minified = { jsonrpc: '2.0', id: 5, result: { content: [{ type: 'text', text: minifiedJs(1 << 20) }], isError: false } };

const fixture = (name, from, message, extra = {}) => ({ name, from, text: JSON.stringify(message), ...extra });

/**
 * The same list with every description new (a revision number at the end of each tool's and each argument's):
 * what a guard pays the first time it meets a server's tools. Only the last sentence of a tool's description
 * is new, though: the guard's memo of clauses still knows the four before it (as it would for a server's next
 * release). {@link toolsListFresh} leaves it nothing to remember.
 */
function toolsListRevision(n) {
  const revised = (text) => `${text} (revision ${n})`;
  const tools = toolsList.result.tools.map((t) => {
    const properties = Object.fromEntries(Object.entries(t.inputSchema.properties).map(([k, p]) => [k, { ...p, description: revised(p.description) }]));
    return { ...t, description: revised(t.description), inputSchema: { ...t.inputSchema, properties } };
  });
  // As a transport hands text over, decoded from bytes: one flat string. JSON.stringify's is a rope of its
  // pieces, which the guard's first read of it would copy (~7% of a cold inspection, a cost no wire has).
  return Buffer.from(JSON.stringify({ ...toolsList, result: { tools } }), 'utf8').toString('utf8');
}

/**
 * The cold list with a revision word in every clause of every description as well (before each period,
 * semicolon, colon and comma that a space follows): no sentence of it can have been met before.
 */
function toolsListFresh(n) {
  const message = JSON.parse(toolsListRevision(n));
  for (const t of message.result.tools) t.description = t.description.replace(/([.;:,]) /g, ` rev${n}$1 `);
  return Buffer.from(JSON.stringify(message), 'utf8').toString('utf8');
}

/**
 * Each class: its name, who sends it, and its JSON text (answers are read by their shape: tools/list,
 * tools/call); `variant(n)`, when present, gives the text of the n-th inspection instead, and `fresh` asks
 * for a new session and server id per inspection.
 */
export const classes = [
  fixture('tools/call with a path', 'client', pathCall),
  fixture('tools/call with a shell command', 'client', commandCall),
  fixture('tools/call with a URL', 'client', urlCall),
  fixture(`tools/list of 30 tools (${(JSON.stringify(toolsList).length / 1024).toFixed(0)} KB)`, 'server', toolsList),
  // Each inspection gets its own session and server, so no state or pin of an earlier one applies.
  fixture(`tools/list of 30 tools, cold (every description new)`, 'server', toolsList, { variant: toolsListRevision, fresh: true }),
  fixture(`tools/list of 30 tools, fresh (every sentence new)`, 'server', toolsList, { variant: toolsListFresh, fresh: true }),
  fixture('1 MiB tool result, README text', 'server', docsResult.object),
  fixture('1 MiB tool result, minified JS', 'server', minified),
];
