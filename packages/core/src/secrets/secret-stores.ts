// A secret handed to a secret store (`github_set_actions_secret`, `put_secret_value`, `create_secret`) is put
// where secrets are kept, encrypted and masked: the rotation step that follows creating a key, not a leak. The
// store is named by the tool (a write verb, then `secret`), the secret travels in its value field, and the call
// names no address of its own (a URL in it is somewhere else the value may go). Kept only in the user's own
// store: a repository owner, cloud account or project the call names is asked of the session (storeKept), as
// data flow's provenance asks where a recipient came from.

import type { ScannedValue } from '../types.js';

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

/** Whose a store is: a code host's owner (`acme` of `acme/api`), a cloud account (an ARN's), a cloud project. */
export type OwnerKind = 'owner' | 'account' | 'project';

const ownerKeys: ReadonlyMap<string, OwnerKind> = new Map([
  ['owner', 'owner'], ['org', 'owner'], ['organization', 'owner'],
  ['account', 'account'], ['accountid', 'account'], ['account_id', 'account'],
  ['project', 'project'], ['projectid', 'project'], ['project_id', 'project'],
]);
const repositoryKeys = new Set(['repo', 'repository', 'full_name', 'fullname', 'repo_full_name']);
/** An ARN's account (`arn:aws:secretsmanager:eu-west-1:123456789012:secret:x`). */
const arnAccount = /^arn:[a-z-]+:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/;
/** A repository slug (`acme/api`): the owner before its one slash. */
const repositorySlug = /^([a-z0-9][a-z0-9_.-]*)\/[a-z0-9_.-]+$/;

/**
 * The owners `values` (lower-case texts) name of the place a call acts on: an owner, org, account or project
 * field, a repository's `owner/name`, an ARN's account, a `projects/ID/…` name. Keys and prefixes are looked
 * at first, so a value costs a look-up or two.
 */
export function ownersNamed(values: readonly ScannedValue[], emit: (kind: OwnerKind, owner: string) => void): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const text = v.text;
    if (text.length === 0 || text.length > 200) continue;
    const key = v.key.length <= 16 ? v.key.toLowerCase() : '';
    const kind = ownerKeys.get(key);
    if (kind !== undefined) emit(kind, text);
    else if (repositoryKeys.has(key)) {
      const owner = repositorySlug.exec(text)?.[1];
      if (owner !== undefined) emit('owner', owner);
    } else if (text.startsWith('arn:')) {
      const account = arnAccount.exec(text)?.[1];
      if (account !== undefined) emit('account', account);
    } else if (text.startsWith('projects/')) {
      const end = text.indexOf('/', 9);
      if (end !== 9 && text.length > 9) emit('project', end < 0 ? text.slice(9) : text.slice(9, end));
    }
  }
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
  let kept = true;
  let unnamed = false;
  ownersNamed(values, (kind, owner) => {
    if (!kept || seen.named(kind, owner)) return;
    unnamed = true;
    kept = !seen.named(kind);
  });
  if (!kept || !unnamed) return kept;
  const repository = repositoryOf(values);
  return repository === undefined || !seen.fromResult(repository);
}

/** The `owner/name` of the repository a call's fields name (one slug field, or an owner and a repository name). */
function repositoryOf(values: readonly ScannedValue[]): string | undefined {
  let owner: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const key = v.key.length <= 16 ? v.key.toLowerCase() : '';
    if (repositoryKeys.has(key)) {
      if (repositorySlug.test(v.text)) return v.text;
      name = v.text;
    } else if (ownerKeys.get(key) === 'owner') owner = v.text;
  }
  return owner !== undefined && name !== undefined ? `${owner}/${name}` : undefined;
}
