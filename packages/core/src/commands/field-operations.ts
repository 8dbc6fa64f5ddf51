import type { ScannedValue } from '../types.js';
import { flat, wordsOfTool } from './field-grants.js';
import { topLevel } from './split-arguments.js';
import type { ToolName } from './tool-names.js';
import { walkRecords, type WalkBounds } from './argument-walk.js';

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
const selectorKeys = new Set(['filter', 'filters', 'query', 'q', 'where', 'criteria', 'selector', 'match', 'conditions', 'search', 'jql']);
const everyKeys = new Set(['all', 'everything', 'deleteall', 'archiveall', 'selectall', 'allitems', 'allpages', 'allevents', 'allmessages']);
const itemKeys = new Set(['id', 'eventid', 'pageid', 'messageid', 'fileid', 'itemid', 'recordid', 'threadid', 'blockid']);
const startKeys = new Set(['timemin', 'start', 'starttime', 'startdate', 'after', 'since', 'mindate', 'datefrom', 'fromdate', 'startafter', 'startdatetime', 'timefrom']);
const endKeys = new Set(['timemax', 'end', 'endtime', 'enddate', 'before', 'until', 'maxdate', 'dateto', 'todate', 'endbefore', 'enddatetime', 'timeto']);
const yearOf = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-\d{2}-\d{2}/.exec(value.trim());
  return m === null ? undefined : Number(m[1]);
};
/** Whether a tool's name (its words) says it deletes, archives or trashes items (and not that it lists or restores them); read once per name in tool-names.ts. */
export const namesWipe = (words: readonly string[]): boolean => words.some((w) => wipeVerbs.has(w)) && !words.some((w) => notWipe.has(w));
const emptySelector = (value: unknown): boolean =>
  (typeof value === 'string' && /^\s*(?:\*|all|everything)?\s*$/i.test(value)) ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

// A selector that only excludes owners (`{"username": {"$ne": "me"}}`, `{"owner": {"$nin": [...]}}`) keeps
// every item of everyone else: a team's runs, experiments or files but the caller's own, taken whole.
const ownerKeys = new Set(['username', 'user', 'owner', 'author', 'creator', 'createdby', 'userid', 'ownerid', 'useremail']);
const negations = new Set(['$ne', '$nin', '$not', 'ne', 'nin', 'not', 'notin']);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Whether a selector object narrows by nothing but owners it leaves out (a `$and` of such conditions too). */
function othersOnly(value: unknown, depth = 0): boolean {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => {
    const condition = value[k];
    if (k === '$and' && depth === 0) return Array.isArray(condition) && condition.length > 0 && condition.every((c) => othersOnly(c, 1));
    return ownerKeys.has(flat(k)) && isRecord(condition) && Object.keys(condition).length > 0 && Object.keys(condition).every((op) => negations.has(op.toLowerCase()));
  });
}

/**
 * How a call to a deleting tool selects every item it holds (a sentence), or undefined. Reads the call's own
 * fields only; `name` is what the tool's name says when the caller has read it (tool-names.ts).
 */
export function destroysEverythingByFields(tool: string, args: unknown, name?: ToolName): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args) || !(name?.wipes ?? namesWipe(wordsOfTool(tool)))) return undefined;
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
    if (selectorKeys.has(key) && othersOnly(value)) every ??= `${k} leaves out only its owners: everyone else's, ${JSON.stringify(value).slice(0, 80)}`;
    if (selectorKeys.has(key) && typeof value === 'string' && wholeContainer(value)) every ??= `${k}=${JSON.stringify(value)}, a whole project`;
    if (everyKeys.has(key) && value === true) every ??= `${k}=true`;
    if (startKeys.has(key)) start = yearOf(value);
    if (endKeys.has(key)) end = yearOf(value);
  }
  if (every === undefined && start !== undefined && end !== undefined && start <= 1980 && end >= 2050) every = `a range from ${start} to ${end}`;
  return every === undefined ? undefined : `${tool} selects every item (${every})`;
}

// A ticket query (Jira's JQL, Zendesk's and Linear's search syntax) read condition by condition: the field
// each one tests. A query whose every condition names only the container (`project = SEC`, `type:ticket`)
// selects all it holds; one whose remaining conditions only keep the open items (`status<solved`,
// `statusCategory != Done`, `resolution is EMPTY`) selects the whole open queue. Any other field (a tag, an
// assignee, a date, a key, text) narrows it to items someone chose.

const containerFields = new Set(['project', 'space', 'board', 'team', 'type', 'issuetype', 'category']);
/** A floor on how bad an item is (`severity:>=50`, `priority >= 3`) keeps the queue's worst part, whatever its size: no item chosen. */
const floorFields = new Set(['severity', 'priority', 'risk', 'riskscore', 'score', 'confidence']);
const statusFields = new Set(['status', 'statuscategory', 'resolution', 'state']);
const closedWords = /^(?:solved|closed|done|resolved|complete|completed|canceled|cancelled)$/i;
const openWords = /^(?:new|open|pending|hold|on-hold|todo|to do|in progress|backlog|unresolved|empty|null|triage)$/i;
const maxQuery = 512;
/** A bulk close reads its call's objects (not the items of its lists) three deep, 64 at most. */
const closingBounds: WalkBounds = { nodes: 64, depth: 3 };

/**
 * The conditions of a query: JQL split on AND (an OR joins alternatives: left unread), search syntax
 * (`type:ticket status<solved`) on spaces, a ServiceNow encoded query on `^` (`^OR` an alternative), a
 * CrowdStrike FQL filter on `+` (its `,` an alternative; `:>=` its comparison).
 */
