#!/usr/bin/env node
// The project's own MCP fixture server for the conformance comparison: SDK v1 McpServer over stateful
// Streamable HTTP on 127.0.0.1 (PORT, default any free port), with the tool, resource and prompt names the
// conformance server scenarios look for. Written from the scenario names; it need not pass every check,
// only answer the same way straight and through the gateway. Prints `listening on <url>` on stderr.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const wav = 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=';
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function build() {
  const server = new McpServer({ name: 'vanguard-conformance-fixture', version: '1.0.0' }, { capabilities: { logging: {}, completions: {}, resources: { subscribe: true } } });
  const text = (t) => ({ type: 'text', text: t });
  server.registerTool('test_simple_text', { description: 'Returns a text block' }, () => ({ content: [text('This is a simple text response for testing.')] }));
  server.registerTool('test_image_content', { description: 'Returns an image block' }, () => ({ content: [{ type: 'image', data: png, mimeType: 'image/png' }] }));
  server.registerTool('test_audio_content', { description: 'Returns an audio block' }, () => ({ content: [{ type: 'audio', data: wav, mimeType: 'audio/wav' }] }));
  server.registerTool('test_embedded_resource', { description: 'Returns an embedded resource' }, () => ({
    content: [{ type: 'resource', resource: { uri: 'test://embedded-resource', mimeType: 'text/plain', text: 'This is an embedded resource content.' } }],
  }));
  server.registerTool('test_multiple_content_types', { description: 'Returns text, image and resource' }, () => ({
    content: [text('Multiple content types test:'), { type: 'image', data: png, mimeType: 'image/png' }, { type: 'resource', resource: { uri: 'test://mixed-content-resource', mimeType: 'application/json', text: '{"test":"data","value":123}' } }],
  }));
  server.registerTool('test_tool_with_logging', { description: 'Logs three messages while it runs' }, async (extra) => {
    for (const data of ['Tool execution started', 'Tool processing data', 'Tool execution completed']) {
      await extra.sendNotification({ method: 'notifications/message', params: { level: 'info', data } });
      await wait(20);
    }
    return { content: [text('Tool with logging executed successfully')] };
  });
  server.registerTool('test_tool_with_progress', { description: 'Reports progress three times' }, async (extra) => {
    const token = extra._meta?.progressToken;
    for (const progress of [0, 50, 100]) {
      if (token !== undefined) await extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress, total: 100, message: `at ${progress}%` } });
      await wait(20);
    }
    return { content: [text(String(token ?? 'no token'))] };
  });
  server.registerTool('test_error_handling', { description: 'Always fails' }, () => ({ isError: true, content: [text('This tool intentionally returns an error for testing')] }));
  server.registerTool('test_sampling', { description: 'Asks the client to sample', inputSchema: { prompt: z.string() } }, async ({ prompt }, extra) => {
    const result = await extra.sendRequest({ method: 'sampling/createMessage', params: { messages: [{ role: 'user', content: text(prompt) }], maxTokens: 100 } }, z.object({ content: z.any() }).passthrough());
    return { content: [text(`LLM response: ${result.content?.text ?? ''}`)] };
  });
  server.registerTool('test_elicitation', { description: 'Asks the user for input', inputSchema: { message: z.string() } }, async ({ message }) => {
    const result = await server.server.elicitInput({ message, requestedSchema: { type: 'object', properties: { username: { type: 'string' }, email: { type: 'string' } }, required: ['username', 'email'] } });
    return { content: [text(`User response: action=${result.action}, content=${JSON.stringify(result.content ?? {})}`)] };
  });
  server.registerResource('static-text', 'test://static-text', { mimeType: 'text/plain' }, (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'This is the content of the static text resource.' }] }));
  server.registerResource('static-binary', 'test://static-binary', { mimeType: 'image/png' }, (uri) => ({ contents: [{ uri: uri.href, mimeType: 'image/png', blob: png }] }));
  server.registerResource('template', new ResourceTemplate('test://template/{id}/data', { list: undefined }), { mimeType: 'application/json' }, (uri, { id }) => ({
    contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify({ id, templateTest: true, data: `Data for ID: ${String(id)}` }) }],
  }));
  server.registerResource('watched', 'test://watched-resource', { mimeType: 'text/plain' }, (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'Watched resource content' }] }));
  server.server.setRequestHandler(z.object({ method: z.literal('resources/subscribe'), params: z.object({ uri: z.string() }).passthrough() }).passthrough(), () => ({}));
  server.server.setRequestHandler(z.object({ method: z.literal('resources/unsubscribe'), params: z.object({ uri: z.string() }).passthrough() }).passthrough(), () => ({}));
  server.registerPrompt('test_simple_prompt', { description: 'A prompt without arguments' }, () => ({ messages: [{ role: 'user', content: text('This is a simple prompt for testing.') }] }));
  server.registerPrompt('test_prompt_with_arguments', { description: 'A prompt with arguments', argsSchema: { arg1: z.string(), arg2: z.string() } }, ({ arg1, arg2 }) => ({
    messages: [{ role: 'user', content: text(`Prompt with arguments: arg1='${arg1}', arg2='${arg2}'`) }],
  }));
  server.registerPrompt('test_prompt_with_embedded_resource', { description: 'A prompt with a resource', argsSchema: { resourceUri: z.string() } }, ({ resourceUri }) => ({
    messages: [{ role: 'user', content: { type: 'resource', resource: { uri: resourceUri, mimeType: 'text/plain', text: 'Embedded resource content for testing.' } } }, { role: 'user', content: text('Please process the embedded resource above.') }],
  }));
  server.registerPrompt('test_prompt_with_image', { description: 'A prompt with an image' }, () => ({
    messages: [{ role: 'user', content: { type: 'image', data: png, mimeType: 'image/png' } }, { role: 'user', content: text('Please analyze the image above.') }],
  }));
  return server;
}

const transports = new Map();
const http = createServer((req, res) => void serve(req, res));

async function serve(req, res) {
  const sessionId = req.headers['mcp-session-id'];
  let transport = typeof sessionId === 'string' ? transports.get(sessionId) : undefined;
  if (!transport) {
    if (sessionId !== undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' } }));
      return;
    }
    transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (id) => transports.set(id, transport) });
    transport.onclose = () => transport.sessionId && transports.delete(transport.sessionId);
    await build().connect(transport);
  }
  await transport.handleRequest(req, res);
}
http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => process.stderr.write(`listening on http://127.0.0.1:${http.address().port}/mcp\n`));
