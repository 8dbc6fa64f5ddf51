import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

import { formatPath, type GuardOptions, GuardOptionsSchema, LimitsSchema, ScopeSchema, type ProfileName, type RulePackSource, testRulePack, VanguardError, VanguardErrorCode } from '@vanguard/core';
import { createJsonlFileSink, type JsonlFileSink, loadRulePacksFromDir } from '@vanguard/core/node';
import { GatewayConfigSchema } from '@vanguard/http';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

import { usageError } from './args.js';

/** File names `vanguard start` looks for in the current folder when no `--config` is given. */
export const configFileNames = ['vanguard.yaml', 'vanguard.yml'] as const;

export const ProfileSchema = z.enum(['monitor', 'balanced', 'strict']);

const OverridesSchema = z.record(z.string().min(1), z.enum(['allow', 'warn', 'review', 'shadow-block', 'block', 'off']));

/** The `vanguard` config file. Every section is optional; unknown keys are errors (they are usually typos). */
export const VanguardConfigSchema = z
  .object({
    /** `monitor` (audit only), `balanced` (default) or `strict`. `--profile` wins over it. */
    profile: ProfileSchema.optional(),
    rules: z
      .object({
        /** Load the rule packs shipped with Vanguard (default true). */
        bundled: z.boolean().optional(),
        /** Folders of extra rule packs (`*.yaml`), relative to the config file. */
        dirs: z.array(z.string().min(1)).optional(),
        /** Extra rule pack files, relative to the config file. */
        files: z.array(z.string().min(1)).optional(),
        /** Per rule id or family: the action to request instead, or `off`. */
        overrides: OverridesSchema.optional(),
      })
      .strict()
      .optional(),
    /** Size and shape limits of one message (see `LimitsSchema` in @vanguard/core). */
    limits: LimitsSchema.partial().optional(),
    /** Folders path arguments may reach (core's `safeZones`); relative roots are resolved against the config file's folder. */
    safeZones: GuardOptionsSchema.shape.safeZones,
    /** Policy per server, tool or principal (core's `scopes`); relative safe-zone roots as above. */
    scopes: z.array(ScopeSchema).optional(),
    stdio: z
      .object({
        /** Back-pressure bound per direction, in bytes (default 8 MiB). */
        maxBufferedBytes: z.number().int().positive().optional(),
        /** How long the server gets to exit after its input closes, then after SIGTERM (default 2000). */
        shutdownTimeoutMs: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** `vanguard gateway`: listen address, credentials, limits, upstreams (see docs/gateway.md). */
    gateway: GatewayConfigSchema.optional(),
    audit: z
      .object({
        /** Append JSONL audit events to this file, relative to the config file. `--audit` wins over it. */
        file: z.string().min(1).optional(),
        /** Also record allowed messages (default true). */
        allowed: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type VanguardConfig = z.infer<typeof VanguardConfigSchema>;

/** A validated config and the folder its relative paths are resolved against. */
export interface LoadedConfig {
  readonly path: string;
  readonly dir: string;
  readonly config: VanguardConfig;
}

/** A key with nothing after it (`limits:` whose entries are all commented out) means "not set". */
function withoutNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutNulls);
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

/** The keys an object of the schema accepts at `path` (array indexes skipped), for "allowed: ..." hints. */
function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = VanguardConfigSchema;
  for (const part of [...path, undefined]) {
    for (;;) {
      if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
      else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
      else break;
    }
    if (part === undefined || typeof part === 'number') continue;
    if (!(schema instanceof z.ZodObject)) return [];
    const next = (schema.shape as Record<string, z.ZodType>)[String(part)];
    if (!next) return [];
    schema = next;
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** One config problem: the key as paths are written everywhere (`limits.maxDepth`, `scopes[0].match`), what is wrong, what is allowed. */
export interface ConfigIssue {
  readonly key: string;
  readonly message: string;
  readonly allowed?: readonly string[];
}

function issuesOf(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => {
    const base = formatPath(issue.path.map((part) => (typeof part === 'number' ? part : String(part))));
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => (base ? `${base}.${k}` : k));
      return { key: keys.join(', '), message: `unknown key${keys.length > 1 ? 's' : ''}`, allowed: keysAt(issue.path) };
    }
    if (issue.code === 'invalid_value') return { key: base || '(top level)', message: 'unknown value', allowed: issue.values.map(String) };
    return { key: base || '(top level)', message: issue.message };
  });
}

const describeIssue = (issue: ConfigIssue): string =>
  `  - ${issue.key}: ${issue.message}${issue.allowed?.length ? ` (allowed: ${issue.allowed.join(', ')})` : ''}`;

/** Parses and validates config text; `path` is only used in messages and to resolve relative paths. */
export function parseConfig(text: string, path: string): LoadedConfig {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new VanguardError(VanguardErrorCode.ConfigRead, `${path} is not valid YAML: ${(error as Error).message}`, { file: path }, { cause: error });
  }
  const parsed = VanguardConfigSchema.safeParse(withoutNulls(data) ?? {});
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    throw new VanguardError(VanguardErrorCode.ConfigInvalid, `invalid config ${path}:\n${issues.map(describeIssue).join('\n')}`, { file: path, issues });
  }
  return { path, dir: dirname(path), config: parsed.data };
}

function readText(file: string, what: string, data: Record<string, unknown>): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new VanguardError(VanguardErrorCode.ConfigRead, `cannot read ${what} ${file}: ${(error as Error).message}`, { file, ...data }, { cause: error });
  }
}

