import { z } from 'zod';

/** A JSON-RPC request id: a string or an integer (`null` is not valid in MCP). */
export const RequestIdSchema = z.union([z.string(), z.number().int()]);

const ParamsSchema = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]);

export const JsonRpcRequestSchema = z
  .object({ jsonrpc: z.literal('2.0'), id: RequestIdSchema, method: z.string().min(1), params: ParamsSchema.optional() })
  .strict();

export const JsonRpcNotificationSchema = z
  .object({ jsonrpc: z.literal('2.0'), method: z.string().min(1), params: ParamsSchema.optional() })
  .strict();

export const JsonRpcResultResponseSchema = z
  .object({ jsonrpc: z.literal('2.0'), id: RequestIdSchema, result: z.record(z.string(), z.unknown()) })
  .strict();

/** An error response. `id` may be absent (or `null`, which some servers still send for parse errors). */
export const JsonRpcErrorResponseSchema = z
  .object({
    jsonrpc: z.literal('2.0'),
    id: z.union([RequestIdSchema, z.null()]).optional(),
    error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }).strict(),
  })
  .strict();

export const JsonRpcMessageSchema = z.union([
  JsonRpcRequestSchema,
  JsonRpcNotificationSchema,
  JsonRpcResultResponseSchema,
  JsonRpcErrorResponseSchema,
]);

/** A batch (JSON-RPC 2.0; removed from MCP in 2025-06-18 but still accepted by some servers). */
export const JsonRpcBatchSchema = z.array(JsonRpcMessageSchema).min(1);

export type RequestId = z.infer<typeof RequestIdSchema>;
export type JsonRpcRequest = z.infer<typeof JsonRpcRequestSchema>;
export type JsonRpcNotification = z.infer<typeof JsonRpcNotificationSchema>;
export type JsonRpcResultResponse = z.infer<typeof JsonRpcResultResponseSchema>;
export type JsonRpcErrorResponse = z.infer<typeof JsonRpcErrorResponseSchema>;
export type JsonRpcMessage = z.infer<typeof JsonRpcMessageSchema>;

/** Methods a client sends, across both protocol eras (handshake era and 2026-07-28). */
export const clientMethods: ReadonlySet<string> = new Set([
  'initialize', 'ping', 'server/discover', 'tools/list', 'tools/call', 'resources/list', 'resources/read',
  'resources/templates/list', 'resources/subscribe', 'resources/unsubscribe', 'prompts/list', 'prompts/get',
  'completion/complete', 'logging/setLevel', 'subscriptions/listen', 'tasks/get', 'tasks/result',
  'tasks/list', 'tasks/cancel', 'tasks/update',
  'notifications/initialized', 'notifications/cancelled', 'notifications/progress',
  'notifications/roots/list_changed', 'notifications/tasks/status',
]);

/** Methods a server sends (requests it initiates and its notifications). */
export const serverMethods: ReadonlySet<string> = new Set([
  'ping', 'sampling/createMessage', 'elicitation/create', 'roots/list', 'tasks/get', 'tasks/result',
  'tasks/list', 'tasks/cancel',
  'notifications/cancelled', 'notifications/progress', 'notifications/message',
  'notifications/resources/updated', 'notifications/resources/list_changed',
  'notifications/tools/list_changed', 'notifications/prompts/list_changed',
  'notifications/elicitation/complete', 'notifications/tasks/status', 'notifications/tasks',
  'notifications/subscriptions/acknowledged',
]);

/** Methods only a server initiates; used to tell who sent a bare message. */
export const serverInitiatedMethods: ReadonlySet<string> = new Set([
  'sampling/createMessage', 'elicitation/create', 'roots/list',
]);

/** Which method a result answers, judged from its shape, for when the request was not seen. */
export function inferAnsweredMethod(result: Record<string, unknown>): string | undefined {
  if (Array.isArray(result['tools'])) return 'tools/list';
  if (Array.isArray(result['content']) || 'structuredContent' in result) return 'tools/call';
  if (typeof result['protocolVersion'] === 'string') return 'initialize';
  if (Array.isArray(result['supportedVersions'])) return 'server/discover';
  if (Array.isArray(result['contents'])) return 'resources/read';
  if (Array.isArray(result['messages'])) return 'prompts/get';
  if (Array.isArray(result['prompts'])) return 'prompts/list';
  if (Array.isArray(result['resources'])) return 'resources/list';
  if (Array.isArray(result['resourceTemplates'])) return 'resources/templates/list';
  if (Array.isArray(result['roots'])) return 'roots/list';
  if (typeof result['model'] === 'string' && 'role' in result) return 'sampling/createMessage';
  if (typeof result['action'] === 'string') return 'elicitation/create';
  if (typeof result['completion'] === 'object') return 'completion/complete';
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
const isRequestId = (v: unknown): boolean => typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));
const isParams = (v: unknown): boolean => v === undefined || Array.isArray(v) || isPlainObject(v);

