// Code published where anyone reads what it prints (a public Kaggle kernel, a notebook or a Space run in the
// open) that prints a secret it reads: a secrets store's value (Kaggle's `UserSecretsClient().get_secret`,
// Colab's `userdata.get`, Databricks' `dbutils.secrets.get`) or a key variable of the environment
// (`os.environ['HF_TOKEN']`, `os.getenv('OPENAI_API_KEY')`, `process.env.STRIPE_SECRET_KEY`), in the print
// itself or through a name bound to it. The output is published with the code: the key is then everyone's.
// Code that uses the secret (a client built with it), or prints only whether it is set, its length or a
// masked end, passes. Findings are data; one pass over each line of the code, bounded in length.

/** A read of a secret: a secrets store's getter, or an environment variable named as a key, token or password. */
const secretRead =
  /\bget_secret\s*\(|\buserdata\.get\s*\(|\bsecrets\.get\s*\(|\bos\.environ\s*\[\s*['"][A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PAT)[A-Za-z0-9_]*['"]|\bos\.(?:environ\.get|getenv)\s*\(\s*['"][A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PAT)[A-Za-z0-9_]*['"]|\bprocess\.env\.[A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD)/;
/** A call that prints or logs its arguments, at the start of what it prints. */
const printing = /\b(?:print|pprint|display|console\.(?:log|info|warn|error)|logger\.\w+|logging\.\w+|sys\.stdout\.write)\s*\(/g;
/** What prints no secret whole: whether it is set, its length, a slice, a mask or a hash of it. */
const masked = /\blen\s*\(|\bbool\s*\(|\[\s*-?\d*\s*:\s*-?\d*\s*\]|\bis (?:not )?None\b|\bin os\.environ\b|\bmask|\bredact|\bhash|sha256|\?\s*['"]|\bif\b/;
/** A name bound on its line (`key = …`). */
const binding = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/;
/** What may stand before the read in a value that is the secret itself (`UserSecretsClient().`, `s.`), not a call handed it. */
const readPrefix = /^(?:[\w.\s]|\(\s*\))*$/;

/** Whether a binding's value (`rhs`) is a secret read itself, not a client or a hash built from one. */
function boundToSecret(rhs: string): boolean {
  const read = secretRead.exec(rhs);
  return read !== null && readPrefix.test(rhs.slice(0, read.index));
}

const maxCode = 64 * 1024;
const maxLine = 400;

/** Whether `args` (a print's arguments) name one of `names` as a whole word. */
function printsName(args: string, names: ReadonlySet<string>): boolean {
  for (const word of args.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) if (names.has(word)) return true;
  return false;
}

/** The print in `code` that prints a secret it reads (as written, clipped), or undefined. */
export function printedSecret(code: string): string | undefined {
  if (code.length > maxCode || !(code.includes('print') || code.includes('console.') || code.includes('log') || code.includes('display'))) return undefined;
  let bound: Set<string> | undefined;
  let start = 0;
  while (start <= code.length) {
    let end = code.indexOf('\n', start);
    if (end < 0) end = code.length;
    const line = code.slice(start, Math.min(end, start + maxLine));
    start = end + 1;
    const named = binding.exec(line);
    if (named !== null && boundToSecret(line.slice(named[0].length))) {
      bound ??= new Set();
      if (bound.size < 16) bound.add(named[1]!);
    }
    printing.lastIndex = 0;
    const call = printing.exec(line);
    if (call === null) continue;
    const printed = line.slice(call.index);
    if (masked.test(printed)) continue;
    if (secretRead.test(printed) || (bound !== undefined && printsName(printed.slice(call[0].length), bound))) return printed.slice(0, 120);
  }
  return undefined;
}
