import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

import { VanguardError, VanguardErrorCode } from '../errors.js';
import { signalNames } from '../text/normalize.js';
import type { Action, ProfileName, Severity } from '../types.js';
import { kindBits } from '../values/kinds.js';
import { compilePattern, type Pattern } from './pattern.js';
import { type RuleDefinition, type RuleExample, RulePackSchema, RuleSchema } from './schema.js';

/** A rule pack to load: YAML text or an already parsed object, with the name errors should cite. */
export interface RulePackSource {
  /** File name or label, cited in errors. */
  readonly name: string;
  readonly content: string | Readonly<Record<string, unknown>>;
}

export type RuleLayerName = 'preflight' | 'rules' | 'camouflage';

/** A rule ready to run. */
export interface CompiledRule {
  readonly id: string;
  readonly family: string;
  readonly pack: string;
  readonly source: string;
  readonly layer: RuleLayerName;
  readonly description: string;
  readonly severity: Severity;
  readonly action: Action;
  readonly kinds: number;
  /** Declared field kinds required (0: no requirement). */
  readonly declared: number;
  /** Declared field kinds excluded. */
  readonly undeclared: number;
  /** Whether the rule is about text addressed to a model (skips values the client quotes as data). */
  readonly toModel: boolean;
  /** Whether sentences of contributor guidance to AI agents are no hit (see text/agent-guidance.ts). */
  readonly guidance: boolean;
  /** Whether covert adverbs in statements of what something else does are no hit (see text/covert-statements.ts). */
  readonly statements: boolean;
  /** Whether a secret's name that only heads a document's name ("the password policy") is no hit (see text/document-topics.ts). */
  readonly documents: boolean;
  /** Whether the rule reads the body of a file a client call writes (see RuleSchema's `written-files`). */
  readonly writtenFiles: boolean;
  /** 0: any sender, 1: client, 2: server. */
  readonly from: 0 | 1 | 2;
  readonly methods: ReadonlySet<string> | undefined;
  readonly prefilter: readonly string[] | undefined;
  readonly near: readonly (readonly string[])[] | undefined;
  /** Whether a phrase literal's longest word counts only next to the phrase's other words (see phraseCheck). */
  readonly phrases: boolean;
  /** The pattern sources, as written (what `regex` is compiled from). */
  readonly patterns: readonly string[] | undefined;
  readonly regex: Pattern | undefined;
  /** Known-harmless values: a form this matches is not a hit. */
  readonly unless: Pattern | undefined;
  readonly signals: number;
  readonly window: number;
  readonly message: string;
  readonly hint: string | undefined;
  readonly redact: boolean;
  readonly profiles: ReadonlySet<ProfileName> | undefined;
  readonly examples: { readonly match: readonly RuleExample[]; readonly noMatch: readonly RuleExample[] };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * A rule's literals as a value matched whole is scanned for them. A phrase (words with whitespace between
 * them) is looked for by its longest word, and so is a word of three characters or more written with
 * whitespace beside it: patterns join words with any run of separators (a tab, two spaces, a hyphen, an
 * underscore), which the literal as written would not find, while every text a pattern matches holds each
 * of the words. Shorter words keep their whitespace (`rm `, `my `): alone they would be found inside most
 * words of a text.
 */
export function scanLiterals(literals: readonly string[]): readonly string[] {
  const scanned = literals.map((literal) => scanWord(literal) ?? literal);
  return scanned.some((word, i) => word !== literals[i]) ? [...new Set(scanned)] : literals;
}

/** The word a literal is looked for by in a value matched whole (see {@link scanLiterals}), or undefined when it is looked for as written. */
export function scanWord(literal: string): string | undefined {
  if (!/\s/u.test(literal)) return undefined;
  const word = longestWord(literal);
  return word.length >= 3 ? word : undefined;
}

function longestWord(literal: string): string {
  let best = '';
  for (const word of literal.split(/[^\p{L}\p{N}]+/u)) if (word.length > best.length) best = word;
  return best;
}

