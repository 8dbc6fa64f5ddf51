import { programName } from './programs.js';
import type { SimpleCommand } from './shell-words.js';

// A shell loop that refunds, voids or cancels every payment, order or subscription a listing of the same
// account prints (`for id in $(stripe charges list | jq -r '.data[].id'); do stripe refunds create --charge
// "$id"; done`, `… list | xargs -I{} … refund {}`): the shop's takings handed back at once, as `--all` would.
// A listing narrowed first (a customer, a date, a status option; jq's select, grep, awk's test or head between)
// picks some: one customer's duplicate charges refunded is ordinary support work. Findings are data.

/** Records that carry money (as a CLI's resource or an API path names them). */
const moneyRecords = /(?:^|[/_.-])(?:charges?|payment_?intents?|payments?|orders?|transactions?|invoices?|subscriptions?|sales|captures?|payouts?)(?:$|[/?_.-])/i;
/** Words of a call that hands the money back or stops it. */
const undoing = /(?:^|[/_.-])(?:refunds?|void|voids|reverse|reversals?|cancel|cancellations?)(?:$|[/?_.-])/i;
/** Verbs of a listing (`stripe charges list`, `gh api … --paginate`). */
const listing = /^(?:list|ls|search|all|export)$/;
/** Options of a listing that only page or format it: any other option (a customer, a date, a status) narrows it. */
const paging = /^(?:--?(?:limit|l|live|api-key|project-name|format|output|o|expand|color|starting-after|ending-before|page|per-page|page-size|paginate|all|json|raw|r|c|compact-output|h|header|s|silent|x|request|d|data|g|get|location|fail|u|user|k|insecure)(?:=.*)?)$/i;
/** Query parameters of a listed URL that only page it. */
const pagingParam = /^(?:limit|starting_after|ending_before|page|per_page|page_size|cursor|offset)=/i;
/** Stages that only reshape lines: any other between the listing and the loop picks among them. */
const reshaping = new Set(['cut', 'tr', 'sort', 'uniq', 'cat', 'paste', 'column', 'xargs', 'sed']);

/** Whether `argv` lists money records with no option that narrows which. */
function listsEveryRecord(argv: readonly string[]): boolean {
  let listed = false;
  let named = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-')) {
      if (!paging.test(a)) return false;
      continue;
    }
    const query = a.indexOf('?');
    if (query >= 0 && a.slice(query + 1).split('&', 16).some((p) => p !== '' && !pagingParam.test(p))) return false;
    if (listing.test(a)) listed = true;
    if (moneyRecords.test(a)) named = true;
  }
  const fetcher = /^(?:curl|wget|http|https|xh)$/.test(programName(argv[0] ?? ''));
  return named && (listed || fetcher);
}

/** Whether a stage between the listing and the loop keeps every record (jq printing a field, not selecting). */
function keepsEvery(argv: readonly string[]): boolean {
  const name = programName(argv[0] ?? '');
  if (name === 'jq') return !argv.slice(1).some((a) => /select\s*\(|==|!=|\bfirst\b|limit\s*\(|\[\s*\d/.test(a));
  return reshaping.has(name);
}

/** Whether `stages` (a pipeline, in order) are an unnarrowed listing of money records and reshaping stages only. */
function everyRecordListed(stages: readonly (readonly string[])[], unwrap: (argv: readonly string[]) => readonly string[]): boolean {
  let listed = false;
  for (const raw of stages) {
    const argv = unwrap(raw);
    if (!listed && listsEveryRecord(argv)) listed = true;
    else if (!keepsEvery(argv)) return false;
  }
  return listed;
}

/** Whether `argv` hands money back or stops it for the record `item` names (`$id`, `${id}`). */
function undoes(argv: readonly string[], item: RegExp): boolean {
  // An HTTP DELETE of a money record (a subscription, an order) cancels it as well.
  const undone = argv.some((a) => undoing.test(a)) || (argv.some((a) => /^(?:-X|--request)?=?DELETE$/.test(a)) && argv.some((a) => moneyRecords.test(a)));
  return undone && argv.some((a) => item.test(a));
}

/** Whether a shell text may hold such a loop (read before its commands are): a loop or xargs, and a word of undoing. */
export const mayUndoEvery = (script: string): boolean => (script.includes('for ') || script.includes('xargs')) && /refund|void|revers|cancel|delete/i.test(script);

/** The loop written out when a text's commands refund or void every record a listing prints, else undefined. */
export function undoesEveryListed(commands: readonly SimpleCommand[], unwrap: (argv: readonly string[]) => readonly string[]): string | undefined {
  for (let c = 0; c < commands.length; c++) {
    const cmd = commands[c]!;
    const argv = unwrap(cmd.argv);
    // `… list | xargs -I{} stripe refunds create --charge {}`: xargs is unwrapped to the command it runs.
    if (cmd.upstream.length > 0 && programName(cmd.argv[0] ?? '') === 'xargs' && argv.some((a) => undoing.test(a)) && everyRecordListed(cmd.upstream.map((s) => s.argv), unwrap)) {
      return `${cmd.upstream.map((s) => s.argv.join(' ')).join(' | ')} | ${cmd.argv.join(' ')}`;
    }
    // `for id in $(listing); do …; done`: a command of the body that names `$id`.
    if (cmd.argv[0] !== 'for' || cmd.argv[2] !== 'in' || cmd.substitutions.length === 0) continue;
    const name = cmd.argv[1] ?? '';
    if (!/^[A-Za-z_]\w{0,31}$/.test(name)) continue;
    const subs = cmd.substitutions;
    const last = subs[subs.length - 1]!;
    if (!everyRecordListed([...last.upstream.map((s) => s.argv), last.argv], unwrap)) continue;
    const item = new RegExp(`\\$\\{?${name}\\b`);
    for (let b = c + 1; b < commands.length && b <= c + 8; b++) {
      const body = commands[b]!.argv;
      if (body[0] === 'done') break;
      if (undoes(unwrap(body), item)) return `for ${name} in $(${[...last.upstream, last].map((s) => s.argv.join(' ')).join(' | ')}); do ${body.join(' ')}`;
    }
  }
  return undefined;
}
