// Node-only helpers of @vanguard/core: loading rule packs from a folder, a JSONL audit file sink.
import { createWriteStream, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { RulePackSource } from '../rules/compile.js';
import type { AuditEvent, AuditSink } from '../types.js';

/**
 * Reads every `*.yaml` / `*.yml` rule pack of a folder (sorted by name), for `createGuard({ rules: { packs } })`.
 * Data tables (files that start with `data:`, like the bundled programs table) are not packs and are skipped.
 */
export function loadRulePacksFromDir(dir: string): RulePackSource[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'profiles.yaml')
    .sort()
    .map((f) => ({ name: join(dir, f), content: readFileSync(join(dir, f), 'utf8') }))
    .filter((pack) => !/^(?:#[^\n]*\n|[ \t]*\n)*data:/.test(pack.content));
}

/**
 * An audit sink that appends one JSON line per event to a file; `close()` flushes it. A new file is
 * created readable and writable by its owner only (0o600): audit events carry tool arguments.
 */
export interface JsonlFileSink extends AuditSink {
  close(): Promise<void>;
}

/** Opens (or creates) the file at once, so a path that cannot be written throws here, not later. */
export function createJsonlFileSink(path: string): JsonlFileSink {
  const stream = createWriteStream(path, { fd: openSync(path, 'a', 0o600) });
  let failed: Error | undefined;
  stream.on('error', (error) => {
    failed = error;
  });
  const sink = ((event: AuditEvent) => {
    if (!failed) stream.write(`${JSON.stringify(event)}\n`);
  }) as JsonlFileSink;
  sink.close = () => new Promise<void>((resolve) => stream.end(resolve));
  return sink;
}
