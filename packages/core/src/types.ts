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
  /** Canonical text: decoded, NFKC, invisible characters removed, confusables folded, lower case. */
  readonly text: string;
}

/** What layers see besides the message itself. */
export interface LayerContext extends InspectContext {
  readonly sessionId: string;
  readonly serverId: string;
  readonly profile: ProfileName;
  readonly messageType: MessageType;
  /** The method of the message, or for a response, of the request it answers (if known). */
  readonly method: string | undefined;
  /** For `tools/call` requests and their results: the tool name. */
  readonly tool: string | undefined;
  /** Every string value of the message that the guard scans, classified and normalized. */
  readonly values: readonly ScannedValue[];
}

/** A pluggable inspection step. */
export interface Layer {
  /** Unique kebab-case name, used in findings and audit events. */
  readonly name: string;
  readonly phase: Phase;
  /** Deterministic layers' blocks cannot be lowered; a non-deterministic (semantic) layer can only escalate. */
  readonly deterministic?: boolean;
  readonly description?: string;
  inspect(message: unknown, context: LayerContext): readonly Finding[] | Promise<readonly Finding[]>;
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

/** The guard's decision on one message. */
export interface Verdict {
  readonly action: Action;
  readonly findings: readonly Finding[];
  /** The finding that decided, or undefined when nothing did. */
  readonly primary: Finding | undefined;
  readonly explain: Explanation;
  readonly profile: ProfileName;
  readonly messageType: MessageType;
  readonly method: string | undefined;
  readonly tool: string | undefined;
  /**
   * When set, adapters forward this message in place of the original instead of an error: a `tools/list`
   * answer with its poisoned tools removed.
   */
  readonly replacement?: unknown;
  readonly removedTools?: readonly RemovedTool[];
  /** Wall time spent inspecting, in milliseconds. */
  readonly durationMs: number;
}

/** One audit record per verdict, with stable, SIEM-friendly field names. */
export interface AuditEvent {
  readonly schema: 'vanguard.audit.v1';
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
}

/** Receives audit events. It may be async; the guard never waits on it and never lets it throw. */
export type AuditSink = (event: AuditEvent) => void | Promise<void>;
