/** What the guard decides for one message, from least to most severe. */
export type Action = 'allow' | 'warn' | 'review' | 'shadow-block' | 'block';

/** How bad a finding is; orders findings of the same action. */
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** Who sent the message: the agent host (`client`) or the MCP server (`server`). */
export type Sender = 'client' | 'server';

/** The fixed order in which layers run. */
export type Phase = 'normalize' | 'auth' | 'rules' | 'camouflage' | 'behavioral' | 'semantic';

/** Built-in profile names. */
export type ProfileName = 'monitor' | 'balanced' | 'strict';

/**
 * What a string value in a message is, judged from its shape, its argument name and the tool's input
 * schema. A value can be several kinds at once (a shell line holding a path is `command` and `path`).
 */
export type ValueKind = 'path' | 'url' | 'command' | 'text' | 'tool-metadata' | 'secret-bearing' | 'identifier';

/** A location inside a JSON-RPC message, as object keys and array indexes from the root. */
export type MessagePath = readonly (string | number)[];

/** One observation by one layer. Findings are data: layers return them, they never throw them. */
export interface Finding {
  /** Name of the layer that produced it. */
  readonly layer: string;
  /** Stable rule id, `family/name` (e.g. `path/traversal`). */
  readonly rule: string;
  /** Rule family (the part before `/`), used in explanations and overrides. */
  readonly family: string;
  readonly severity: Severity;
  /** The action the rule asks for before the profile applies. */
  readonly action: Action;
  /** Short, operator-facing description of what was seen. */
  readonly message: string;
  /** Where in the message the value was found. */
  readonly path: MessagePath;
  /** A short, redacted excerpt of what matched (after normalization). */
  readonly evidence?: string;
  /** Whether this finding comes from a deterministic layer (profile effects aside, it cannot be lowered). */
  readonly deterministic: boolean;
  /** Structured details the layer wants in the audit trail (scores, matched tool names, …). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * What a layer returns: only what its author knows. The engine adds the layer name, the family (from the
 * rule id), the severity and message the rule was declared with, and whether the layer is deterministic.
 */
export interface LayerFinding {
  /** A rule id the layer declared (`family/name`). */
  readonly rule: string;
  /** The action asked for; default: the action the rule was declared with. */
  readonly action?: Action;
  /** Default: the severity the rule was declared with. */
  readonly severity?: Severity;
  /** Default: the rule's description. */
  readonly message?: string;
  /** Where in the message (default: the message as a whole). */
  readonly path?: MessagePath;
  readonly evidence?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Who is behind the connection, as established by authentication. */
export interface Principal {
  readonly subject: string;
  readonly roles?: readonly string[];
  readonly scopes?: readonly string[];
  readonly issuer?: string;
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** Where a message comes from. Everything but `from` is optional. */
export interface InspectContext {
  readonly from: Sender;
  /** Per connection; correlation and behaviour state are keyed by it. Default `default`. */
  readonly sessionId?: string;
  /** Which upstream server; isolates state between servers. Default `default`. */
  readonly serverId?: string;
  readonly principal?: Principal;
  /** Aborts asynchronous layers; an aborted inspection is a fail-closed verdict. */
  readonly signal?: AbortSignal;
}

/** The shape of a JSON-RPC message as the guard understood it. */
export type MessageType = 'request' | 'notification' | 'response' | 'error' | 'batch' | 'invalid';

/** A string found in a message, with the forms the rules match against. */
export interface ScannedValue {
  readonly path: MessagePath;
  /** The argument or field name that holds it (`''` at an array item with no named parent). */
  readonly key: string;
  /** The string exactly as sent. */
  readonly raw: string;
  /** Kinds this value was classified as. */
  readonly kinds: readonly ValueKind[];
  /** The same kinds as bits of {@link ValueKindMask}, for allocation-free tests. */
  readonly kindMask: number;
  /** Kinds known from where the value sits (argument name, tool schema) before its shape was looked at. */
  readonly declaredMask: number;
  /**
   * Whether the client hands this value on as data rather than as prose for a reader: a command line, code,
   * or the content of a file being written. Rules with `audience: model` do not read it (quoting an order to
   * a model is not giving one). Always false in server messages, which a model reads.
   */
  readonly quoted: boolean;
  /** Normalization signals (encodings, invisible or lookalike characters) as bits of {@link TextSignalMask}. */
  readonly signalMask: number;
  /** Canonical text: decoded, NFKC, invisible characters removed, confusables folded, lower case. */
  readonly text: string;
  /** The canonical text read as a path: separators unified, redundant `./` and duplicate slashes removed. */
  readonly pathForm: string;
  /** The canonical text read as a shell line: quotes, `$IFS` and brace tricks removed. */
  readonly commandForm: string;
  /** The canonical text read as a URL: WHATWG-canonical host (decimal/hex/octal IPs as dotted quads). */
  readonly urlForm: string;
}

/** A JSON value, as a {@link StateStore} keeps it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A value or a promise of it: the in-memory store answers synchronously, a networked one does not. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Shared, bounded, expiring state behind the guard: request/response correlation, the tool inventory of
 * each server, and layers' own state. Keys are built by the guard (they carry the session, server,
 * principal and layer); a store only keeps values. Every entry has a TTL, and every store is bounded.
 * `createMemoryStore()` is the default; `createRedisStore()` of `@vanguard/redis` shares state between
 * guards.
 */
export interface StateStore {
  /** For audit and error messages (`memory`, `redis`). */
  readonly name: string;
  get(key: string): Awaitable<JsonValue | undefined>;
  /** Stores `value` for `ttlMs` milliseconds (a store may cap the TTL, never extend it). */
  set(key: string, value: JsonValue, ttlMs: number): Awaitable<void>;
  /** Reads and deletes in one step (a response settles its request exactly once). */
  take(key: string): Awaitable<JsonValue | undefined>;
  delete(key: string): Awaitable<void>;
  /** Adds `by` to a counter (created at 0 with `ttlMs`) and returns the new value. */
  increment(key: string, by: number, ttlMs: number): Awaitable<number>;
  /**
   * Records one event at `now` in a sliding window of `windowMs` and returns how many events the window
   * holds (a two-bucket sliding-window counter: O(1) memory per key; the previous bucket's events count
   * by how much of it the window still covers, rounded up, so a burst is never undercounted at an edge).
   */
  hit(key: string, now: number, windowMs: number): Awaitable<number>;
  /** Releases connections; the guard never calls it (the owner of the store does). */
  close?(): Awaitable<void>;
  /**
   * Why the store is answering from local state instead of its shared backend (Redis unreachable), or
   * undefined while it is healthy. The guard reports `engine/store-unavailable` while it is set: a warning
   * in `monitor` and `balanced`, a block in `strict` (fail closed).
   */
  degraded?(): string | undefined;
}

/** Per-session state a layer keeps, namespaced by the layer's name. Every entry expires. */
export interface StateView {
  get<T extends JsonValue = JsonValue>(name: string): Awaitable<T | undefined>;
  /** Default TTL: the guard's `state.ttlMs`. */
  set(name: string, value: JsonValue, options?: { readonly ttlMs?: number }): Awaitable<void>;
  delete(name: string): Awaitable<void>;
  increment(name: string, options?: { readonly by?: number; readonly ttlMs?: number }): Awaitable<number>;
  /** Records one event and returns how many fell in the last `windowMs` milliseconds. */
  hit(name: string, windowMs: number): Awaitable<number>;
}

/** What the guard has learned about one tool of one server from its `tools/list` answers. */
export interface ToolRecord {
  readonly name: string;
  /** Hash of the whole definition (name, title, description, schemas, annotations), stable across key order. */
  readonly hash: string;
  /** Argument name → kinds learned from the input schema (property names, `format`, descriptions). */
  readonly arguments: Readonly<Record<string, readonly ValueKind[]>>;
  readonly annotations?: Readonly<Record<string, JsonValue>>;
}

/** The tools a server announced in this session, as last seen. */
export interface ToolInventory {
  readonly serverId: string;
  readonly tools: Readonly<Record<string, ToolRecord>>;
  /** When the last `tools/list` answer was seen (epoch ms). */
  readonly updatedAt: number;
}

/** The session as a layer sees it: its own state, and what the guard knows about the server. */
export interface SessionView extends StateView {
  readonly id: string;
  readonly serverId: string;
  readonly principal: Principal | undefined;
  /** The server's tools as announced in this session, if a `tools/list` answer was seen. */
  tools(): Awaitable<ToolInventory | undefined>;
}

/** Safe zones in force for one message. */
export interface EffectiveSafeZones {
  /** Allowed roots, lexically resolved (`/`-separated, drive letters lower case). */
  readonly roots: readonly string[];
  readonly action: 'warn' | 'review' | 'block';
}

/** The policy that applies to one message after scopes are resolved. */
export interface EffectivePolicy {
  /** Indexes of the `scopes` entries that matched, in order. */
  readonly scopes: readonly number[];
  readonly safeZones: EffectiveSafeZones | undefined;
}

/** What layers see besides the message itself. */
export interface LayerContext<Options = undefined> {
  readonly from: Sender;
  readonly principal: Principal | undefined;
  readonly sessionId: string;
  readonly serverId: string;
  readonly profile: ProfileName;
  readonly messageType: MessageType;
  /** The method of the message, or for a response, of the request it answers (if known). */
  readonly method: string | undefined;
  /** For `tools/call` requests and their results: the tool name. */
  readonly tool: string | undefined;
  /** The JSON-RPC id of the message, if it has one. */
  readonly id: string | number | undefined;
  /** Every string value of the message that the guard scans, classified and normalized. */
  readonly values: readonly ScannedValue[];
  /** The policy that applies to this message after scopes (safe zones, …). */
  readonly policy: EffectivePolicy;
  /** This session's state, namespaced by the layer, and the server's tool inventory. */
  readonly session: SessionView;
  /**
   * State of this server id shared by every session and principal (tool pins, for instance), namespaced
   * by the layer. Use it only for facts about the server itself: anything per user belongs in `session`.
   */
  readonly server: StateView;
  /** What the engine and the layers before this one reported about this message so far (read-only). */
  readonly findings: readonly Finding[];
  /** The layer's options, validated by its `optionsSchema`. */
  readonly options: Options;
  /** Aborted when the layer's `timeoutMs` runs out or the caller aborts the inspection. */
  readonly signal: AbortSignal;
  /** The guard's clock (epoch milliseconds). */
  now(): number;
  /**
   * On a request with an id: says that this layer kept something in its state for the request's answer (as
   * the behaviour layer keeps a sensitive read pending). The guard keeps the word with the request's
   * correlation in the store, so a guard sharing the store that inspects the answer has it too.
   */
  keepForAnswer(): void;
  /**
   * On an answer: false only when its request's correlation says no layer kept anything for it (see
   * keepForAnswer), so what is kept for answers need not be looked up; true when a layer did, or when it is
   * not known (no correlation, or one written by a guard that does not say).
   */
  readonly keptForAnswer: boolean;
}

/** What a layer that throws, rejects or times out means: `open` warns, `closed` blocks, `profile` asks the profile. */
export type LayerFailureMode = 'open' | 'closed' | 'profile';

/** A rule a layer can report, declared with the layer so overrides and scopes can name it. */
export interface LayerRule {
  readonly description: string;
  /** Default `medium`. */
  readonly severity?: Severity;
  /** Default `block`. */
  readonly action?: Action;
  /** What an operator can do about a false positive. */
  readonly hint?: string;
}

/** A pluggable inspection step, made with `defineLayer`. Built-in layers are made the same way. */
export interface Layer {
  /** Unique kebab-case name, used in findings, audit events and state keys. */
  readonly name: string;
  readonly phase: Phase;
  readonly description: string;
  /** Link to the layer's documentation. */
  readonly docs: string | undefined;
  /** Deterministic layers' blocks cannot be lowered; a non-deterministic (semantic) layer can only escalate. */
  readonly deterministic: boolean;
  /** Only messages of these methods (a response counts as the method it answers); undefined: all. */
  readonly methods: ReadonlySet<string> | undefined;
  /** Only messages from this side; undefined: both. */
  readonly from: Sender | undefined;
  readonly failure: LayerFailureMode;
  /** This layer's own budget for an asynchronous answer; undefined: the guard's `layerTimeoutMs`. */
  readonly timeoutMs: number | undefined;
  /** The rules it may report; undefined: any well-formed id whose family is the layer's name. */
  readonly rules: Readonly<Record<string, LayerRule>> | undefined;
  inspect(message: unknown, context: LayerContext<unknown>): readonly LayerFinding[] | Promise<readonly LayerFinding[]>;
}

/** Operator-facing explanation of a verdict. */
export interface Explanation {
  /** One sentence: what happened and why. */
  readonly summary: string;
  readonly layer: string | undefined;
  readonly rule: string | undefined;
  readonly family: string | undefined;
  /** How the profile changed the requested action (e.g. `block → shadow-block (monitor audits only)`). */
  readonly profileEffect: string;
  /** What an operator can do if this is a false positive. */
  readonly hint: string | undefined;
}

/** A tool removed from a `tools/list` answer. */
export interface RemovedTool {
  readonly index: number;
  readonly name: string;
  readonly rules: readonly string[];
}

/**
 * What an adapter must do with the message, decided by core; adapters carry it out and nothing more.
 * - `forward`: pass the message on unchanged (also for `warn`, `review` and `shadow-block`).
 * - `replace`: pass `message` on in its place (a filtered `tools/list` answer, or the error that settles a
 *   blocked response's request).
 * - `respond`: do not pass it on; send `response` back to the sender (the other side never sees it). For a
 *   batch that mixes requests and responses, `replacement` goes on to the receiver too.
 * - `drop`: pass nothing on and answer nothing (a blocked notification, server output that is not JSON-RPC).
 */
export type Disposition =
  | { readonly kind: 'forward' }
  | { readonly kind: 'replace'; readonly message: unknown }
  | { readonly kind: 'respond'; readonly response: unknown; readonly replacement?: unknown }
  | { readonly kind: 'drop' };

/** What an adapter did with a message, as audit events record it. */
export type Outcome = 'forwarded' | 'replaced' | 'answered' | 'dropped';

/** The guard's decision on one message. */
export interface Verdict {
  readonly action: Action;
  readonly findings: readonly Finding[];
  /** The finding that decided, or undefined when nothing did. */
  readonly primary: Finding | undefined;
  readonly explain: Explanation;
  readonly profile: ProfileName;
  readonly messageType: MessageType;
  /**
   * The message's JSON-RPC id: a string or an integer, else undefined (a notification, a batch, an id of
   * another type). An adapter that tracks requests in flight reads it here instead of from the message.
   */
  readonly id: string | number | undefined;
  readonly method: string | undefined;
  readonly tool: string | undefined;
  /** What the adapter must do with the message. */
  readonly disposition: Disposition;
  /**
   * A `tools/list` answer with its poisoned tools removed, when the profile removes tools (the same
   * message as `disposition.message`).
   */
  readonly replacement?: unknown;
  readonly removedTools?: readonly RemovedTool[];
  /** Wall time spent inspecting, in milliseconds. */
  readonly durationMs: number;
}

/**
 * Something an adapter met that is not a message it could inspect: a line too large to hold, a server
 * that exited with requests in flight, an upstream that cannot be reached. `guard.decide` turns it into a
 * verdict (with a disposition and an audit event) like any message.
 */
export type AdapterEvent =
  | {
      readonly kind: 'oversize';
      /** Who sent it. */
      readonly from: Sender;
      /** Its size in bytes, as far as it was read. */
      readonly size: number;
      /** The limit it broke. */
      readonly limit: number;
      /** Its id, if the adapter could recover one. */
      readonly id?: string | number;
      /** Whether it is (most likely) a request, a response, or unknown. */
      readonly shape?: 'request' | 'response' | 'notification' | 'unknown';
    }
  | {
      readonly kind: 'server-gone';
      /** The request from the client that will never be answered. */
      readonly id: string | number;
      readonly reason: string;
      readonly data?: Readonly<Record<string, unknown>>;
    }
  | {
      readonly kind: 'upstream-unreachable';
      /** The request from the client that could not be delivered (none for a notification). */
      readonly id?: string | number;
      readonly reason: string;
      readonly data?: Readonly<Record<string, unknown>>;
    }
  | {
      /** A gateway refused the request before any message was inspected (authentication, a limit, Origin). */
      readonly kind: 'refused';
      readonly rule: RefusalRule;
      /** The request refused, if its id is known. */
      readonly id?: string | number;
      readonly reason: string;
      readonly data?: Readonly<Record<string, unknown>>;
    };

/** Why a gateway refused a request before inspecting it; each is an `adapter/…` rule in audit events. */
export type RefusalRule =
  | 'adapter/unauthenticated'
  | 'adapter/forbidden'
  | 'adapter/rate-limited'
  | 'adapter/busy'
  | 'adapter/session-limit'
  | 'adapter/session-unknown'
  | 'adapter/origin-refused'
  | 'adapter/header-mismatch';

/** One audit record per verdict, with stable, SIEM-friendly field names. */
export interface AuditEvent {
  readonly schema: 'vanguard.audit.v2';
  readonly time: string;
  readonly session_id: string;
  readonly server_id: string;
  readonly principal: string | null;
  readonly direction: 'client_to_server' | 'server_to_client';
  readonly message_type: MessageType;
  readonly message_id: string | number | null;
  readonly method: string | null;
  readonly tool: string | null;
  readonly action: Action;
  readonly rule: string | null;
  readonly layer: string | null;
  readonly severity: Severity | null;
  readonly profile: ProfileName;
  readonly summary: string;
  readonly findings: readonly {
    readonly rule: string;
    readonly layer: string;
    readonly severity: Severity;
    readonly action: Action;
    readonly message: string;
    readonly path: string;
    readonly evidence: string | null;
  }[];
  readonly removed_tools: readonly string[];
  readonly duration_ms: number;
  /** Unique id of this event. */
  readonly id: string;
  /** The guard's `host` option (the node sink fills in the machine's name), or null. */
  readonly host: string | null;
  /** What the adapter was told to do with the message. */
  readonly outcome: Outcome;
  /** For `answered` and `replaced` blocks: the JSON-RPC error sent in the message's place. */
  readonly error: { readonly code: number; readonly message: string } | null;
}

/** Receives audit events. It may be async; the guard never waits on it and never lets it throw. */
export type AuditSink = (event: AuditEvent) => void | Promise<void>;
