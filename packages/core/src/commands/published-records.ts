// People's records made public: a call that uploads, ingests or copies data to a place anyone reads (a Hub
// repo or dataset that is not private, a bucket object with a public ACL, a Kaggle dataset created public, a
// search index marked public), where what it moves is named as records of identifiable people: patients'
// notes and charts, medical or health records, MRNs, employees' files and reviews, payroll, passports, SSNs,
// an address book. Publishing a model, metrics or a public help centre is ordinary work, and so is sending
// people's records to the user's own private repo or bucket; the records published are not. A source named
// de-identified, anonymised, synthetic, redacted or scrubbed is the release done right, and passes.
// Findings are data; nothing here throws on odd input. One bounded walk per call, one pass per command.
import { walkRecords, type WalkBounds } from './argument-walk.js';
import { flat } from './field-grants.js';

const bounds: WalkBounds = { nodes: 400, depth: 6 };

/**
 * Names of records of identifiable people in a path, a bucket key, an artifact or a dataset name (lower
 * case; `-`, `_`, `.`, `/` and spaces separate words): a record noun after whose records they are.
 */
const peoplesRecords =
  /(?:^|[^a-z0-9])(?:(?:patients?|clinical|discharge|medical|health|ehr|emr|hospital)[-_ ]?(?:notes?|records?|charts?|summar(?:y|ies)|histor(?:y|ies)|files?)|(?:employees?|staff|personnel|hr|applicants?|candidates?)[-_ ]?(?:records?|files?|reviews?|dossiers?)|performance[-_ ]?reviews?|payroll|salar(?:y|ies)|mrns?|with[-_]?(?:mrn|ssn|phi|pii)|ssns?|passports?(?:[-_ ]?scans?)?|address[-_ ]?book|contacts?\.(?:vcf|csv))(?![a-z])/;
/** A source that names its people taken out: the release done right. */
const scrubbed = /de-?ident|deid|anonymi[sz]|anonymous|\banon\b|pseudonymi|synthetic|redacted|scrubbed|masked|fake|mock|dummy/;
/** Code, docs and settings about such records (`src/patient_record.py`, `patient-records-api`): no one's records. */
const aboutRecords = /\.(?:py|[cm]?[jt]sx?|java|kt|go|rb|rs|cs|php|swift|md|rst|html?|ipynb|ya?ml|toml|proto|graphql)$|(?:^|[^a-z])(?:schemas?|templates?|api|app|sdk|service|client|ui)(?![a-z])/;

/** Words of a tool's name that put data somewhere (an upload, an ingest into an index, a publish). */
export const publishingWords = new Set(['upload', 'uploads', 'ingest', 'publish', 'push', 'sync', 'import', 'index', 'put', 'copy', 'release', 'commit', 'add', 'create']);

/** Keys whose value names what the call moves: a folder, files, a source, an artifact. */
const sourceKeys = new Set(['folderpath', 'path', 'paths', 'localpath', 'localdir', 'localfolder', 'file', 'files', 'filepath', 'source', 'sources', 'src', 'input', 'inputs', 'data', 'datapath',
  'dataset', 'documents', 'docs', 'uri', 'uris', 'urls', 'prefix', 'directory', 'dir', 'folder', 'pathorfileobj', 'pathinrepo', 'artifact']);
/** Keys that say whether the place is private (`private: false`) or public (`public: true`, `visibility: 'public'`). */
const privateKeys = new Set(['private', 'isprivate']);
const publicKeys = new Set(['public', 'ispublic']);
const audienceKeys = new Set(['visibility', 'access', 'privacy', 'acl', 'sharing', 'audience']);
const publicAudience = /^(?:public|public-read|public-read-write|publicread|anyone|everyone|allusers|world|open)$/i;

/** The name of people's records `text` gives (as written), unless it says they were taken out. */
export function recordsNamed(text: string): string | undefined {
  if (text.length > 512) return undefined;
  const lower = text.toLowerCase();
  return peoplesRecords.test(lower) && !scrubbed.test(lower) && !aboutRecords.test(lower) ? text : undefined;
}

/** Keys whose value is code the place runs and shows the output of (a kernel's, a notebook's, a Space's). */
const codeKeys = new Set(['code', 'script', 'cell', 'cells', 'notebook', 'kernel', 'content', 'body']);

/** What a call's fields put in a public place: the records its source names, the code it publishes. */
export interface PublicFields {
  readonly records: string | undefined;
  readonly code: readonly string[];
}

/**
 * What a call (a tool whose name puts data somewhere) puts where anyone reads it, or undefined when its fields
 * do not make the place public: the name of people's records its source gives, and the code it carries.
 */
export function publicFields(args: unknown): PublicFields | undefined {
  let open = false;
  let records: string | undefined;
  let code: string[] | undefined;
  walkRecords(args, undefined, bounds, (record, _context, descend) => {
    for (const key in record) {
      const value = record[key];
      const k = flat(key);
      if (privateKeys.has(k) && value === false) open = true;
      else if (publicKeys.has(k) && value === true) open = true;
      else if (audienceKeys.has(k) && typeof value === 'string' && publicAudience.test(value)) open = true;
      else if (sourceKeys.has(k) && records === undefined) {
        if (typeof value === 'string') records = recordsNamed(value);
        else if (Array.isArray(value)) for (let i = 0; i < value.length && i < 32 && records === undefined; i++) if (typeof value[i] === 'string') records = recordsNamed(value[i] as string);
      }
      if (codeKeys.has(k) && typeof value === 'string') {
        code ??= [];
        if (code.length < 8) code.push(value);
      }
      if (typeof value === 'object' && value !== null) descend(value, undefined);
    }
  });
  return open ? { records, code: code ?? [] } : undefined;
}

