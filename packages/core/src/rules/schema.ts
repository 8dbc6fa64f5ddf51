import { z } from 'zod';

import { signalNames } from '../text/normalize.js';
import { upperCaseLiteral } from './pattern.js';

export const ActionSchema = z.enum(['allow', 'warn', 'review', 'shadow-block', 'block']);
export const SeveritySchema = z.enum(['info', 'low', 'medium', 'high', 'critical']);
export const ValueKindSchema = z.enum(['path', 'url', 'command', 'text', 'tool-metadata', 'identifier', 'any']);
export const ProfileNameSchema = z.enum(['monitor', 'balanced', 'strict']);
const signalNameList = Object.keys(signalNames) as [keyof typeof signalNames, ...(keyof typeof signalNames)[]];
export const SignalNameSchema = z.enum(signalNameList);

/** An RE2 pattern over lower-cased text: an upper-case literal in it could never match. */
const LowerCasePattern = z.string().min(1).superRefine((source, ctx) => {
  const upper = upperCaseLiteral(source);
  if (upper) ctx.addIssue({ code: 'custom', message: `"${upper.char}" at offset ${upper.offset} is upper case, but values are lower-cased before patterns run, so it can never match (write it in lower case)` });
});

/** An example value a rule must (or must not) match; a bare string is a value sent by `from`. */
export const RuleExampleSchema = z.union([
  z.string(),
  z.object({ value: z.string(), kinds: z.array(ValueKindSchema).min(1).optional(), declared: z.array(ValueKindSchema).min(1).optional() }).strict(),
]);

/** One signature rule, as written in a YAML pack. */
export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be family/name in kebab case'),
    description: z.string().min(10),
    severity: SeveritySchema,
    action: z.enum(['warn', 'review', 'block']),
    kinds: z.array(ValueKindSchema).min(1),
    /** Who must have sent the message for the rule to apply. */
    from: z.enum(['client', 'server', 'any']).default('any'),
    /** Only when the field is declared (by its name or the tool schema) as one of these kinds. */
    declared: z.array(ValueKindSchema).min(1).optional(),
    /** Only when the field is not declared as any of these kinds (a command in a field not meant for one). */
    undeclared: z.array(ValueKindSchema).min(1).optional(),
    /**
     * `model`: the rule is about text addressed to a model (an order, a persona, a request for its prompt).
     * Server text always reaches the model; in a client request the rule reads only values handed on as prose,
     * not commands, code or the content of files being written (see ScannedValue.quoted).
     */
    audience: z.enum(['model']).optional(),
    /**
     * For a rule about orders addressed to the model: a sentence that addresses an AI only to ask for project
     * work (contributor guidance: run the tests, follow the style guide) is no hit (see text/agent-guidance.ts).
     */
    guidance: z.boolean().default(false),
    /**
     * For a rule about an act done covertly: a covert adverb in a statement of what something else does,
     * governed by a modal, a form of "be" or "to" with no AI named before it ("the sync can silently replace
     * files"), is no hit (see text/covert-statements.ts). So is a verb of reading in a statement of what
     * something else reads ("passwords are read from ~/.pgpass", "libpq will look in ~/.pgpass"; text/stated-reads.ts).
     */
    statements: z.boolean().default(false),
    /**
     * For a rule about sending secrets out: a secret's name that heads a document's name ("the password policy",
     * "the API key rotation guide") names a page people pass on, and is no hit (see text/document-topics.ts).
     */
    documents: z.boolean().default(false),
    /**
     * Whether the rule reads the body of a file a client call writes (`write_file`'s content). False for a
     * probe aimed at a server's statement: a test fixture of attack strings written to disk reaches none.
     */
    'written-files': z.boolean().default(true),
    /** Restrict to these methods (for responses: the method answered). */
    methods: z.array(z.string().min(1)).min(1).optional(),
    /** Lower-case literals one of which must occur for the patterns to run (a cheap gate before RE2). */
    prefilter: z.array(z.string().min(1).refine((s) => s === s.toLowerCase(), 'must be lower case')).min(1).optional(),
    /**
     * Groups of lower-case literals that must also occur, one of each group, within `window` characters
     * of a prefilter hit (anywhere in short values). A second cheap gate for rules whose prefilter words
     * are common in prose ("please", "ignore").
     */
    near: z.array(z.array(z.string().min(1).refine((s) => s === s.toLowerCase(), 'must be lower case')).min(1)).min(1).optional(),
    /**
     * In values matched whole, a `prefilter` or `near` literal with whitespace counts only where its words
     * stand next to each other, in order (anything but letters and digits between them), not wherever its
     * longest word is. For rules whose phrase words are common in prose ("ask the user").
     */
    phrases: z.boolean().default(false),
    /** RE2 patterns over the canonical (decoded, lower-case) text; any one matching is a hit. */
    patterns: z.array(LowerCasePattern).min(1).optional(),
    /**
     * RE2 patterns for known-harmless values the patterns would catch (`/etc/os-release` under a rule for
     * `/etc`): a value any of them matches is not a hit. Lower case, like patterns.
     */
    unless: z.array(LowerCasePattern).min(1).optional(),
    /** Normalization signals, any one of which is a hit (together with patterns, both must hold). */
    signals: z.array(SignalNameSchema).min(1).optional(),
    /** Characters around a prefilter hit that patterns see in long values. */
    window: z.number().int().min(64).max(65536).default(2048),
    message: z.string().min(5),
    hint: z.string().min(5).optional(),
    /** Replace the matched text in evidence (for secrets). */
    redact: z.boolean().default(false),
    /** Only active in these profiles (e.g. strict-only hardening). */
    profiles: z.array(ProfileNameSchema).min(1).optional(),
    examples: z
      .object({ match: z.array(RuleExampleSchema).min(1), 'no-match': z.array(RuleExampleSchema).min(1) })
      .strict(),
  })
  .strict()
  .refine((rule) => rule.patterns !== undefined || rule.signals !== undefined, {
    message: 'a rule needs patterns or signals',
    path: ['patterns'],
  })
  .refine((rule) => rule.near === undefined || rule.prefilter !== undefined, {
    message: 'near needs a prefilter to be near to',
    path: ['near'],
  });

/** A YAML rule pack: a named list of rules that one layer runs. */
export const RulePackSchema = z
  .object({
    pack: z.string().regex(/^[a-z0-9-]+$/),
    description: z.string().min(10),
    /** Which built-in layer runs the pack. */
    layer: z.enum(['preflight', 'rules', 'camouflage']).default('rules'),
    rules: z.array(z.unknown()).min(1),
  })
  .strict();

export type RuleDefinition = z.infer<typeof RuleSchema>;
export type RuleExample = z.infer<typeof RuleExampleSchema>;
export type RulePackInput = z.input<typeof RulePackSchema>;