/** Reads and validates a config file. Throws a `VanguardError` (`VG_ERR_CONFIG_READ` / `VG_ERR_CONFIG_INVALID`). */
export function loadConfig(path: string): LoadedConfig {
  const absolute = resolve(path);
  return parseConfig(readText(absolute, 'config', {}), absolute);
}

/** The config file of a folder (`vanguard.yaml` or `vanguard.yml`), if there is one. */
export function findConfig(dir: string): string | undefined {
  for (const name of configFileNames) {
    const candidate = resolve(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const resolveFrom = (dir: string, path: string): string => (isAbsolute(path) ? path : resolve(dir, path));

/**
 * The user's rule packs a config lists, read from disk and checked: a pack whose own examples fail does
 * not load (its rules would not do what they say), so the config is rejected naming the rule and example.
 */
function userPacks(loaded: LoadedConfig): RulePackSource[] {
  const { config, dir, path } = loaded;
  const packs = [
    ...(config.rules?.dirs ?? []).flatMap((d, i) => {
      const folder = resolveFrom(dir, d);
      try {
        return loadRulePacksFromDir(folder);
      } catch (error) {
        throw new VanguardError(VanguardErrorCode.ConfigRead, `${path}: rules.dirs[${i}]: cannot read ${folder}: ${(error as Error).message}`, { file: path, key: `rules.dirs[${i}]` }, { cause: error });
      }
    }),
    ...(config.rules?.files ?? []).map((f, i) => {
      const file = resolveFrom(dir, f);
      return { name: file, content: readText(file, `rule pack (${path}: rules.files[${i}])`, { key: `rules.files[${i}]` }) };
    }),
  ];
  const failures = packs.length ? testRulePack(packs) : [];
  if (failures.length) {
    const issues = failures.map((f) => ({ key: `${f.pack}: ${f.rule}`, message: `example ${JSON.stringify(f.example)} should ${f.expected === 'match' ? 'match' : 'not match'} (${f.problem})` }));
    throw new VanguardError(
      VanguardErrorCode.ConfigInvalid,
      `rule pack examples fail, so these rules do not load (run vanguard rules test on the pack):\n${issues.map(describeIssue).join('\n')}`,
      { file: path, issues },
    );
  }
  return packs;
}

/**
 * `createGuard` options from a config (rule packs read from disk, paths relative to the config file).
 * A bad rule pack throws the guard's own `VanguardError`, naming the pack, rule and field.
 */
export function guardOptionsFor(loaded: LoadedConfig | undefined, profile: ProfileName): GuardOptions {
  const config = loaded?.config ?? {};
  const dir = loaded?.dir ?? process.cwd();
  const zones = config.safeZones;
  const roots = (list: readonly string[]): string[] => list.map((r) => resolveFrom(dir, r));
  const scopes = config.scopes?.map((scope) => (scope.safeZones ? { ...scope, safeZones: { ...scope.safeZones, roots: roots(scope.safeZones.roots) } } : scope));
  return {
    profile,
    rules: { bundled: config.rules?.bundled ?? true, packs: loaded ? userPacks(loaded) : [], overrides: config.rules?.overrides ?? {} },
    limits: config.limits ?? {},
    auditAllowed: config.audit?.allowed ?? true,
    ...(zones
      ? {
          safeZones: {
            roots: roots(zones.roots),
            tools: Object.fromEntries(Object.entries(zones.tools).map(([tool, list]) => [tool, roots(list)])),
            action: zones.action,
          },
        }
      : {}),
    ...(scopes ? { scopes } : {}),
  };
}

/** `--profile`, else the config's `profile`, else `balanced`. An unknown `--profile` is a usage error. */
export function profileFor(flag: string | undefined, loaded: LoadedConfig | undefined): ProfileName {
  if (flag === undefined) return loaded?.config.profile ?? 'balanced';
  const checked = ProfileSchema.safeParse(flag);
  if (!checked.success) throw usageError(`--profile: unknown profile "${flag}" (allowed: ${ProfileSchema.options.join(', ')})`, { flag: 'profile', allowed: ProfileSchema.options });
  return checked.data;
}

/** The config `start` and `inspect` use: `--config FILE`, else `vanguard.yaml` / `.yml` in `cwd`, else none. */
export function configFor(flag: string | undefined, cwd: string): LoadedConfig | undefined {
  const path = flag === undefined ? findConfig(cwd) : resolve(cwd, flag);
  return path ? loadConfig(path) : undefined;
}

/** The audit file a config names, resolved against the config's folder. */
export function auditFileOf(loaded: LoadedConfig | undefined): string | undefined {
  const file = loaded?.config.audit?.file;
  return file && loaded ? resolveFrom(loaded.dir, file) : undefined;
}

/**
 * The JSONL audit sink of a command: `--audit FILE` (relative to the working directory) or the config's
 * `audit.file`; undefined when neither is given. A file that cannot be opened is a config error.
 */
export function openAuditSink(flag: string | undefined, loaded: LoadedConfig | undefined): JsonlFileSink | undefined {
  const file = flag ? resolve(flag) : auditFileOf(loaded);
  try {
    return file ? createJsonlFileSink(file) : undefined;
  } catch (error) {
    throw new VanguardError(VanguardErrorCode.ConfigRead, `cannot open the audit file ${file}: ${(error as Error).message}`, { file }, { cause: error });
  }
}

/** Where commands write and what they see of the process; tests pass their own. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
}

export const processIo: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get cwd() {
    return process.cwd();
  },
  env: process.env,
  platform: process.platform,
};
