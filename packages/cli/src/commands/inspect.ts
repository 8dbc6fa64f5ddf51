import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

import { createGuard, type Finding, formatPath, type Sender, type Verdict } from '@vanguard/core';

import { parseCommandArgs, requireValues, usageError } from './args.js';
import { configFor, guardOptionsFor, profileFor } from './config.js';
import { isRecord } from './json-shape.js';

export const inspectUsage = `vanguard inspect [options] [FILE|-]

Inspects JSON-RPC traffic offline: one message per line (a bare message, or an envelope
{"message": ..., "from": "client"|"server", "session": "..."}), from FILE or standard input. Prints one
JSON verdict line per input line, in order. Uses the same configuration as vanguard start.

Options:
  --profile P        monitor | balanced | strict (default: the config's, else balanced)
  --config FILE      config file (default: ./vanguard.yaml if present)
  --session file|line  one session for the whole file (default), or a fresh session per line
  -h, --help         show this help
`;

const serverInitiated = new Set(['sampling/createMessage', 'elicitation/create', 'roots/list']);
const serverNotifications = /^notifications\/(?:message|resources\/|tools\/|prompts\/|elicitation\/|tasks|subscriptions\/)/;

/** Who sent a bare message: requests and notifications come from the client unless only servers send them. */
export function inferSender(message: unknown): Sender {
  const first: unknown = Array.isArray(message) ? message[0] : message;
  if (!isRecord(first)) return 'client';
  const method = first['method'];
  if (typeof method !== 'string') return 'server';
  return serverInitiated.has(method) || serverNotifications.test(method) ? 'server' : 'client';
}

interface Line {
  readonly message: unknown;
  readonly from: Sender;
  readonly session: string | undefined;
}

/** Reads one input line: an envelope `{message, from?, session?}` or a bare JSON-RPC message. */
function readLine(text: string): Line | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (isRecord(value) && 'message' in value && !('jsonrpc' in value)) {
    const message = value['message'];
    const from = value['from'] === 'client' || value['from'] === 'server' ? value['from'] : inferSender(message);
    return { message, from, session: typeof value['session'] === 'string' ? value['session'] : undefined };
  }
  return { message: value, from: inferSender(value), session: undefined };
}

const findingJson = (f: Finding): Record<string, unknown> => ({
  rule: f.rule,
  layer: f.layer,
  severity: f.severity,
  action: f.action,
  message: f.message,
  path: formatPath(f.path),
  ...(f.evidence === undefined ? {} : { evidence: f.evidence }),
});

export function verdictLine(line: number, verdict: Verdict): string {
  return JSON.stringify({
    line,
    action: verdict.action,
    rule: verdict.primary?.rule ?? null,
    layer: verdict.primary?.layer ?? null,
    severity: verdict.primary?.severity ?? null,
    method: verdict.method ?? null,
    tool: verdict.tool ?? null,
    summary: verdict.explain.summary,
    findings: verdict.findings.map(findingJson),
    ...(verdict.removedTools ? { removedTools: verdict.removedTools.map((t) => t.name) } : {}),
  });
}

/** `vanguard inspect`: returns the exit code. */
export async function runInspect(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs('inspect', {
    args: [...argv],
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      config: { type: 'string' },
      session: { type: 'string', default: 'file' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  requireValues(parsed.values);
  const { session, help } = parsed.values;
  if (help) {
    process.stdout.write(inspectUsage);
    return 0;
  }
  if (session !== 'file' && session !== 'line') throw usageError(`--session: "${session}" is not one of file, line`, { flag: 'session', allowed: ['file', 'line'] });
  if (parsed.positionals.length > 1) throw usageError('give one FILE (or - for standard input)');
  const file = parsed.positionals[0] ?? '-';
  const loaded = configFor(parsed.values.config, process.cwd());
  const options = guardOptionsFor(loaded, profileFor(parsed.values.profile, loaded));
  const guard = createGuard(options);
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<Error | undefined>((resolve) => {
    input.once('error', resolve);
    input.once('readable', () => resolve(undefined));
    input.once('end', () => resolve(undefined));
  });
  const failure = await opened;
  if (failure) {
    process.stderr.write(`vanguard inspect: cannot read ${file}: ${failure.message}\n`);
    return 2;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const text of lines) {
    n++;
    if (text.trim() === '') {
      // Blank lines still get a verdict, so output lines match input lines one to one.
      buffer += `${verdictLine(n, await guard.inspect('', { from: 'client', sessionId: `line-${n}` }))}\n`;
      continue;
    }
    const line = readLine(text);
    const sessionId = session === 'line' ? `line-${n}` : (line?.session ?? 'file');
    const verdict = line
      ? await guard.inspect(line.message, { from: line.from, sessionId })
      : await guard.inspect(text, { from: 'client', sessionId });
    buffer += `${verdictLine(n, verdict)}\n`;
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
  return 0;
}
