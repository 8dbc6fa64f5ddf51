/**
 * Stable codes of the errors Vanguard throws. Thrown errors are only for programmer and configuration
 * mistakes; what is wrong with a message is a finding. Every code is documented in `docs/errors.md`.
 */
export const VanguardErrorCode = {
  /** `createGuard` received options that do not match the schema. */
  InvalidOptions: 'VG_ERR_INVALID_OPTIONS',
  /** A rule pack or rule is malformed (names the pack, the rule id and the field). */
  InvalidRule: 'VG_ERR_RULE_INVALID',
  /** A rule pattern that RE2 cannot compile (backreferences, lookaround, bad syntax). */
  UnsupportedRegex: 'VG_ERR_REGEX_UNSUPPORTED',
  /** Two rules share an id. */
  DuplicateRule: 'VG_ERR_RULE_DUPLICATE',
  /** A layer is malformed or two layers share a name. */
  InvalidLayer: 'VG_ERR_LAYER_CONFIG',
  /** A profile definition is malformed or names an unknown profile. */
  InvalidProfile: 'VG_ERR_PROFILE_INVALID',
  /** An override, scope or profile names a rule id or family that no loaded rule has (the error suggests the closest). */
  UnknownRule: 'VG_ERR_UNKNOWN_RULE',
  /** A configuration file (`vanguard.yaml`, a rule pack it names) cannot be read or is not valid YAML. */
  ConfigRead: 'VG_ERR_CONFIG_READ',
  /** A configuration file does not match its schema (names the file, the key and the allowed values). */
  ConfigInvalid: 'VG_ERR_CONFIG_INVALID',
  /** The `vanguard` command was given an unknown flag, a flag without its value or a value it does not accept. */
  Usage: 'VG_ERR_USAGE',
  /** A gateway's options are invalid, or it would listen beyond loopback without authentication under `strict`. */
  InvalidGateway: 'VG_ERR_GATEWAY_CONFIG',
} as const;

export type VanguardErrorCode = (typeof VanguardErrorCode)[keyof typeof VanguardErrorCode];

const brand = Symbol.for('vanguard.error');

/**
 * The only error class Vanguard throws. Check with {@link isVanguardError}, which works across bundles.
 * The stable code is the `code` field; the message is for people and does not repeat it.
 */
export class VanguardError extends Error {
  readonly code: VanguardErrorCode;
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly [brand] = true;

  constructor(code: VanguardErrorCode, message: string, data?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VanguardError';
    this.code = code;
    this.data = data;
  }
}

export function isVanguardError(value: unknown): value is VanguardError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
