// How memory servers, agent frameworks and agent config files answer or look on the wire: a knowledge-graph
// memory's entities and relations, a mem0-style search hit, a retrieval chunk, an A2A agent card, an agent's
// settings file, so each case reads as the real artifact.

/** A knowledge-graph memory server's answer (read_graph, search_nodes, open_nodes). */
export const graph = (entities: readonly (readonly [string, string, readonly string[]])[], relations: readonly (readonly [string, string, string])[] = []): string =>
  JSON.stringify({
    entities: entities.map(([name, entityType, observations]) => ({ type: 'entity', name, entityType, observations })),
    relations: relations.map(([from, relationType, to]) => ({ type: 'relation', from, to, relationType })),
  }, null, 2);

/** A mem0-style memory search answer: each hit's text, score and metadata. */
export const memoryHits = (userId: string, hits: readonly (readonly [string, Record<string, unknown>])[]): string =>
  JSON.stringify({ results: hits.map(([memory, metadata], i) => ({ id: `0b7c${i}e1a-5f2d-4c11-9a0e-7d3f${i}b2c9e41`, memory, hash: `9f${i}c2e7a`, metadata, score: 0.82 - i * 0.07, created_at: '2026-11-28T09:14:02-08:00', user_id: userId })) }, null, 2);

/** Retrieval chunks as a vector-store MCP server returns them: source, score and text. */
export const chunks = (hits: readonly (readonly [string, string])[]): string =>
  hits.map(([source, text], i) => `<entry>\n<source>${source}</source>\n<score>${(0.91 - i * 0.05).toFixed(2)}</score>\n<content>${text}</content>\n</entry>`).join('\n');

/** An A2A agent card, as served at /.well-known/agent-card.json. */
export const agentCard = (name: string, description: string, url: string, skills: readonly Record<string, unknown>[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    protocolVersion: '0.3.0', name, description, url, version: '1.2.0', preferredTransport: 'JSONRPC',
    capabilities: { streaming: true, pushNotifications: false }, defaultInputModes: ['text/plain'], defaultOutputModes: ['text/plain', 'application/json'],
    skills, ...extra,
  }, null, 2);

/** One A2A skill. */
export const skill = (id: string, description: string, examples: readonly string[]): Record<string, unknown> => ({ id, name: id.replace(/-/g, ' '), description, tags: [id.split('-')[0]], examples });

/** An A2A task answered by a remote agent: its status message and text artifacts. */
export const a2aTask = (message: string, artifacts: readonly (readonly [string, string])[] = []): string =>
  JSON.stringify({
    id: 'task-7f21c0', contextId: 'ctx-ana-atlas', kind: 'task',
    status: { state: 'completed', message: { role: 'agent', kind: 'message', messageId: 'm-2', parts: [{ kind: 'text', text: message }] } },
    artifacts: artifacts.map(([name, text], i) => ({ artifactId: `a-${i}`, name, parts: [{ kind: 'text', text }] })),
  }, null, 2);

/** JSON of a file an agent writes, pretty-printed as editors save it. */
export const jsonFile = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