function conditionsOf(query: string): string[] | undefined {
  const text = query.replace(/\border\s+by\b[\s\S]*$/i, '').trim();
  if (text === '') return [];
  if (/\bor\b|\|\||\^(?:or|nq)/i.test(text)) return undefined;
  if (text.includes('^')) return text.split('^').filter((part) => !/^orderby/i.test(part));
  if (/^[a-z_.]+:/i.test(text) && /\+[a-z_.]+:/i.test(text)) return text.includes(',') ? undefined : text.split('+').map((part) => part.replace(/:(?=[<>!]=?)/, ''));
  if (/\s(?:and|&&)\s/i.test(text)) return text.split(/\s+(?:and|&&)\s+/i);
  const tokens = text.split(/\s+/);
  return tokens.every((t) => /[:<>=]/.test(t)) ? tokens : [text];
}

/** A condition's field, its operator and its value (`status<solved`, `project = SEC`, `type:ticket`). */
const condition = /^\s*"?([a-z][a-z_ ]{0,30}?)"?\s*(!=|<=|>=|=|<|>|:|\bnot\s+in\b|\bin\b|\bis\s+not\b|\bis\b|~)\s*(.*?)\s*$/i;

/** What a ticket query selects when it names nothing narrower than its container: `whole`, `open`, or undefined. */
export function queryScope(query: string): 'whole' | 'open' | undefined {
  if (query.length > maxQuery) return undefined;
  const parts = conditionsOf(query);
  if (parts === undefined) return undefined;
  let open = false;
  for (const part of parts) {
    const m = condition.exec(part);
    if (m === null) return undefined;
    const field = m[1]!.replace(/[\s_]/g, '').toLowerCase();
    if (containerFields.has(field)) continue;
    const op = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    if (floorFields.has(field) && (op === '>' || op === '>=')) continue;
    // ServiceNow's `active=true`: the items not yet closed.
    if (field === 'active' && op === '=' && /^true$/i.test(m[3]!.trim())) {
      open = true;
      continue;
    }
    if (!statusFields.has(field)) return undefined;
    const values = m[3]!.replace(/^\(|\)$/g, '').split(',').map((v) => v.trim().replace(/^["']|["']$/g, ''));
    const negated = op === '!=' || op === 'not in' || op === 'is not';
    // `status<solved` (Zendesk orders its statuses), `!= Done`, `in (Open, Pending)`, `resolution is EMPTY`.
    if ((op === '<' && values.every((v) => closedWords.test(v))) || (negated && values.every((v) => closedWords.test(v))) || (!negated && op !== '>' && op !== '>=' && values.every((v) => openWords.test(v)))) open = true;
    else return undefined;
  }
  return open ? 'open' : 'whole';
}

/** A query string that selects everything a project holds. */
const wholeContainer = (query: string): boolean => queryScope(query) === 'whole';

const bulkWords = new Set(['bulk', 'batch', 'mass', 'many', 'multiple']);
/** Items of a queue named in the plural: a tool that updates `records` or `detections` takes a selector of many. */
const queueItems = new Set(['records', 'detections', 'incidents', 'alerts', 'tickets', 'cases', 'findings', 'issues', 'notables']);
const closeWords = new Set(['update', 'transition', 'close', 'edit', 'set', 'modify', 'resolve', 'dismiss']);
/** Whether a tool's name (its words) says it changes many items at once (`zendesk_bulk_update`, `jira_bulk_transition`, `servicenow_update_records`). */
export const namesBulk = (words: readonly string[]): boolean => words.some((w) => bulkWords.has(w) || queueItems.has(w)) && words.some((w) => closeWords.has(w));
const closingKeys = new Set(['status', 'state', 'transition', 'resolution', 'statuscategory']);
/** A closing status, or a security queue's dismissal (a detection marked a false positive, ignored). */
const closingWords = /^(?:solved|closed|done|resolved|complete|completed|canceled|cancelled|false[_ -]?positive|dismissed|ignored|suppressed|benign)$/i;

/**
 * How a bulk call closes every open item of a queue (a sentence), or undefined: a tool that changes many items,
 * a query of the container (and its open statuses) only, and a status of closed set on all of them. Closing a
 * queue the user chose (solved tickets with a tag, done issues of some age) names more than that. `name` as
 * for {@link destroysEverythingByFields}.
 */
export function closesEverythingByFields(tool: string, args: unknown, name?: ToolName): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args) || !(name?.bulk ?? namesBulk(wordsOfTool(tool)))) return undefined;
  let scope: string | undefined;
  let closes: string | undefined;
  let picked = false;
  walkRecords(args, undefined, closingBounds, (record, _, descend, depth) => {
    for (const k in record) {
      const key = flat(k);
      const value = record[k];
      if (depth === 0 && (itemKeys.has(key) || key.endsWith('ids')) && value !== undefined && value !== null && !emptySelector(value)) return (picked = true);
      if (typeof value === 'string') {
        if (depth === 0 && selectorKeys.has(key) && queryScope(value) !== undefined) scope ??= `${k}=${JSON.stringify(value)}`;
        if (closingKeys.has(key) && closingWords.test(value.trim())) closes ??= `${k}=${value.trim()}`;
      } else if (!Array.isArray(value)) descend(value, undefined);
    }
    return false;
  });
  return !picked && scope !== undefined && closes !== undefined ? `${tool} closes every open item (${scope}, ${closes})` : undefined;
}
