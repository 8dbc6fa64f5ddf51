// A SIEM search the agent runs, read by what its pipeline does (Splunk's SPL: `search … | stats … | …`):
// a `| delete` stage (the command takes no arguments) makes the events it matched unsearchable for good, what
// an intruder runs on the logs of their own logons; `| sendemail to=…` mails the results to the addresses it
// names, and one at a free personal mail provider takes the company's logs outside it. A search that counts,
// tables, mails the on-call team's own address or only reads passes. Stages are split on `|` outside quotes,
// in one bounded pass. Findings are data; nothing here throws.

import { personalMailbox } from '../values/personal-mail.js';

/** What a search pipeline does that reading does not (a sentence and its rule), or undefined. */
export interface PipelineHarm {
  readonly rule: 'cmd/remote-destruction' | 'sql/rows-sent-out';
  readonly what: string;
}

/** Keys a search tool takes its query under. */
const queryKeys = new Set(['query', 'search', 'spl', 'q', 'searchquery', 'search_query']);
const maxQuery = 64 * 1024;
const maxStages = 64;

/** The stages of a pipeline (`|` outside double quotes), each trimmed; bounded in stages. */
function stagesOf(text: string): string[] {
  const stages: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && stages.length < maxStages; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 && text.charCodeAt(i - 1) !== 0x5c) quoted = !quoted;
    else if (c === 0x7c && !quoted) {
      stages.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (stages.length < maxStages) stages.push(text.slice(start).trim());
  return stages;
}

/** The addresses a `sendemail` stage mails (`to=`, `cc=`, `bcc=`, quoted or not, comma-separated). */
function recipients(stage: string): string[] {
  const found: string[] = [];
  const option = /\b(?:to|cc|bcc)\s*=\s*(?:"([^"]{0,512})"|([^\s"]{1,512}))/g;
  for (let m = option.exec(stage); m !== null && found.length < 32; m = option.exec(stage)) {
    for (const address of (m[1] ?? m[2]!).split(/[,;]/)) if (address.includes('@')) found.push(address.trim());
  }
  return found;
}

/**
 * What a search query does beyond reading (see above), or undefined. `key` is the argument's name, `text` its
 * canonical lower-case text; only a query (by its key, or one that starts as SPL does) with a `|` is read.
 */
export function searchPipelineHarm(key: string, text: string): PipelineHarm | undefined {
  if (text.length > maxQuery || !text.includes('|') || !(text.includes('delete') || text.includes('sendemail'))) return undefined;
  if (!queryKeys.has(key.toLowerCase()) && !/^\s*(?:search\s|\|)/.test(text)) return undefined;
  const stages = stagesOf(text);
  // The first stage is the search itself (`search index=… delete` looks for the word).
  for (let s = 1; s < stages.length; s++) {
    const stage = stages[s]!;
    const command = /^[a-z]+/.exec(stage)?.[0];
    // Splunk's delete takes no arguments: `| delete the stale lookup` is prose.
    if (stage === 'delete') return { rule: 'cmd/remote-destruction', what: `a search that deletes the events it matched (| ${stage.slice(0, 40)})` };
    if (command === 'sendemail') {
      const outside = recipients(stage).find(personalMailbox);
      if (outside !== undefined) return { rule: 'sql/rows-sent-out', what: `a search that mails its results to a personal mailbox outside the company (${outside})` };
    }
  }
  return undefined;
}
