// What keeps a database from being lost, switched off by a cloud CLI: deletion protection removed, automated
// backups stopped (a retention of 0 days), point-in-time recovery turned off. Each is the step before a delete
// that cannot be undone, and on a kept database no agent's task needs it; a dev, test or temporary resource
// (named so) is torn down routinely and passes, as does turning any of them on. Findings are data.
import { optionArgument, type OptionParsing } from './option-arguments.js';

/** A word of a resource's name that says it is made to be torn down or is not the kept one. */
const disposable = new Set(['dev', 'test', 'testing', 'tmp', 'temp', 'scratch', 'sandbox', 'preview', 'pr', 'ephemeral', 'e2e', 'ci', 'qa', 'uat', 'staging', 'stage', 'demo', 'poc', 'spike']);
const kept = /prod|live|main|master|primary|release/;

/** Whether a resource's name says it is disposable (and not also kept). */
function disposableName(name: string): boolean {
  const lower = name.toLowerCase();
  return !kept.test(lower) && lower.split(/[^a-z0-9]+/).some((w) => disposable.has(w));
}

const unquoted: OptionParsing = { unquote: true };
/** The value of `--x v` or `--x=v`, the first given, quotes removed. */
const valueOf = (args: readonly string[], name: string): string | undefined => optionArgument(args, [name], unquoted);

const has = (args: readonly string[], ...words: string[]): boolean => words.every((w) => args.includes(w));
/** The first operand after `word` (gcloud's instance name). */
const operandAfter = (args: readonly string[], word: string): string | undefined => args.slice(args.indexOf(word) + 1).find((a) => !a.startsWith('-'));

/**
 * What a cloud CLI line (`args`: the words after the program) switches off of a kept database's protection
 * against loss (a sentence), or undefined: `aws rds modify-db-instance|modify-db-cluster --no-deletion-protection`
 * or `--backup-retention-period 0`, DynamoDB's point-in-time recovery or deletion protection off, `gcloud sql
 * instances patch --no-deletion-protection` or `--no-backup`.
 */
export function protectionOff(program: string, args: readonly string[]): string | undefined {
  const off: string[] = [];
  let resource: string | undefined;
  if (program === 'aws' && args.includes('rds') && (args.includes('modify-db-instance') || args.includes('modify-db-cluster'))) {
    resource = valueOf(args, '--db-instance-identifier') ?? valueOf(args, '--db-cluster-identifier');
    if (args.includes('--no-deletion-protection')) off.push('deletion protection removed');
    if (valueOf(args, '--backup-retention-period') === '0') off.push('automated backups stopped');
  } else if (program === 'aws' && args.includes('dynamodb')) {
    resource = valueOf(args, '--table-name');
    if (has(args, 'update-table', '--no-deletion-protection-enabled')) off.push('deletion protection removed');
    if (args.includes('update-continuous-backups') && /pointintimerecoveryenabled"?\s*[=:]\s*false/i.test(valueOf(args, '--point-in-time-recovery-specification') ?? '')) off.push('point-in-time recovery off');
  } else if (program === 'gcloud' && has(args, 'sql', 'instances', 'patch')) {
    resource = operandAfter(args, 'patch');
    if (args.includes('--no-deletion-protection')) off.push('deletion protection removed');
    if (args.includes('--no-backup')) off.push('automated backups stopped');
  }
  if (off.length === 0 || (resource !== undefined && disposableName(resource))) return undefined;
  return `${off.join(', ')} on ${resource ?? 'a database'}`;
}
