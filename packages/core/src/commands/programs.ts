import { parse as parseYaml } from 'yaml';

import { bundledData } from '../generated/bundled-rules.js';
import { compilePattern, type Pattern } from '../rules/pattern.js';
import { isRecord } from '../parse.js';

// The programs table (rules/programs.yaml) compiled for lookups. Bundled data, so a problem in it is a
// build defect: it throws on first use, and the programs-table test catches it.

export type Effect = 'exec' | 'shell' | 'setting' | 'write' | 'upload' | 'command' | 'script' | 'code' | 'search' | 'none';

/**
 * How a setting's value runs: as a command line (undefined), or as git reads a credential helper (a helper
 * name or path, or a shell snippet after `!`) or an alias (a git subcommand, or a shell snippet after `!`).
 */
export type SettingForm = 'git-helper' | 'git-alias' | 'project-folder' | 'url-rewrite' | undefined;

export interface Setting {
  readonly key: Pattern;
  /** Programs that are the setting's normal use; undefined: any value runs code. */
  readonly expect: ReadonlySet<string> | undefined;
  readonly form: SettingForm;
  /** Whether the value is a command line the program runs (`command: true`: git's pager, a filter driver …). */
  readonly command: boolean;
}

/** The words of `git config` before its key: options that take a value, modes that set nothing, subcommands (`set` sets). */
export interface ConfigOperands {
  readonly valueOptions: ReadonlySet<string>;
  readonly otherModes: ReadonlySet<string>;
  readonly subcommands: ReadonlySet<string>;
}

export interface OptionSpec {
  readonly effect: Effect;
  readonly expect: ReadonlySet<string> | undefined;
  readonly settings: readonly Setting[];
  readonly at: boolean;
  readonly until: ReadonlySet<string>;
  readonly when: Pattern | undefined;
}

export interface OperandSpec {
  readonly pattern: Pattern;
  readonly effect: Effect;
}

export interface ProgramSpec {
  readonly options: ReadonlyMap<string, OptionSpec>;
  readonly operands: readonly OperandSpec[];
  readonly subcommands: ReadonlyMap<string, ProgramSpec>;
  readonly scriptOperand: boolean;
  readonly destination: boolean;
  readonly allOperandsWrite: boolean;
  /** Every operand names a file that is sent (`gh gist create FILE…`). */
  readonly allOperandsUpload: boolean;
  readonly stdinUpload: boolean;
  readonly operandUpload: boolean;
  readonly configOperands: ConfigOperands | undefined;
}

export interface WrapperSpec {
  readonly valueOptions: ReadonlySet<string>;
  readonly skip: number;
  /** Options are written `/c` (Windows' cmd), so a word starting with `/` before the command is one. */
  readonly slashOptions: boolean;
}

/** A program run a certain way (its program matched by name): a credential printer, a remote destroyer. */
export interface Invocation {
  /** Words that must appear in order among its arguments. */
  readonly words: readonly string[];
  /** What the operand after the words must be, if anything. */
  readonly key: Pattern | undefined;
  /** An operand after the words matched whole by this (lower case) makes the invocation harmless, if given. */
  readonly unless: Pattern | undefined;
  /** What some operand after the words must be, if anything. */
  readonly operand: Pattern | undefined;
  /** Options of which one must be given, if any. */
  readonly show: ReadonlySet<string> | undefined;
  /** An option (any of `names`, as `--x v` or `--x=v`) whose value must match `pattern` (lower case), if any. */
  readonly value: { readonly names: ReadonlySet<string>; readonly pattern: Pattern } | undefined;
}

export interface EnvSpec {
  readonly expect: ReadonlySet<string> | undefined;
  readonly pattern: Pattern | undefined;
  /** A value that runs nothing anyone but root could have put there (lower case, matched whole): no harm. */
  readonly unless: Pattern | undefined;
}

