// A secret handed to a secret store (`github_set_actions_secret`, `put_secret_value`, `create_secret`) is put
// where secrets are kept, encrypted and masked: the rotation step that follows creating a key, not a leak. The
// store is named by the tool (a write verb, then `secret`), the secret travels in its value field, and the call
// names no address of its own (a URL in it is somewhere else the value may go). Kept only in the user's own
// store: a repository owner, cloud account or project the call names is asked of the session (storeKept), as
// data flow's provenance asks where a recipient came from.

import type { ScannedValue } from '../types.js';
import { Kind } from '../values/kinds.js';
import { keptInEnvironment } from './environment-keys.js';

const storeTool = /(?:^|[_.\-\s])(?:set|put|create|update|store|add|write|rotate)(?:[_.\-\s][a-z]+){0,3}?[_.\-\s]secrets?(?:[_.\-\s](?:value|version))?$/i;
const valueKey = /^(?:value|secret|secret_?value|secret_?string|plaintext(?:_?value)?|encrypted_?value|data)$/i;

/** Whether `values[at]` is the secret a secret-store tool named `tool` is asked to keep. */
export function storedAsSecret(tool: string | undefined, values: readonly ScannedValue[], at: number): boolean {
  const value = values[at]!;
  // (The arguments read whole, their fields joined, carry the secret the value field holds.)
  if (tool === undefined || !storeTool.test(tool) || !(valueKey.test(value.key) || value.path.length <= 2)) return false;
  for (let i = 0; i < values.length; i++) if (values[i]!.raw.includes('://')) return false;
  return true;
}

/**
 * Whether a key a secret rule matched in `values[at]` (`carries` tells a text holding one) is kept where keys
 * belong, read from the call alone: put in a secret store of the account the call is made with (the call
 * names no owner; a named one is the session's to judge, data flow's storeKept), or handed to the process of
 * a command line in its environment (secrets/environment-keys.ts). Read only for a value a rule matched.
 */
export function keptWhereItBelongs(tool: string | undefined, values: readonly ScannedValue[], at: number, carries: (text: string) => boolean): boolean {
  if (storedAsSecret(tool, values, at)) return ownersNamed(values) === undefined;
  return inCommandEnvironment(values[at]!, carries);
}

/** Whether `value` is a command line that hands the key it carries only to its commands' environment. */
export const inCommandEnvironment = (value: ScannedValue, carries: (text: string) => boolean): boolean =>
  (value.declaredMask & Kind.Command) !== 0 && keptInEnvironment(value.raw, carries);

/** Whose a store is: a code host's owner (`acme` of `acme/api`), a cloud account (an ARN's), a cloud project. */
export type OwnerKind = 'owner' | 'account' | 'project';

/**
 * The fields naming an owner or a repository (`owner/name`), as APIs spell them (snake, camel and Pascal
 * case): looked up as sent, no lower-casing, and only for a key whose first letters may start one.
 */
const ownerFields: ReadonlyMap<string, OwnerKind | 'repository'> = new Map(
  (
    [
      ['owner', 'owner'], ['org', 'owner'], ['organization', 'owner'],
      ['account', 'account'], ['account_id', 'account'],
      ['project', 'project'], ['project_id', 'project'],
      ['repo', 'repository'], ['repository', 'repository'], ['full_name', 'repository'], ['repo_full_name', 'repository'],
    ] as const
  ).flatMap(([key, kind]) => spellings(key).map((k) => [k, kind] as const)),
);

/** Whether `key` may be one of ownerFields by its first letters (`o`, `a`, `f`, `pr`, `re`): most keys of a call are passed here. */
function mayNameOwner(key: string): boolean {
  const c = key.charCodeAt(0) | 0x20;
  if (c === 0x6f || c === 0x61 || c === 0x66) return true;
  const d = key.charCodeAt(1) | 0x20;
  return (c === 0x70 && d === 0x72) || (c === 0x72 && d === 0x65);
}

