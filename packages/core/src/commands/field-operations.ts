import type { ScannedValue } from '../types.js';
import { topLevel } from './split-arguments.js';

// An operation a call spells in fields rather than in one command line: a verb in one argument, the kind of
// thing in another (`{"verb": "delete", "resource": "namespace", "name": "production"}`, `{"action": "drop",
// "object": "database"}`). A tool that runs it destroys what `kubectl delete namespace` or `DROP DATABASE`
// would, and is judged as those are (commands/analyze.ts, rules/programs.yaml remote-destroyers).

// Set lookups, not patterns: every call's arguments pass here, and keys are sent in lower case.
const verbKeys = new Set(['action', 'verb', 'operation', 'op', 'command', 'cmd', 'method', 'mode']);
const kindKeys = new Set(['object', 'object_type', 'objecttype', 'resource', 'resource_type', 'resourcetype', 'kind', 'type', 'target', 'entity', 'scope']);
const destroys = new Set(['drop', 'delete', 'destroy', 'remove', 'purge', 'truncate', 'wipe', 'rm', 'rb', 'erase']);
/** Whole things a verb destroys in one step with everything they hold. */
const wholes = new Set(['database', 'db', 'schema', 'namespace', 'namespaces', 'ns', 'bucket', 'cluster', 'project', 'repository', 'repo', 'resource-group', 'resourcegroup', 'resource_group', 'keyspace']);

/** The operation written out when a call's own arguments spell the destruction of a whole, else undefined. */
export function destroyedByFields(values: readonly ScannedValue[]): string | undefined {
  let verb: string | undefined;
  let kind: string | undefined;
  // The call's own arguments only (see topLevel), each a word.
  for (let v = 0; v < values.length && (verb === undefined || kind === undefined); v++) {
    const value = values[v]!;
    if (!topLevel(value) || value.raw.length > 40) continue;
    if (verb === undefined && verbKeys.has(value.key)) {
      const word = value.raw.trim().toLowerCase();
      if (destroys.has(word)) verb = `${value.key}=${word}`;
    } else if (kind === undefined && kindKeys.has(value.key)) {
      const word = value.raw.trim().toLowerCase();
      if (wholes.has(word)) kind = `${value.key}=${word}`;
    }
  }
  return verb !== undefined && kind !== undefined ? `${verb} ${kind}` : undefined;
}
