// An access policy a call writes (Terraform HCL, a JSON policy document, a CloudFormation or serverless YAML):
// read by its statements. A statement that allows with everyone as its principal (`Principal = "*"`,
// `{ AWS = "*" }`) and no condition lets any account assume the role or reach the resource; one that allows
// every action on every resource (`Action = "*"`, `Resource = "*"`) is an administrator's grant. A policy scoped
// to a bucket, a federated or account principal, or a principal narrowed by a condition (an organisation, a
// source account) is the ordinary infrastructure it looks like. Linear in the text; findings are data.

/** Files an access policy is written in. */
export const policyFile = /\.(?:tf|tf\.json|json|ya?ml|hcl)$/i;
const maxText = 256 * 1024;

/** `Key = value`, `"Key": value` or `Key: value` (HCL, JSON, YAML), the key case-insensitive. */
const field = (key: string): string => String.raw`["']?${key}["']?\s*[:=]\s*`;
const everyone = new RegExp(String.raw`${field('principals?')}(?:["']\*["']|\{\s*${field('aws')}\[?\s*["']\*["'])`, 'gi');
const everyAction = new RegExp(String.raw`${field('actions?')}\[?\s*["']\*["']\s*\]?`, 'i');
const everyResource = new RegExp(String.raw`${field('resources?')}\[?\s*["']\*["']\s*\]?`, 'i');
const allows = new RegExp(String.raw`${field('effect')}["']?allow\b`, 'i');
const denies = new RegExp(String.raw`${field('effect')}["']?deny\b`, 'gi');
const condition = new RegExp(String.raw`["']?conditions?["']?\s*[:=]`, 'gi');

/** The starts of `pattern`'s matches in `text`, in order (`pattern` global). */
function starts(pattern: RegExp, text: string): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m.index);
    if (m[0] === '') pattern.lastIndex++;
  }
  return found;
}

/** Whether one of the sorted `positions` is in [from, to). */
function within(positions: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && positions[lo]! < to;
}

/**
 * The statement of each of the sorted positions `at`: from the innermost `{` not closed before it to the `}`
 * that closes it (the text's end if none does); one outside every brace (YAML) runs from it to the text's end.
 * One pass over the text, so a policy of many statements costs what its length does.
 */
function statementsAt(text: string, at: readonly number[]): Map<number, readonly [number, number]> {
  const open: number[] = [];
  const innermost: number[] = [];
  const closeOf = new Map<number, number>();
  for (let i = 0, next = 0; i < text.length; i++) {
    for (; next < at.length && at[next] === i; next++) innermost.push(open.length > 0 ? open[open.length - 1]! : -1);
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) open.push(i);
    else if (c === 125 /* } */ && open.length > 0) closeOf.set(open.pop()!, i + 1);
  }
  const spans = new Map<number, readonly [number, number]>();
  at.forEach((position, k) => {
    const o = innermost[k] ?? -1;
    spans.set(position, o < 0 ? [position, text.length] : [o, closeOf.get(o) ?? text.length]);
  });
  return spans;
}

/** What a written policy opens (a principal of everyone without a condition, every action on every resource), or undefined. */
export function openedPolicy(text: string): { readonly what: string; readonly evidence: string } | undefined {
  if (text.length > maxText || !/principal|action/i.test(text)) return undefined;
  const principals: RegExpExecArray[] = [];
  everyone.lastIndex = 0;
  for (let m = everyone.exec(text); m !== null; m = everyone.exec(text)) principals.push(m);
  const action = everyAction.exec(text);
  if (principals.length === 0 && action === null) return undefined;
  // A statement's deny or condition is looked up among the text's, each found once, so no statement is
  // re-read for each principal in it (a crafted policy of many would cost its length squared).
  const denied = starts(denies, text);
  const conditioned = starts(condition, text);
  const positions = principals.map((m) => m.index);
  if (action !== null) positions.push(action.index);
  const spans = statementsAt(text, positions.sort((a, b) => a - b));
  for (const m of principals) {
    const [from, to] = spans.get(m.index)!;
    if (!within(denied, from, to) && !within(conditioned, from, to)) return { what: 'allows everyone as its principal, with no condition', evidence: m[0].slice(0, 120) };
  }
  if (action !== null) {
    const [from, to] = spans.get(action.index)!;
    const statement = text.slice(from, to);
    if (allows.test(statement) && everyResource.test(statement) && !within(conditioned, from, to)) return { what: 'allows every action on every resource', evidence: action[0].slice(0, 120) };
  }
  return undefined;
}
