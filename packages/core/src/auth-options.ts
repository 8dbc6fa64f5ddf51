import { z } from 'zod';

const Names = z.array(z.string().min(1)).min(1);

/** What a principal needs to call a tool: every one of `scopes`, and one of `roles` (when given). */
export const ToolRequirementSchema = z
  .object({
    /** Scopes the principal must all hold (OAuth `scope` claim, API-key scopes). */
    scopes: Names.optional(),
    /** Roles of which the principal must hold at least one. */
    roles: Names.optional(),
  })
  .strict();

/**
 * Options of the auth layer (`auth` in createGuard options): who may call which tool. Tool names are
 * compared after normalization (case, invisible characters, lookalikes), so a renamed tool cannot dodge them.
 */
export const AuthOptionsSchema = z
  .object({
    /** Per tool name: what calling it takes. */
    tools: z.record(z.string().min(1), ToolRequirementSchema).default({}),
    /** What calling a destructive tool takes (one with `destructiveHint: true`, or listed in `destructiveTools`). */
    destructive: ToolRequirementSchema.optional(),
    /** Tools to treat as destructive whatever their annotations say. */
    destructiveTools: z.array(z.string().min(1)).default([]),
    /** What calling any other tool takes (default: nothing). */
    default: ToolRequirementSchema.optional(),
    /** Remove from `tools/list` answers the tools the principal may not call (default true). */
    filterToolsList: z.boolean().default(true),
  })
  .strict();

export type ToolRequirement = z.output<typeof ToolRequirementSchema>;
export type AuthOptionsInput = z.input<typeof AuthOptionsSchema>;
export type AuthOptions = z.output<typeof AuthOptionsSchema>;