// Whether every key of a message is one its schema allows (the schemas are strict). A property name is
// internalized, so each comparison is mostly one of identity: no Set hashed, no list searched per key.
type KeyTest = (key: string) => boolean;
const requestKey: KeyTest = (k) => k === 'jsonrpc' || k === 'id' || k === 'method' || k === 'params';
const notificationKey: KeyTest = (k) => k === 'jsonrpc' || k === 'method' || k === 'params';
const resultKey: KeyTest = (k) => k === 'jsonrpc' || k === 'id' || k === 'result';
const errorKey: KeyTest = (k) => k === 'jsonrpc' || k === 'id' || k === 'error';
const errorObjectKey: KeyTest = (k) => k === 'code' || k === 'message' || k === 'data';
function onlyKeys(value: Record<string, unknown>, allowed: KeyTest): boolean {
  for (const key in value) if (!allowed(key)) return false;
  return true;
}

/**
 * The same answer as `JsonRpcMessageSchema.safeParse(value).success`, without building a zod result on
 * every message (a property test keeps the two equal); zod is still used to explain a failure.
 */
export function isJsonRpcMessage(value: unknown): boolean {
  if (!isPlainObject(value) || value['jsonrpc'] !== '2.0') return false;
  const method = value['method'];
  if (method !== undefined) {
    if (typeof method !== 'string' || method.length === 0 || !isParams(value['params'])) return false;
    return 'id' in value ? isRequestId(value['id']) && onlyKeys(value, requestKey) : onlyKeys(value, notificationKey);
  }
  if ('result' in value) return isRequestId(value['id']) && isPlainObject(value['result']) && onlyKeys(value, resultKey);
  const error = value['error'];
  if (!isPlainObject(error) || !onlyKeys(value, errorKey) || !onlyKeys(error, errorObjectKey)) return false;
  const id = value['id'];
  if (id !== undefined && id !== null && !isRequestId(id)) return false;
  return typeof error['code'] === 'number' && Number.isSafeInteger(error['code']) && typeof error['message'] === 'string';
}

const fieldRules: Readonly<Record<string, string>> = {
  jsonrpc: 'must be "2.0"',
  id: 'must be a string or an integer',
  method: 'must be a non-empty string',
  params: 'must be an object or an array',
  result: 'must be an object',
  error: 'must be { code: integer, message: string, data? }',
};

/**
 * Why a value is not a JSON-RPC message, and where: judged against the kind of message its keys say it
 * is (a `method` and an `id` make a request, and so on), so the problem names one field, not a union.
 */
export function invalidMessageProblem(message: unknown): { readonly path: readonly (string | number)[]; readonly problem: string } {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return { path: [], problem: 'expected a JSON object' };
  const has = (key: string): boolean => Object.hasOwn(message, key);
  const [kind, schema] =
    has('method') ? (has('id') ? (['request', JsonRpcRequestSchema] as const) : (['notification', JsonRpcNotificationSchema] as const))
    : has('error') ? (['error response', JsonRpcErrorResponseSchema] as const)
    : has('result') ? (['response', JsonRpcResultResponseSchema] as const)
    : [undefined, undefined];
  if (!kind) return { path: [], problem: 'expected a method (request or notification), a result or an error' };
  const issue = schema.safeParse(message).error?.issues[0];
  if (!issue) return { path: [], problem: `not a valid ${kind}` };
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const [first] = issue.keys;
    return { path: issue.keys.length === 1 && first !== undefined ? [...path, first] : path, problem: `a ${kind} has no ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` };
  }
  const top = path[0];
  const rule = path.length === 1 && typeof top === 'string' ? fieldRules[top] : undefined;
  return { path, problem: rule ? `${kind} ${String(top)} ${rule}` : `${kind}: ${issue.message}` };
}