/** The field `key` is of ownerFields, if any. */
const fieldOf = (key: string): OwnerKind | 'repository' | undefined => (mayNameOwner(key) ? ownerFields.get(key) : undefined);

/** `account_id` as APIs spell it: `account_id`, `accountId`, `AccountId`, `accountid`, `ACCOUNT_ID`. */
function spellings(key: string): string[] {
  const camel = key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return [...new Set([key, camel, camel[0]!.toUpperCase() + camel.slice(1), key.replace(/_/g, ''), key.toUpperCase()])];
}
/** An ARN's account (`arn:aws:secretsmanager:eu-west-1:123456789012:secret:x`). */
const arnAccount = /^arn:[a-z-]+:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/;
/** A repository slug (`acme/api`): the owner before its one slash. */
const repositorySlug = /^([a-z0-9][a-z0-9_.-]*)\/[a-z0-9_.-]+$/;

/** An owner a call names, and of what kind. */
export interface OwnerNamed {
  readonly kind: OwnerKind;
  readonly owner: string;
}

/**
 * The owners `values` (lower-case texts) name of the place a call acts on (undefined when none: most calls):
 * an owner, org, account or project field, a repository's `owner/name`, an ARN's account, a `projects/ID/…`
 * name. A value costs a look at its key's first letters and its text's.
 */
export function ownersNamed(values: readonly ScannedValue[]): OwnerNamed[] | undefined {
  let out: OwnerNamed[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const text = v.text;
    if (text.length === 0 || text.length > 200) continue;
    const field = fieldOf(v.key);
    let named: OwnerNamed | undefined;
    if (field === 'repository') {
      const owner = repositorySlug.exec(text)?.[1];
      if (owner !== undefined) named = { kind: 'owner', owner };
    } else if (field !== undefined) named = { kind: field, owner: text };
    else if (text.charCodeAt(0) === 0x61 /* a */ && text.startsWith('arn:')) {
      const account = arnAccount.exec(text)?.[1];
      if (account !== undefined) named = { kind: 'account', owner: account };
    } else if (text.charCodeAt(0) === 0x70 /* p */ && text.startsWith('projects/') && text.length > 9) {
      const end = text.indexOf('/', 9);
      if (end !== 9) named = { kind: 'project', owner: end < 0 ? text.slice(9) : text.slice(9, end) };
    }
    if (named !== undefined) (out ??= []).push(named);
  }
  return out;
}

/** What a session knows of owners, as data flow's provenance keeps it. */
export interface OwnersSeen {
  /** Whether a client call named this owner (the places the session works in), or any of `kind` when none is given. */
  readonly named: (kind: OwnerKind, owner?: string) => boolean;
  /** Whether a tool result named this repository (`acme/api` in its text) and no client call did. */
  readonly fromResult: (repository: string) => boolean;
}

/**
 * Whether the store a call to a secret-store tool names (its `values`) is the user's own: it names no owner
 * (the account the call is made with), or each owner it names is one an earlier call of the session named.
 * An owner no call named is a stranger's once the session works in another of that kind, or when its
 * repository came from a tool result; a session that named none and read it nowhere had it from the user.
 */
export function storeKept(values: readonly ScannedValue[], seen: OwnersSeen): boolean {
  let unnamed = false;
  for (const { kind, owner } of ownersNamed(values) ?? []) {
    if (seen.named(kind, owner)) continue;
    // The session works in another owner of this kind: this one is a stranger's.
    if (seen.named(kind)) return false;
    unnamed = true;
  }
  if (!unnamed) return true;
  const repository = repositoryOf(values);
  return repository === undefined || !seen.fromResult(repository);
}

/** The `owner/name` of the repository a call's fields name (one slug field, or an owner and a repository name). */
function repositoryOf(values: readonly ScannedValue[]): string | undefined {
  let owner: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const field = fieldOf(v.key);
    if (field === 'repository') {
      if (repositorySlug.test(v.text)) return v.text;
      name = v.text;
    } else if (field === 'owner') owner = v.text;
  }
  return owner !== undefined && name !== undefined ? `${owner}/${name}` : undefined;
}
