import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

import { createGuard, type Finding, type Sender, type Verdict } from '@vanguard/core';

import { parseCommandArgs } from './args.js';

const serverInitiated = new Set(['sampling/createMessage', 'elicitation/create', 'roots/list']);
const serverNotifications = /^notifications\/(?:message|resources\/|tools\/|prompts\/|elicitation\/|tasks|subscriptions\/)/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
  path: f.path,
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

export async function runInspect(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArgs('inspect', {
    args: [...argv],
    allowPositionals: true,
    options: {
      profile: { type: 'string', default: 'balanced' },
      session: { type: 'string', default: 'file' },
      help: { type: 'boolean', short: 'h' },
    },
  }, (text) => process.stderr.write(text));
  if (!parsed) return 2;
  const { profile, session, help } = parsed.values;
  if (help) {
    process.stdout.write('vanguard inspect [--profile monitor|balanced|strict] [--session file|line] [FILE|-]\n');
    return 0;
  }
  if (profile !== 'monitor' && profile !== 'balanced' && profile !== 'strict') {
    process.stderr.write(`vanguard inspect: unknown profile "${profile}" (monitor, balanced or strict)\n`);
    return 2;
  }
  if (session !== 'file' && session !== 'line') {
    process.stderr.write(`vanguard inspect: --session must be "file" or "line"\n`);
    return 2;
  }
  if (parsed.positionals.length > 1) {
    process.stderr.write('vanguard inspect: give one FILE (or - for standard input)\n');
    return 2;
  }
  const file = parsed.positionals[0] ?? '-';
  const guard = createGuard({ profile });
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