export interface ProgramTable {
  readonly wrappers: ReadonlyMap<string, WrapperSpec>;
  readonly shells: ReadonlySet<string>;
  /** Interpreter name → its inline-code options. */
  readonly interpreters: ReadonlyMap<string, ReadonlySet<string>>;
  readonly fetchers: ReadonlySet<string>;
  /** Decoder name → options that make it decode (`*`: always). */
  readonly decoders: ReadonlyMap<string, ReadonlySet<string>>;
  readonly codeFetch: Pattern;
  readonly codeRun: Pattern;
  /** Inline code that decodes text (base64, hex) it could then run. */
  readonly codeDecode: Pattern;
  /** Inline code that deserialises with pickle (runs what the bytes say). */
  readonly codeUnpickle: Pattern;
  /** Inline code that fetches a file from a model hub or a file host. */
  readonly codeHubFetch: Pattern;
  /** Inline code that sends something over the network, and inline code that takes the whole environment. */
  readonly codeSend: Pattern;
  readonly codeEnvironment: Pattern;
  readonly environment: ReadonlyMap<string, EnvSpec>;
  /** Program → the options that make it delete folders whole (`*`: always). */
  readonly deleters: ReadonlyMap<string, ReadonlySet<string>>;
  /** A root a recursive delete must not take (over deletes.ts's rootForm). */
  readonly deleteRoot: Pattern;
  /** A root that covers the machine rather than a project (over a canonical path, home as `~`). */
  readonly wideRoot: Pattern;
  /** A file name pattern that looks for key material. */
  readonly keyMaterialName: Pattern;
  /** Programs whose output is a list of files found (read by xargs downstream). */
  readonly searchers: ReadonlySet<string>;
  /** Programs that pack their operands into one archive. */
  readonly archivers: ReadonlySet<string>;
  /** Programs that print the process environment when given no command. */
  readonly environmentDumpers: ReadonlySet<string>;
  /** Program → the options that name the file it writes a database to; without one, the dump goes to stdout. */
  readonly databaseDumpers: ReadonlyMap<string, readonly string[]>;
  /** Secret scanner → the options that redact what it prints (without one, its output holds every secret it found) and those naming its report file. */
  readonly secretScanners: ReadonlyMap<string, { readonly redact: readonly string[]; readonly report: readonly string[] }>;
  /** Program name → the commands of it that print a stored credential; a name ending in `*` is a prefix. */
  readonly credentialPrinters: ReadonlyMap<string, readonly Invocation[]>;
  /** Commands that print what the device holds of its person (the clipboard, a phone's messages and contacts). */
  readonly personalDataReaders: ReadonlyMap<string, readonly Invocation[]>;
  /** Program → the commands of it that write a new credential to the file their first operand after the words names. */
  readonly credentialWriters: ReadonlyMap<string, readonly Invocation[]>;
  /** CLI → words of the hosts its stored credential is for (a printer not listed is for no one service). */
  readonly credentialHomes: ReadonlyMap<string, readonly string[]>;
  /** Program → the commands of it that print an infrastructure stack's state whole, its secrets included. */
  readonly statePrinters: ReadonlyMap<string, readonly Invocation[]>;
  /** Program → the ways of running it that destroy what lives outside the machine in one step. */
  readonly remoteDestroyers: ReadonlyMap<string, readonly Invocation[]>;
  /** Program → the ways of running it that switch a security control of the machine off. */
  readonly securityDisablers: ReadonlyMap<string, readonly Invocation[]>;
  /** Program → the ways of running it that copy the machine's password store (registry hives). */
  readonly credentialDumpers: ReadonlyMap<string, readonly Invocation[]>;
  /** Commands that switch off a guard of the user's tools or code host (`guard-removals`). */
  readonly guardRemovals: ReadonlyMap<string, readonly Invocation[]>;
  /** Program → the ways of running it that open a resource to everyone or grant an owner or admin role. */
  readonly accessGrants: ReadonlyMap<string, readonly Invocation[]>;
  readonly programs: ReadonlyMap<string, ProgramSpec>;
}

type Raw = Record<string, unknown>;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const setOf = (v: unknown): ReadonlySet<string> | undefined => (Array.isArray(v) ? new Set(v.map((s) => String(s).toLowerCase())) : undefined);

const settingForm = (v: unknown): SettingForm => (v === 'git-helper' || v === 'git-alias' || v === 'project-folder' || v === 'url-rewrite' ? v : undefined);

function configOperands(raw: unknown): ConfigOperands | undefined {
  if (!isRecord(raw)) return undefined;
  return { valueOptions: new Set(strings(raw['value-options'])), otherModes: new Set(strings(raw['other-modes'])), subcommands: new Set(strings(raw['subcommands'])) };
}

function option(raw: Raw): OptionSpec {
  return {
    effect: (typeof raw['effect'] === 'string' ? raw['effect'] : 'none') as Effect,
    expect: setOf(raw['expect']),
    settings: (Array.isArray(raw['settings']) ? raw['settings'] : []).filter(isRecord).map((s) => ({ key: compilePattern(String(s['key'])), expect: setOf(s['expect']), form: settingForm(s['form']), command: s['command'] === true })),
    at: raw['at'] === true,
    until: new Set(strings(raw['until'])),
    when: typeof raw['when'] === 'string' ? compilePattern(raw['when']) : undefined,
  };
}

