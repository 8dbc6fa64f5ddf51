import { rankOfAction } from './actions.js';
import { formatPath } from './audit.js';
import { ByMethodAndTool } from './by-method-and-tool.js';
import type { Composition } from './composer.js';
import { dispositionFor, forwardDisposition } from './disposition.js';
import { isRecord, messageIdOf } from './parse.js';
import type { Profile } from './profiles.js';
import type { Action, Explanation, Finding, MessageType, RemovedTool, Sender, Verdict } from './types.js';

/**
 * The clock of `durationMs`, read once: Node defines the global `performance` as a getter, which a read of
 * the global calls (on every verdict).
 */
export const monotonic = performance;

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

/**
 * The explanation's texts that depend on the rule or the actions alone, made once each: a burst of calls
 * that warn (a behaviour window past its threshold) builds the same hint and profile effect per call.
 */
const effects = new WeakMap<Profile, string[]>();
function profileEffectOf(profile: Profile, requested: Action | undefined, action: Action): string {
  let table = effects.get(profile);
  if (table === undefined) effects.set(profile, (table = []));
  const changed = requested !== undefined && requested !== action;
  const at = changed ? 5 + 5 * rankOfAction(requested) + rankOfAction(action) : rankOfAction(action);
  return (table[at] ??= changed ? `${requested} → ${action} (${profile.name} profile)` : `${action} (unchanged by the ${profile.name} profile)`);
}

const hintTexts = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();
function hintOf(hints: ReadonlyMap<string, string>, rule: string): string {
  let texts = hintTexts.get(hints);
  if (texts === undefined) hintTexts.set(hints, (texts = new Map<string, string>()));
  let text = texts.get(rule);
  if (text === undefined) {
    const hint = hints.get(rule);
    text = `${hint ?? ''}${hint ? ' ' : ''}If this traffic is expected, set rules.overrides["${rule}"] to "warn" (or "off"), or scope the override to one server, tool or principal with scopes: [{ match: { … }, overrides: { "${rule}": "warn" } }].`;
    // Rule ids are few; a layer making up ids without end only ever costs this map its size.
    if (texts.size >= 4096) texts.clear();
    texts.set(rule, text);
  }
  return text;
}

/**
 * The explanation of a verdict with no findings, by profile, method (or message type) and tool: made once
 * each and shared (frozen), as most messages have none and their explanation depends on these alone.
 */
const cleanExplanations = new WeakMap<Profile, ByMethodAndTool<string, Explanation>>();
const noFindings: readonly Finding[] = Object.freeze([]);

/** The profile looked up last and its explanations (a guard has one profile: no WeakMap look-up per message). */
let lastProfile: Profile | undefined;
let lastExplanations: ByMethodAndTool<string, Explanation> | undefined;

function cleanExplanation(profile: Profile, messageType: MessageType, method: string | undefined, tool: string | undefined): Explanation {
  let byMethod = profile === lastProfile ? lastExplanations : undefined;
  if (byMethod === undefined) {
    byMethod = cleanExplanations.get(profile);
    if (byMethod === undefined) cleanExplanations.set(profile, (byMethod = new ByMethodAndTool<string, Explanation>()));
    lastProfile = profile;
    lastExplanations = byMethod;
  }
  const head = method || messageType;
  const name = method && tool ? tool : '';
  const known = byMethod.get(head, name);
  if (known !== undefined) return known;
  const what = method ? `${method}${tool ? ` ${tool}` : ''}` : messageType;
  return byMethod.set(
    head,
    name,
    Object.freeze({
      summary: `${verbs.allow} ${what}: no findings`,
      layer: undefined,
      rule: undefined,
      family: undefined,
      profileEffect: profileEffectOf(profile, undefined, 'allow'),
      hint: undefined,
    }),
  );
}

/**
 * The verdict of a message no layer found anything in (most messages): what {@link buildVerdict} makes of
 * an empty composition, without composing, without a summary or an explanation made per message.
 */
export function cleanVerdict(profile: Profile, messageType: MessageType, method: string | undefined, tool: string | undefined, message: unknown, started: number): Verdict {
  return {
    action: 'allow',
    findings: noFindings,
    primary: undefined,
    explain: cleanExplanation(profile, messageType, method, tool),
    profile: profile.name,
    messageType,
    id: messageIdOf(message),
    method,
    tool,
    disposition: forwardDisposition,
    durationMs: monotonic.now() - started,
  };
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
  const onlyHidden = composition.action === 'block' && composition.findings.every((f, i) => composition.effective[i] !== 'block' || f.rule === 'auth/tool-hidden');
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
  const explain: Explanation = {
    summary,
    layer: primary?.layer,
    rule: primary?.rule,
    family: primary?.family,
    profileEffect: profileEffectOf(profile, composition.requested, composition.action),
    hint: primary ? hintOf(input.hints, primary.rule) : undefined,
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
  const id = messageIdOf(message);
  // Two literals, not a spread of a temporary object: the usual verdict replaces nothing.
  if (replacement === undefined || removedTools === undefined) {
    return { action: composition.action, findings: composition.findings, primary, explain, profile: profile.name, messageType, id, method, tool, disposition, durationMs: monotonic.now() - input.started };
  }
  return { action: composition.action, findings: composition.findings, primary, explain, profile: profile.name, messageType, id, method, tool, disposition, replacement, removedTools, durationMs: monotonic.now() - input.started };
}
