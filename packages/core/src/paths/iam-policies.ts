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
const denies = new RegExp(String.raw`${field('effect')}["']?deny\b`, 'i');
const condition = new RegExp(String.raw`["']?conditions?["']?\s*[:=]`, 'i');

/** The statement around `at`: from the nearest `{` not closed before it to the `}` that closes it (bounded). */
function statementAround(text: string, at: number): string {
  let depth = 0;
  let start = at;
  for (let i = at; i >= 0 && at - i < 4000; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) {
        start = i;
        break;
      }
      depth--;
    }
  }
  depth = 0;
  let end = text.length;
  for (let i = start; i < text.length && i - start < 8000; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  return text.slice(start, end);
}

/** What a written policy opens (a principal of everyone without a condition, every action on every resource), or undefined. */
export function openedPolicy(text: string): { readonly what: string; readonly evidence: string } | undefined {
  if (text.length > maxText || !/principal|action/i.test(text)) return undefined;
  everyone.lastIndex = 0;
  for (let m = everyone.exec(text); m !== null; m = everyone.exec(text)) {
    const statement = statementAround(text, m.index);
    if (!denies.test(statement) && !condition.test(statement)) return { what: 'allows everyone as its principal, with no condition', evidence: m[0].slice(0, 120) };
  }
  const action = everyAction.exec(text);
  if (action !== null) {
    const statement = statementAround(text, action.index);
    if (allows.test(statement) && everyResource.test(statement) && !condition.test(statement)) return { what: 'allows every action on every resource', evidence: action[0].slice(0, 120) };
  }
  return undefined;
}