function program(raw: Raw): ProgramSpec {
  const options = new Map<string, OptionSpec>();
  for (const o of Array.isArray(raw['options']) ? raw['options'] : []) {
    if (!isRecord(o)) continue;
    const spec = option(o);
    for (const name of strings(o['names'])) options.set(name, spec);
  }
  const subcommands = new Map<string, ProgramSpec>();
  if (isRecord(raw['subcommands'])) for (const [name, sub] of Object.entries(raw['subcommands'])) if (isRecord(sub)) subcommands.set(name, program(sub));
  return {
    options,
    operands: (Array.isArray(raw['operands']) ? raw['operands'] : []).filter(isRecord).map((o) => ({ pattern: compilePattern(String(o['pattern'])), effect: String(o['effect']) as Effect })),
    subcommands,
    scriptOperand: raw['script-operand'] === true,
    destination: raw['destination'] === true,
    allOperandsWrite: raw['all-operands'] === 'write',
    allOperandsUpload: raw['all-operands'] === 'upload',
    stdinUpload: raw['stdin-upload'] === true,
    operandUpload: raw['operand-upload'] === true,
    configOperands: configOperands(raw['config-operands']),
  };
}

/** Compiles a programs table from its YAML text. */
export function compileProgramTable(content: string): ProgramTable {
  const doc = parseYaml(content, { merge: true }) as Raw;
  const wrappers = new Map<string, WrapperSpec>();
  for (const [name, w] of Object.entries(isRecord(doc['wrappers']) ? doc['wrappers'] : {})) {
    const spec = isRecord(w) ? w : {};
    wrappers.set(name, { valueOptions: new Set(strings(spec['value-options'])), skip: Number(spec['skip'] ?? 0), slashOptions: spec['slash-options'] === true });
  }
  const interpreters = new Map<string, ReadonlySet<string>>();
  for (const i of Object.values(isRecord(doc['interpreters']) ? doc['interpreters'] : {})) {
    if (!isRecord(i)) continue;
    for (const name of strings(i['names'])) interpreters.set(name, new Set(strings(i['code'])));
  }
  const decoders = new Map<string, ReadonlySet<string>>();
  for (const [name, opts] of Object.entries(isRecord(doc['decoders']) ? doc['decoders'] : {})) decoders.set(name, new Set(strings(opts)));
  const deleters = new Map<string, ReadonlySet<string>>();
  for (const [name, opts] of Object.entries(isRecord(doc['deleters']) ? doc['deleters'] : {})) deleters.set(name, new Set(strings(opts).map((o) => o.toLowerCase())));
  const environment = new Map<string, EnvSpec>();
  for (const e of Array.isArray(doc['environment']) ? doc['environment'] : []) {
    if (!isRecord(e)) continue;
    environment.set(String(e['name']), { expect: setOf(e['expect']), pattern: typeof e['pattern'] === 'string' ? compilePattern(e['pattern']) : undefined, unless: typeof e['unless'] === 'string' ? compilePattern(e['unless']) : undefined });
  }
  const invocations = (list: unknown): Map<string, Invocation[]> => {
    const byProgram = new Map<string, Invocation[]>();
    for (const c of Array.isArray(list) ? list : []) {
      if (!isRecord(c)) continue;
      const pattern = (key: string): Pattern | undefined => (typeof c[key] === 'string' ? compilePattern(c[key]) : undefined);
      const v = c['value'];
      const value = isRecord(v) && typeof v['pattern'] === 'string' ? { names: new Set(strings(v['names']).map((n) => n.toLowerCase())), pattern: compilePattern(v['pattern']) } : undefined;
      const invocation = { words: strings(c['words']), key: pattern('key'), unless: pattern('unless'), operand: pattern('operand'), show: setOf(c['show']), value };
      const name = String(c['program']);
      byProgram.set(name, [...(byProgram.get(name) ?? []), invocation]);
    }
    return byProgram;
  };
  const credentialPrinters = invocations(doc['credential-printers']);
  const remoteDestroyers = invocations(doc['remote-destroyers']);
  const securityDisablers = invocations(doc['security-disablers']);
  const credentialDumpers = invocations(doc['credential-dumpers']);
  const guardRemovals = invocations(doc['guard-removals']);
  const accessGrants = invocations(doc['access-grants']);
  const programs = new Map<string, ProgramSpec>();
  for (const [key, p] of Object.entries(isRecord(doc['programs']) ? doc['programs'] : {})) {
    if (!isRecord(p)) continue;
    const spec = program(p);
    for (const name of Array.isArray(p['names']) ? strings(p['names']) : [key]) programs.set(name, spec);
  }
  return {
    wrappers,
    shells: new Set(strings(doc['shells'])),
    interpreters,
    fetchers: new Set(strings(doc['fetchers'])),
    decoders,
    codeFetch: compilePattern(String(doc['code-fetch'])),
    codeRun: compilePattern(String(doc['code-run'])),
    codeDecode: compilePattern(String(doc['code-decode'])),
    codeUnpickle: compilePattern(String(doc['code-unpickle'])),
    codeHubFetch: compilePattern(String(doc['code-hub-fetch'])),
    codeSend: compilePattern(String(doc['code-send'])),
    codeEnvironment: compilePattern(String(doc['code-environment'])),
    environment,
    deleters,
    deleteRoot: compilePattern(String(doc['delete-root'])),
    wideRoot: compilePattern(String(doc['wide-root'])),
    keyMaterialName: compilePattern(String(doc['key-material-name'])),
    searchers: new Set(strings(doc['searchers'])),
    archivers: new Set(strings(doc['archivers'])),
    environmentDumpers: new Set(strings(doc['environment-dumpers'])),
    databaseDumpers: new Map((Array.isArray(doc['database-dumpers']) ? doc['database-dumpers'] : []).filter(isRecord).map((d) => [String(d['program']), strings(d['output'])] as const)),
    secretScanners: new Map((Array.isArray(doc['secret-scanners']) ? doc['secret-scanners'] : []).filter(isRecord).map((d) => [String(d['program']), { redact: strings(d['redact']), report: strings(d['report']) }] as const)),
    credentialPrinters,
    personalDataReaders: invocations(doc['personal-data-readers']),
    credentialWriters: invocations(doc['credential-writers']),
    statePrinters: invocations(doc['state-printers']),
    credentialHomes: new Map(Object.entries(isRecord(doc['credential-homes']) ? doc['credential-homes'] : {}).map(([name, hosts]) => [name, strings(hosts)] as const)),
    remoteDestroyers,
    securityDisablers,
    credentialDumpers,
    guardRemovals,
    accessGrants,
    programs,
  };
}

