// Public API of @vanguard/core. Runtime-neutral: nothing here imports node:*.
export { createGuard } from './guard.js';
export type { Guard, LayerInfo, RuleInfo } from './guard.js';
export { defineLayer } from './layer.js';
export type { LayerDefinition } from './layer.js';
export { createMemoryStore } from './state/memory-store.js';
export { LockEntrySchema, LockfileSchema, PinnedToolSchema, createLockEntry } from './stateful/lockfile.js';
export type { LockEntry, Lockfile, PinnedServer, PinnedTool } from './stateful/lockfile.js';
export { diffLockEntries } from './stateful/drift-diff.js';
export type { DriftChange } from './stateful/drift-diff.js';
export type { MemoryStateStore, MemoryStoreOptions } from './state/memory-store.js';
export { ScopeSchema, normalizeToolName } from './scopes.js';
export { AuthOptionsSchema, ToolRequirementSchema } from './auth-options.js';
export type { AuthOptions, AuthOptionsInput, ToolRequirement } from './auth-options.js';
export type { Scope, ScopeInput } from './scopes.js';
export { WireErrorCode } from './wire.js';
export { OrderedLane, carryOut, classifyMessage, idKey, inspectNow, inspectSafely, inspectionFailed, outcomeOf } from './adapter-kit.js';
export type { DispositionTargets, MessageShape } from './adapter-kit.js';
// For adapters (stdio, mcp-sdk): the requests each one passed on and must answer if its peer goes away.
export { PendingRequests } from './pending-requests.js';
export { Kind as ValueKindMask } from './values/kinds.js';
export { TextSignal as TextSignalMask } from './text/normalize.js';
export { VanguardError, VanguardErrorCode, isVanguardError } from './errors.js';
export type {
  Action,
  AdapterEvent,
  AuditEvent,
  Awaitable,
  Disposition,
  EffectivePolicy,
  EffectiveSafeZones,
  JsonValue,
  LayerFailureMode,
  LayerFinding,
  LayerRule,
  Outcome,
  SessionView,
  StateStore,
  StateView,
  ToolInventory,
  ToolRecord,
  AuditSink,
  Explanation,
  Finding,
  InspectContext,
  Layer,
  LayerContext,
  MessagePath,
  MessageType,
  Phase,
  Principal,
  ProfileName,
  RefusalRule,
  RemovedTool,
  ScannedValue,
  Sender,
  Severity,
  ValueKind,
  Verdict,
} from './types.js';
export { GuardOptionsSchema, LimitsSchema } from './options.js';
export type { GuardOptions, Limits, ToolRequirementInput } from './options.js';
export {
  JsonRpcBatchSchema,
  JsonRpcErrorResponseSchema,
  JsonRpcMessageSchema,
  JsonRpcNotificationSchema,
  JsonRpcRequestSchema,
  JsonRpcResultResponseSchema,
  RequestIdSchema,
} from './jsonrpc.js';
export type {
  JsonRpcErrorResponse,
  JsonRpcMessage,
  JsonRpcNotification,
  JsonRpcRequest,
  JsonRpcResultResponse,
  RequestId,
} from './jsonrpc.js';
export { RuleExampleSchema, RulePackSchema, RuleSchema } from './rules/schema.js';
export type { RuleDefinition, RuleExample } from './rules/schema.js';
export type { RulePackSource } from './rules/compile.js';
export { bundledRulePacks } from './rules/bundled.js';
export { testRulePack } from './rules/tester.js';
export type { RuleTestFailure } from './rules/tester.js';
export { canonicalize } from './text/normalize.js';
export type { CanonicalText, NormalizeLimits } from './text/normalize.js';
export { formatPath, redactSecrets } from './audit.js';
export { createJudgeLayer, JudgeOptionsSchema } from './semantic/judge/judge-layer.js';
export type { JudgeOptions } from './semantic/judge/judge-layer.js';
export type { InstructionModel } from './semantic/model.js';
export { functionBackend, ollamaBackend, openAiCompatibleBackend } from './semantic/judge/backends.js';
export type { FetchLike, HttpBackendOptions, JudgeAnswer, JudgeBackend, JudgeRequest } from './semantic/judge/backends.js';