/** The rule's patterns as one; `literalsFound` when the rule has a prefilter (its patterns run only where its literals are). */
function compileRegex(patterns: readonly string[], where: string, id: string, literalsFound = false): Pattern {
  const combined = patterns.length === 1 ? patterns[0]! : patterns.map((p) => `(?:${p})`).join('|');
  try {
    return compilePattern(combined, { literalsFound });
  } catch (cause) {
    const index = patterns.findIndex((p) => {
      try {
        compilePattern(p);
        return false;
      } catch {
        return true;
      }
    });
    throw new VanguardError(
      VanguardErrorCode.UnsupportedRegex,
      `${where}: rule ${id}: patterns.${Math.max(index, 0)}: RE2 cannot compile it (${(cause as Error).message})`,
      { pack: where, rule: id, field: `patterns.${Math.max(index, 0)}` },
      { cause },
    );
  }
}

/** Validates and compiles rule packs. Throws a {@link VanguardError} naming the pack, rule and field. */
export function compileRulePacks(sources: readonly RulePackSource[], options: { readonly lazy?: boolean } = {}): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    let document: unknown = source.content;
    if (typeof document === 'string') {
      try {
        document = parseYaml(document);
      } catch (cause) {
        throw new VanguardError(VanguardErrorCode.InvalidRule, `${source.name}: not valid YAML (${(cause as Error).message})`, { pack: source.name }, { cause });
      }
    }
    const pack = RulePackSchema.safeParse(document);
    if (!pack.success) {
      throw new VanguardError(VanguardErrorCode.InvalidRule, `${source.name}: ${describeIssues(pack.error)}`, { pack: source.name });
    }
    pack.data.rules.forEach((input, index) => {
      const id = typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string' ? (input as { id: string }).id : `#${index}`;
      const parsed = RuleSchema.safeParse(input);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join('.') ?? '';
        throw new VanguardError(VanguardErrorCode.InvalidRule, `${source.name}: rule ${id}: ${describeIssues(parsed.error)}`, { pack: source.name, rule: id, field });
      }
      const rule: RuleDefinition = parsed.data;
      const earlier = seen.get(rule.id);
      if (earlier !== undefined) {
        throw new VanguardError(VanguardErrorCode.DuplicateRule, `${source.name}: rule ${rule.id} is already defined in ${earlier}`, { pack: source.name, rule: rule.id, field: 'id' });
      }
      seen.set(rule.id, source.name);
      let signals = 0;
      for (const name of rule.signals ?? []) signals |= signalNames[name];
      const patterns = rule.patterns;
      let regex: Pattern | undefined;
      // Lazily compiled rules (the bundled ones, whose patterns the test suite compiles) cost nothing at
      // start-up until a value first reaches them; user packs compile here, so a pattern RE2 rejects is a
      // load error.
      if (patterns && !options.lazy) regex = compileRegex(patterns, source.name, rule.id, rule.prefilter !== undefined);
      const unless = rule.unless ? compileRegex(rule.unless, source.name, rule.id) : undefined;
      compiled.push({
        id: rule.id,
        family: rule.id.slice(0, rule.id.indexOf('/')),
        pack: pack.data.pack,
        source: source.name,
        layer: pack.data.layer,
        description: rule.description,
        severity: rule.severity,
        action: rule.action,
        kinds: kindBits(rule.kinds),
        declared: rule.declared ? kindBits(rule.declared) : 0,
        undeclared: rule.undeclared ? kindBits(rule.undeclared) : 0,
        toModel: rule.audience === 'model',
        guidance: rule.guidance,
        statements: rule.statements,
        documents: rule.documents,
        writtenFiles: rule['written-files'],
        from: rule.from === 'client' ? 1 : rule.from === 'server' ? 2 : 0,
        methods: rule.methods ? new Set(rule.methods) : undefined,
        prefilter: rule.prefilter,
        near: rule.near,
        phrases: rule.phrases,
        patterns,
        get regex(): Pattern | undefined {
          if (regex === undefined && patterns) regex = compileRegex(patterns, source.name, rule.id, rule.prefilter !== undefined);
          return regex;
        },
        unless,
        signals,
        window: rule.window,
        message: rule.message,
        hint: rule.hint,
        redact: rule.redact,
        profiles: rule.profiles ? new Set(rule.profiles) : undefined,
        examples: { match: rule.examples.match, noMatch: rule.examples['no-match'] },
      });
    });
  }
  return compiled;
}
