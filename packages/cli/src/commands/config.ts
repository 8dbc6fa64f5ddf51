import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

import { type GuardOptions, LimitsSchema, type ProfileName } from '@vanguard/core';
import { loadRulePacksFromDir } from '@vanguard/core/node';
import { GatewayConfigSchema } from '@vanguard/http';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** File names `vanguard start` looks for in the current folder when no `--config` is given. */
export const configFileNames = ['vanguard.yaml', 'vanguard.yml'] as const;

export const ProfileSchema = z.enum(['monitor', 'balanced', 'strict']);

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
        overrides: z.record(z.string().min(1), z.enum(['allow', 'warn', 'review', 'shadow-block', 'block', 'off'])).optional(),
      })
      .strict()
      .optional(),
    /** Size and shape limits of one message (see `LimitsSchema` in @vanguard/core). */
    limits: LimitsSchema.partial().optional(),
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

/** Stable codes of configuration errors. */
export const ConfigErrorCode = {
  /** The file could not be read or is not valid YAML. */
  Unreadable: 'VG_ERR_CONFIG_READ',
  /** The file does not match the config schema. */
  Invalid: 'VG_ERR_CONFIG_INVALID',
} as const;

export type ConfigErrorCode = (typeof ConfigErrorCode)[keyof typeof ConfigErrorCode];

/** A config file that cannot be used; the message names the file and every problem found. */
export class ConfigError extends Error {
  readonly code: ConfigErrorCode;
  readonly path: string;

  constructor(code: ConfigErrorCode, path: string, message: string) {
    super(message);
    this.name = 'ConfigError';
    this.code = code;
    this.path = path;
  }
}

/** A validated config and the folder its relative paths are resolved against. */
export interface LoadedConfig {
  readonly path: string;
  readonly dir: string;
  readonly config: VanguardConfig;
}

/** A key with nothing after it (`limits:` whose entries are all commented out) means "not set". */
function withoutNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

/** Parses and validates config text; `path` is only used in messages and to resolve relative paths. */
export function parseConfig(text: string, path: string): LoadedConfig {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new ConfigError(ConfigErrorCode.Unreadable, path, `${path} is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = VanguardConfigSchema.safeParse(withoutNulls(data) ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.') || '(top level)';
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      return `  - ${where}: ${issue.message}${keys}`;
    });
    throw new ConfigError(ConfigErrorCode.Invalid, path, `invalid config ${path}:\n${problems.join('\n')}`);
  }
  return { path, dir: dirname(path), config: parsed.data };
}

/** Reads and validates a config file. Throws {@link ConfigError}. */
export function loadConfig(path: string): LoadedConfig {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(ConfigErrorCode.Unreadable, absolute, `cannot read config ${absolute}: ${(error as Error).message}`);
  }
  return parseConfig(text, absolute);
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
 * `createGuard` options from a config (rule packs read from disk, paths relative to the config file).
 * A bad rule pack throws the guard's own `VanguardError` later, in `createGuard`.
 */
export function guardOptionsFor(loaded: LoadedConfig | undefined, profile: ProfileName): GuardOptions {
  const config = loaded?.config ?? {};
  const dir = loaded?.dir ?? process.cwd();
  const packs = [
    ...(config.rules?.dirs ?? []).flatMap((d) => loadRulePacksFromDir(resolveFrom(dir, d))),
    ...(config.rules?.files ?? []).map((f) => {
      const file = resolveFrom(dir, f);
      return { name: file, content: readFileSync(file, 'utf8') };
    }),
  ];
  return {
    profile,
    rules: { bundled: config.rules?.bundled ?? true, packs, overrides: config.rules?.overrides ?? {} },
    limits: config.limits ?? {},
    auditAllowed: config.audit?.allowed ?? true,
  };
}

/** The audit file a config names, resolved against the config's folder. */
export function auditFileOf(loaded: LoadedConfig | undefined): string | undefined {
  const file = loaded?.config.audit?.file;
  return file && loaded ? resolveFrom(loaded.dir, file) : undefined;
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