let bundled: ProgramTable | undefined;

/** The bundled programs table, compiled once per process. */
export function programTable(): ProgramTable {
  return (bundled ??= compileProgramTable(bundledData['programs'] ?? ''));
}

/** A program's name as the table knows it: base name, lower case, without `.exe`. */
export function programName(word: string): string {
  if (word.length > longName) return longProgramName(word);
  // Called for every word that may start a command: one backward pass finds the base name and whether it
  // needs lower-casing, so the usual name (`npm`, `git`) costs no regex, lastIndexOf call or new string.
  let start = word.length;
  let lower = true;
  for (; start > 0; start--) {
    const c = word.charCodeAt(start - 1);
    if (c === 0x2f || c === 0x5c) break;
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) lower = false;
  }
  const name = start === 0 ? word : word.slice(start);
  const base = lower ? name : name.toLowerCase();
  return base.endsWith('.exe') ? base.slice(0, -4) : base;
}

/** The length past which {@link programName} reads a word with the engine's own scans. */
const longName = 256;
const notLower = /[A-Z\u0080-\uffff]/;

/**
 * {@link programName} of a long word: a nested substitution makes each level's first word hold the rest of
 * the text, and the loop above read ~48 instructions a character of each (most of a long line's analysis).
 */
function longProgramName(word: string): string {
  // The readers of one command each ask for its program: the same long word, read once.
  if (word === lastLong.word) return lastLong.name;
  const start = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1;
  const name = start === 0 ? word : word.slice(start);
  const base = notLower.test(name) ? name.toLowerCase() : name;
  lastLong.word = word;
  lastLong.name = base.endsWith('.exe') ? base.slice(0, -4) : base;
  return lastLong.name;
}

/** The last long word {@link programName} read, and its name. */
const lastLong = { word: '', name: '' };

/** Lets go of the long word {@link programName} keeps (a slice of a text keeps all the text). */
export function forgetLongName(): void {
  lastLong.word = '';
  lastLong.name = '';
}
