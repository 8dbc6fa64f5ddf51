import { z } from 'zod';

/** Size and shape limits (a message over one is blocked with a `preflight/*` rule), and how many findings a rule keeps. */
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
    /** Findings one rule keeps per message; further matches are counted on the last one kept (`data.unreported`). */
    maxFindingsPerRule: z.number().int().positive().default(100),
  })
  .strict();

/**
 * Size and shape limits of one message (as resolved: every field set). Kept equal to `LimitsSchema` by a
 * type-level test; a type alias rather than an interface so that it is also a `Record<string, number>`.
 */
export type Limits = {
  /** Largest message, in UTF-8 bytes (default 16 MiB; estimated from strings and keys for already parsed messages). */
  maxMessageBytes: number;
  /** Deepest nesting of objects and arrays (default 64). */
  maxDepth: number;
  /** Longest single string, in UTF-16 code units (default 8 Mi). */
  maxStringLength: number;
  /** Longest array (default 10,000). */
  maxArrayLength: number;
  /** Most keys in one object (default 10,000). */
  maxObjectKeys: number;
  /** Most objects, arrays and values in one message (default 200,000). */
  maxNodes: number;
  /** Rounds of percent / entity / escape decoding in normalization, 1 to 16 (default 4; values over 64 KiB get one). */
  maxDecodeRounds: number;
  /** Findings one rule keeps per message (default 100); further matches are counted on the last one kept, as `data.unreported`. */
  maxFindingsPerRule: number;
};
