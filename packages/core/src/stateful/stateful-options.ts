import { z } from 'zod';

import { LockfileSchema } from './lockfile.js';

/** Options of the built-in stateful layers (behaviour, data flow, budgets). See docs/stateful.md. */
export const StatefulOptionsSchema = z
  .object({
    /** Sliding-window and sequence rules of rules/behaviour.yaml. */
    behaviour: z.boolean().default(true),
    /** Fingerprints of sensitive results followed into outbound arguments, and provenance of recipients. */
    dataFlow: z.boolean().default(true),
    /** Circuit breakers per session: calls, risky and blocked messages per window. */
    budgets: z.boolean().default(false),
    /** Tools whose results are sensitive, by name (as the user marks them). */
    sensitiveTools: z.array(z.string().min(1)).default([]),
    /** Paths whose content is sensitive: a call with a path argument under one of them reads sensitive data. */
    sensitivePaths: z.array(z.string().min(1)).default([]),
    /**
     * What a session's calls leave in its workspace for later ones (a file downloaded, a credential copied, a
     * script written, a remote pointed), read with a later call's shell lines; false keeps nothing. Lives as
     * long as other layer state (`state.ttlMs`).
     */
    carry: z
      .union([
        z.literal(false),
        z
          .object({
            /** Most files or remotes of each kind kept per session (the newest). */
            maxEntries: z.number().int().min(0).default(24),
            /** Most scripts written by file tools kept per session (the newest). */
            maxScripts: z.number().int().min(0).default(8),
            /** Longest script kept, in UTF-16 code units (a longer one is not kept). */
            maxScriptLength: z.number().int().min(0).default(4096),
          })
          .strict(),
      ])
      .default({ maxEntries: 24, maxScripts: 8, maxScriptLength: 4096 }),
  })
  .strict()
  .default({ behaviour: true, dataFlow: true, budgets: false, sensitiveTools: [], sensitivePaths: [], carry: { maxEntries: 24, maxScripts: 8, maxScriptLength: 4096 } });

/** Rug-pull protection: pins of each server's `initialize` answer and tool definitions. */
export const PinsOptionsSchema = z
  .object({
    /** Pin on first use and report later changes (default true). */
    enabled: z.boolean().default(true),
    /** A lockfile written by `vanguard pin`: its servers are checked against it instead of first use. */
    lock: LockfileSchema.optional(),
    /** How long a first-use pin is kept in the store (default 30 days; the store may cap it). */
    ttlMs: z.number().int().positive().default(30 * 24 * 60 * 60 * 1000),
  })
  .strict()
  .default({ enabled: true, ttlMs: 30 * 24 * 60 * 60 * 1000 });

export type StatefulOptions = z.output<typeof StatefulOptionsSchema>;
export type PinsOptions = z.output<typeof PinsOptionsSchema>;
