import { z } from 'zod';

/** Size and shape limits. Every message over one is blocked with a `preflight/*` rule. */
export const LimitsSchema = z
  .object({
    /** Largest message, in UTF-8 bytes (estimated from strings and keys for already parsed messages). */
    maxMessageBytes: z.number().int().positive().default(16 * 1024 * 1024),
    /** Deepest nesting of objects and arrays. */
    maxDepth: z.number().int().positive().default(64),
    /** Longest single string, in UTF-16 code units. */
    maxStringLength: z.number().int().positive().default(8 * 1024 * 1024),
    /** Longest array. */
    maxArrayLength: z.number().int().positive().default(10_000),
    /** Most keys in one object. */
    maxObjectKeys: z.number().int().positive().default(10_000),
    /** Most objects, arrays and values in one message. */
    maxNodes: z.number().int().positive().default(200_000),
    /** Rounds of percent / entity / escape decoding in normalization (values over 64 KiB get one). */
    maxDecodeRounds: z.number().int().min(1).max(16).default(4),
  })
  .strict();

export type Limits = z.infer<typeof LimitsSchema>;
