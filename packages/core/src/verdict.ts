import { formatPath } from './audit.js';
import type { Composition } from './composer.js';
import { dispositionFor } from './disposition.js';
import { isRecord } from './parse.js';
import type { Profile } from './profiles.js';
import type { Action, Explanation, Finding, MessageType, RemovedTool, Sender, Verdict } from './types.js';

const verbs: Readonly<Record<Action, string>> = {
  allow: 'Allowed',
  warn: 'Allowed with a warning',
  review: 'Flagged for review',
  'shadow-block': 'Would have blocked (audit only)',
  block: 'Blocked',
};

/** Drops the tools that blocking findings point into; undefined if a block is not tool-specific. */
export function removePoisonedTools(
  message: Record<string, unknown>,
  findings: readonly Finding[],
  effective: readonly Action[],
): { replacement: unknown; removedTools: RemovedTool[] } | undefined {
  const result = message['result'];
  if (!isRecord(result) || !Array.isArray(result['tools'])) return undefined;
  const poisoned = new Map<number, Set<string>>();
  for (let i = 0; i < findings.length; i++) {
    if (effective[i] !== 'block') continue;
    const path = findings[i]!.path;
    // A rule that matched more values than it reports (limits.maxFindingsPerRule) does not say which tools
    // the rest are in: the list is blocked whole.
    if (findings[i]!.data?.['unreported'] !== undefined) return undefined;
    if (path[0] !== 'result' || path[1] !== 'tools' || typeof path[2] !== 'number') return undefined;
    const rules = poisoned.get(path[2]) ?? new Set<string>();
    rules.add(findings[i]!.rule);
    poisoned.set(path[2], rules);
  }
  const tools = result['tools'] as unknown[];
  const removedTools: RemovedTool[] = [...poisoned.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, rules]) => {
      const t = tools[index];
      return { index, name: isRecord(t) && typeof t['name'] === 'string' ? t['name'] : `#${index}`, rules: [...rules] };
    });
  const replacement = { ...message, result: { ...result, tools: tools.filter((_, i) => !poisoned.has(i)) } };
  return { replacement, removedTools };
}

export interface VerdictInput {
  readonly composition: Composition;
  readonly profile: Profile;
  readonly messageType: MessageType;
  readonly method: string | undefined;
  readonly tool: string | undefined;
  /** The parsed message, or undefined when it could not be parsed. */
  readonly message: unknown;
  readonly from: Sender;
  readonly started: number;
  readonly blockedCode: number;
  /** Rule id → what an operator can do about a false positive. */
  readonly hints: ReadonlyMap<string, string>;
}

/** Builds the verdict: action, explanation, the filtered tool list when the profile removes tools, the disposition. */
export function buildVerdict(input: VerdictInput): Verdict {
  const { composition, profile, messageType, method, tool, message } = input;
  let replacement: unknown;
  let removedTools: RemovedTool[] | undefined;
  // Tools hidden by the auth layer are removed whatever the profile: hiding them is not a sign of poisoning.
  const onlyHidden = composition.findings.every((f, i) => composition.effective[i] !== 'block' || f.rule === 'auth/tool-hidden');
  if (composition.action === 'block' && method === 'tools/list' && messageType === 'response' && isRecord(message) && (profile.toolPoisoning === 'remove-tools' || onlyHidden)) {
    const removal = removePoisonedTools(message, composition.findings, composition.effective);
    if (removal) ({ replacement, removedTools } = removal);
  }
  const primary = composition.primary;
  const what = method ? `${method}${tool ? ` ${tool}` : ''}` : messageType;
  let summary: string;
  if (!primary) summary = `${verbs.allow} ${what}: ${composition.findings.length ? `${composition.findings.length} finding(s) below any action` : 'no findings'}`;
  else if (removedTools) summary = `Removed ${removedTools.length} ${onlyHidden ? 'hidden' : 'poisoned'} tool(s) from ${what}: ${removedTools.map((t) => t.name).join(', ')} (${primary.rule})`;
  else summary = `${verbs[composition.action]} ${what}: ${primary.message} (${primary.rule}${primary.path.length ? ` at ${formatPath(primary.path)}` : ''})`;
  const hint = primary ? input.hints.get(primary.rule) : undefined;
  const explain: Explanation = {
    summary,
    layer: primary?.layer,
    rule: primary?.rule,
    family: primary?.family,
    profileEffect:
      composition.requested !== undefined && composition.requested !== composition.action
        ? `${composition.requested} → ${composition.action} (${profile.name} profile)`
        : `${composition.action} (unchanged by the ${profile.name} profile)`,
    hint: primary
      ? `${hint ?? ''}${hint ? ' ' : ''}If this traffic is expected, set rules.overrides["${primary.rule}"] to "warn" (or "off"), or scope the override to one server, tool or principal with scopes: [{ match: { … }, overrides: { "${primary.rule}": "warn" } }].`
      : undefined,
  };
  const disposition = dispositionFor({
    message,
    messageType,
    from: input.from,
    action: composition.action,
    primary,
    replacement,
    blockedCode: input.blockedCode,
  });
  return {
    action: composition.action,
    findings: composition.findings,
    primary,
    explain,
    profile: profile.name,
    messageType,
    method,
    tool,
    disposition,
    ...(replacement === undefined || removedTools === undefined ? {} : { replacement, removedTools }),
    durationMs: performance.now() - input.started,
  };
}
