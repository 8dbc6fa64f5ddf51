import type { AuditEvent, Finding, InspectContext, Outcome, Verdict } from './types.js';

// Token shapes masked in every audit string, whatever rule produced it (a second line of defence:
// secret rules already redact their own evidence).
const secretShapes = /\b(?:akia|asia)[a-z0-9]{16}\b|\bgh[pousr]_[a-z0-9]{30,}|\bgithub_pat_[a-z0-9_]{40,}|\bxox[abposr]-[a-z0-9-]{10,}|\bsk-(?:proj-|ant-)?[a-z0-9_-]{20,}|\beyj[a-z0-9_-]{10,}\.[a-z0-9_-]{10,}\.[a-z0-9_-]{5,}|-----begin [a-z ]*private key-----[\s\S]*?(?:-----end [a-z ]*private key-----|$)|\bAIza[0-9a-z_-]{35}\b|\bglpat-[a-z0-9_-]{20}\b|\bnpm_[a-z0-9]{36}\b/gi;
const urlCredentials = /(\/\/[^\s/:@]+:)[^\s/@]+@/g;

/** Masks secrets in a string meant for logs. */
export function redactSecrets(text: string): string {
  return text.replace(secretShapes, (m) => `${m.slice(0, 4)}…[redacted]`).replace(urlCredentials, '$1[redacted]@');
}

/** A random event id (Web Crypto, available in every runtime core supports). */
function newEventId(): string {
  return crypto.randomUUID();
}

function pathString(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/**
 * The texts of frozen paths, made once each: a frozen path cannot change, and layers share one for every
 * finding of a kind (behaviour findings all point at the call's tool name, one per call in a burst).
 */
const frozenPaths = new WeakMap<readonly (string | number)[], string>();

/**
 * A message path as every output shows it (audit events, `errorFor` data, `vanguard inspect`):
 * `params.arguments.files[2].path`.
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Object.isFrozen(path)) return pathString(path);
  let text = frozenPaths.get(path);
  if (text === undefined) frozenPaths.set(path, (text = pathString(path)));
  return text;
}

function principalOf(context: InspectContext): string | null {
  const p = context.principal;
  if (!p) return null;
  return p.issuer ? `${p.issuer}:${p.subject}` : p.subject;
}

const findingRecord = (f: Finding): AuditEvent['findings'][number] => ({
  rule: f.rule,
  layer: f.layer,
  severity: f.severity,
  action: f.action,
  message: redactSecrets(f.message),
  path: pathString(f.path),
  evidence: f.evidence === undefined ? null : redactSecrets(f.evidence),
});

export function auditEventFor(
  verdict: Verdict,
  context: InspectContext & { sessionId: string; serverId: string },
  messageId: string | number | null,
  time: number,
  carried: { readonly host: string | null; readonly outcome: Outcome; readonly error: AuditEvent['error'] },
): AuditEvent {
  return {
    id: newEventId(),
    schema: 'vanguard.audit.v2',
    time: new Date(time).toISOString(),
    session_id: context.sessionId,
    server_id: context.serverId,
    principal: principalOf(context),
    direction: context.from === 'client' ? 'client_to_server' : 'server_to_client',
    message_type: verdict.messageType,
    message_id: messageId,
    method: verdict.method ?? null,
    tool: verdict.tool ?? null,
    action: verdict.action,
    rule: verdict.primary?.rule ?? null,
    layer: verdict.primary?.layer ?? null,
    severity: verdict.primary?.severity ?? null,
    profile: verdict.profile,
    summary: redactSecrets(verdict.explain.summary),
    findings: verdict.findings.map(findingRecord),
    removed_tools: verdict.removedTools?.map((t) => t.name) ?? [],
    duration_ms: Math.round(verdict.durationMs * 1000) / 1000,
    host: carried.host,
    outcome: carried.outcome,
    error: carried.error === null ? null : { code: carried.error.code, message: redactSecrets(carried.error.message) },
  };
}
