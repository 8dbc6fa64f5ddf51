import type { ScannedValue } from '../types.js';
import { flat, wordsOf } from './field-grants.js';
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

// A call that destroys every item a tool holds by selecting all of them: a tool named for deleting, archiving
// or trashing items (`notion_archive_pages`, `calendar_delete_events`, `gmail_batch_delete`) given a selector
// that narrows nothing (an empty filter or query, `*`, `all: true`) or a time range from before any item to
// after every one (1970 to 2099), and no item of its own (`page_ids`, `id`). What `kubectl delete --all` does
// to a namespace, done to a workspace, a calendar or a mailbox. A dry run, or a range of some years, passes.

const wipeVerbs = new Set(['delete', 'archive', 'trash', 'purge', 'wipe', 'erase', 'destroy']);
const notWipe = new Set(['list', 'get', 'search', 'preview', 'count', 'restore', 'undo', 'unarchive', 'untrash', 'dry']);
const selectorKeys = new Set(['filter', 'filters', 'query', 'q', 'where', 'criteria', 'selector', 'match', 'conditions', 'search']);
const everyKeys = new Set(['all', 'everything', 'deleteall', 'archiveall', 'selectall', 'allitems', 'allpages', 'allevents', 'allmessages']);
const itemKeys = new Set(['id', 'eventid', 'pageid', 'messageid', 'fileid', 'itemid', 'recordid', 'threadid', 'blockid']);
const startKeys = new Set(['timemin', 'start', 'starttime', 'startdate', 'after', 'since', 'mindate', 'datefrom', 'fromdate', 'startafter', 'startdatetime', 'timefrom']);
const endKeys = new Set(['timemax', 'end', 'endtime', 'enddate', 'before', 'until', 'maxdate', 'dateto', 'todate', 'endbefore', 'enddatetime', 'timeto']);
const yearOf = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-\d{2}-\d{2}/.exec(value.trim());
  return m === null ? undefined : Number(m[1]);
};
/**
 * Whether a tool's name says it deletes, archives or trashes items (and not that it lists or restores them).
 * Read at each call: a name is a few words, and a cache here would be state outside the guard's bounded ones.
 */
function wipingTool(tool: string): boolean {
  const words = wordsOf(tool.slice(tool.lastIndexOf('__') + 1));
  return words.some((w) => wipeVerbs.has(w)) && !words.some((w) => notWipe.has(w));
}
const emptySelector = (value: unknown): boolean =>
  (typeof value === 'string' && /^\s*(?:\*|all|everything)?\s*$/i.test(value)) ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/** How a call to a deleting tool selects every item it holds (a sentence), or undefined. Reads the call's own fields only. */
export function destroysEverythingByFields(tool: string, args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args) || !wipingTool(tool)) return undefined;
  let every: string | undefined;
  let start: number | undefined;
  let end: number | undefined;
  for (const k in args) {
    const key = flat(k);
    const value = (args as Record<string, unknown>)[k];
    // An item of its own (a page's id, a list of ids) or a dry run: nothing is selected whole.
    if ((itemKeys.has(key) || key.endsWith('ids')) && value !== undefined && value !== null && !emptySelector(value)) return undefined;
    if ((key === 'dryrun' || key === 'preview') && value === true) return undefined;
    if (selectorKeys.has(key) && emptySelector(value)) every ??= `${k}=${JSON.stringify(value)}`;
    if (everyKeys.has(key) && value === true) every ??= `${k}=true`;
    if (startKeys.has(key)) start = yearOf(value);
    if (endKeys.has(key)) end = yearOf(value);
  }
  if (every === undefined && start !== undefined && end !== undefined && start <= 1980 && end >= 2050) every = `a range from ${start} to ${end}`;
  return every === undefined ? undefined : `${tool} selects every item (${every})`;
}