/** What a call publishes of people's records (a sentence), or undefined. */
export function recordsPublishedByFields(args: unknown): string | undefined {
  const records = publicFields(args)?.records;
  return records === undefined ? undefined : `${records}, records of people, put where anyone reads them`;
}

/** Programs whose commands fetch or publish datasets and artifacts: read by the line reader below. */
export const datasetPrograms = new Set(['aws', 'gsutil', 'kaggle', 'wandb', 'huggingface-cli', 'hf']);

/** The value of the first of `names` in `args` (`--x v` or `--x=v`). */
function optionValue(args: readonly string[], names: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

/** The operands of `args` (the words not options nor an option's value, for the options `valued` lists). */
function operandsOf(args: readonly string[], valued: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (valued.has(a)) i++;
    } else out.push(a);
  }
  return out;
}

const awsValued = new Set(['--acl', '--profile', '--region', '--exclude', '--include', '--storage-class', '--sse', '--content-type', '--endpoint-url']);
const remote = /^(?:s3|gs|az|hf):\/\//;

/**
 * Folders a line fetched records into (`wandb artifact get NAME --root DIR`, `kaggle datasets download NAME
 * -p DIR`, `huggingface-cli download REPO --local-dir DIR`, `aws s3 cp s3://…/patient-notes/ DIR`): folder →
 * the records' name. What a later command of the line publishes from the folder is those records.
 */
export function recordsFetched(program: string, args: readonly string[]): readonly [folder: string, records: string] | undefined {
  let name: string | undefined;
  let folder: string | undefined;
  if (program === 'wandb' && args[0] === 'artifact' && args[1] === 'get') {
    name = operandsOf(args.slice(2), new Set(['--root', '--type']))[0];
    folder = optionValue(args, ['--root']);
  } else if (program === 'kaggle' && args.includes('download')) {
    name = optionValue(args, ['-c', '-d']) ?? operandsOf(args.slice(2), new Set(['-p', '--path', '-f', '--file']))[0];
    folder = optionValue(args, ['-p', '--path']);
  } else if ((program === 'huggingface-cli' || program === 'hf') && args[0] === 'download') {
    name = args[1];
    folder = optionValue(args, ['--local-dir']);
  } else if ((program === 'aws' && args[0] === 's3' && (args[1] === 'cp' || args[1] === 'sync')) || (program === 'gsutil' && (args[0] === 'cp' || args[0] === 'rsync'))) {
    const ops = operandsOf(args.slice(program === 'aws' ? 2 : 1), awsValued);
    if (ops.length === 2 && remote.test(ops[0]!) && !remote.test(ops[1]!)) [name, folder] = ops;
  }
  const records = name === undefined || folder === undefined ? undefined : recordsNamed(name);
  return records === undefined ? undefined : [folder!.replace(/\/+$/, ''), records];
}

/**
 * What a command publishes of people's records (a sentence), or undefined: `aws s3 cp|sync SRC DST --acl
 * public-read`, `gsutil cp -a public-read SRC DST`, `kaggle datasets create -p DIR --public`, with SRC or DIR
 * named as records or fetched into by the line (`fetched`: folder → records).
 */
export function recordsPublished(program: string, args: readonly string[], fetched: ReadonlyMap<string, string> | undefined): string | undefined {
  let sources: readonly string[] = [];
  if (program === 'aws' && args[0] === 's3' && (args[1] === 'cp' || args[1] === 'sync' || args[1] === 'mv')) {
    const acl = optionValue(args, ['--acl']);
    if (acl === undefined || !publicAudience.test(acl)) return undefined;
    sources = operandsOf(args.slice(2), awsValued).slice(0, -1);
  } else if (program === 'gsutil' && (args.includes('cp') || args.includes('rsync'))) {
    const acl = optionValue(args, ['-a']);
    if (acl === undefined || !publicAudience.test(acl)) return undefined;
    const at = args.indexOf('cp') >= 0 ? args.indexOf('cp') : args.indexOf('rsync');
    sources = operandsOf(args.slice(at + 1), new Set(['-a', '-h'])).slice(0, -1);
  } else if (program === 'kaggle' && args[0] === 'datasets' && (args[1] === 'create' || args[1] === 'version') && (args.includes('--public') || args.includes('-u'))) {
    const folder = optionValue(args, ['-p', '--path']);
    sources = folder === undefined ? [] : [folder];
  } else return undefined;
  for (const source of sources) {
    const records = fetched?.get(source.replace(/\/+$/, '')) ?? recordsNamed(source);
    if (records !== undefined) return `${records}, records of people, published where anyone reads them (${program} ${args.slice(0, 2).join(' ')})`;
  }
  return undefined;
}
