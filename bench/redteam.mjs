#!/usr/bin/env node
// A blind red-team set (attacks written without reading the rules, each with a benign twin) inspected by the
// built core at balanced and strict: set 1 is packages/core/test/redteam, sets 2 and 3 packages/core/test/redteam2
// and redteam3 (held out: no test asserts their verdicts). Prints, per surface and per evasion, the share of attacks blocked
// ("caught") and of benign twins blocked ("FP"); a warn or review is counted apart.
//
// Usage (from the project root, after `npm run build`):
//   node bench/redteam.mjs [--set 1|2|3|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80] [--core packages/core/dist/index.js] [--profile balanced,strict] [--misses] [--json]
//
// The set is TypeScript; it is transpiled (typescript's transpileModule, no type check) to a temporary folder,
// beside the shared helpers of packages/core/test/redteam-kit, so its relative imports resolve there too.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    set: { type: 'string', default: '1' },
    core: { type: 'string', default: join(root, 'packages/core/dist/index.js') },
    profile: { type: 'string', default: 'balanced,strict' },
    misses: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const sets = { 1: 'packages/core/test/redteam', 2: 'packages/core/test/redteam2', 3: 'packages/core/test/redteam3', 29: 'packages/core/test/adversarial29', 30: 'packages/core/test/adversarial30', 31: 'packages/core/test/adversarial31', 32: 'packages/core/test/adversarial32', 33: 'packages/core/test/adversarial33', 34: 'packages/core/test/adversarial34', 35: 'packages/core/test/adversarial35', 36: 'packages/core/test/adversarial36', 37: 'packages/core/test/adversarial37', 38: 'packages/core/test/adversarial38', 39: 'packages/core/test/adversarial39', 40: 'packages/core/test/adversarial40', 41: 'packages/core/test/adversarial41', 42: 'packages/core/test/adversarial42', 43: 'packages/core/test/adversarial43', 44: 'packages/core/test/adversarial44', 45: 'packages/core/test/adversarial45', 46: 'packages/core/test/adversarial46', 47: 'packages/core/test/adversarial47', 48: 'packages/core/test/adversarial48', 49: 'packages/core/test/adversarial49', 50: 'packages/core/test/adversarial50', 51: 'packages/core/test/adversarial51', 52: 'packages/core/test/adversarial52', 53: 'packages/core/test/adversarial53', 54: 'packages/core/test/adversarial54', 55: 'packages/core/test/adversarial55', 56: 'packages/core/test/adversarial56', 57: 'packages/core/test/adversarial57', 58: 'packages/core/test/adversarial58', 59: 'packages/core/test/adversarial59', 60: 'packages/core/test/adversarial60', 61: 'packages/core/test/adversarial61', 62: 'packages/core/test/adversarial62', 63: 'packages/core/test/adversarial63', 64: 'packages/core/test/adversarial64', 65: 'packages/core/test/adversarial65', 66: 'packages/core/test/adversarial66', 67: 'packages/core/test/adversarial67', 68: 'packages/core/test/adversarial68', 69: 'packages/core/test/adversarial69', 70: 'packages/core/test/adversarial70', 71: 'packages/core/test/adversarial71', 72: 'packages/core/test/adversarial72', 73: 'packages/core/test/adversarial73', 74: 'packages/core/test/adversarial74', 75: 'packages/core/test/adversarial75', 76: 'packages/core/test/adversarial76', 77: 'packages/core/test/adversarial77', 78: 'packages/core/test/adversarial78', 79: 'packages/core/test/adversarial79', 80: 'packages/core/test/adversarial80' };
if (!Object.hasOwn(sets, options.set)) {
  console.error(`unknown --set ${options.set}: use 1, 2, 3, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79 or 80`);
  process.exit(2);
}
const temp = mkdtempSync(join(tmpdir(), 'vanguard-redteam-'));
writeFileSync(join(temp, 'package.json'), '{"type":"module"}');
/** Transpiles every .ts file of a test folder into a folder of the same name under the temporary one. */
function transpileFolder(folder) {
  const into = join(temp, folder.split('/').at(-1));
  mkdirSync(into, { recursive: true });
  for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(join(root, folder, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(into, file.replace(/\.ts$/, '.js')), outputText);
  }
  return into;
}
const kit = transpileFolder('packages/core/test/redteam-kit');
const out = transpileFolder(sets[options.set]);
const { redTeamCases, surfaces, evasions, benignCases = [] } = await import(pathToFileURL(join(out, 'index.js')).href);
const { inspectExchange } = await import(pathToFileURL(join(kit, 'inspect.js')).href);
rmSync(temp, { recursive: true, force: true });
const { createGuard } = await import(pathToFileURL(options.core).href);

const blocked = (v) => v.action === 'block' || v.action === 'shadow-block';
const warned = (v) => v.action === 'warn' || v.action === 'review';
const report = {};
// Benign messages without an attack twin (set 47 measures false positives with many of them).
const benignReport = {};
for (const profile of options.profile.split(',')) {
  const guard = createGuard({ profile });
  const rows = [];
  for (const c of redTeamCases) {
    const a = await inspectExchange(guard, c.attack);
    const b = await inspectExchange(guard, c.benign);
    // Set 46 on keeps each attack's plain form: the transformation alone is what a miss measures.
    const p = c.plain === undefined ? undefined : await inspectExchange(guard, c.plain);
    rows.push({ id: c.id, surface: c.surface, evasion: c.evasion, attack: a.action, attackRule: a.primary?.rule, benign: b.action, benignRule: b.primary?.rule,
      caught: blocked(a), attackWarn: warned(a), fp: blocked(b), benignWarn: warned(b), plainCaught: p === undefined ? undefined : blocked(p) });
  }
  report[profile] = rows;
  const alone = [];
  for (const c of benignCases) {
    const b = await inspectExchange(guard, c.benign);
    alone.push({ id: c.id, surface: c.surface, benign: b.action, benignRule: b.primary?.rule, fp: blocked(b), benignWarn: warned(b) });
  }
  benignReport[profile] = alone;
}
if (options.json) {
  console.log(JSON.stringify(benignCases.length > 0 ? { ...report, benignOnly: benignReport } : report, null, 2));
  process.exit(0);
}

const pct = (n, d) => (d === 0 ? '   -' : `${String(Math.round((100 * n) / d)).padStart(3)}%`);
function table(title, keys, keyOf) {
  const profiles = Object.keys(report);
  console.log(`\n${title.padEnd(18)}${profiles.map((p) => `| ${p.padEnd(30)}`).join('')}`);
  console.log(`${''.padEnd(18)}${profiles.map(() => '|   n caught  warn |   FP  warn ').join('')}`);
  for (const key of [...keys, 'ALL']) {
    const cells = profiles.map((p) => {
      const rows = report[p].filter((r) => key === 'ALL' || keyOf(r) === key);
      const n = rows.length;
      return `| ${String(n).padStart(3)} ${pct(rows.filter((r) => r.caught).length, n)}  ${pct(rows.filter((r) => r.attackWarn).length, n)} | ${pct(rows.filter((r) => r.fp).length, n)} ${pct(rows.filter((r) => r.benignWarn).length, n)} `;
    });
    if (key === 'ALL' || report[profiles[0]].some((r) => keyOf(r) === key)) console.log(`${key.padEnd(18)}${cells.join('')}`);
  }
}
console.log(`red-team set ${options.set}: ${redTeamCases.length} attacks, ${redTeamCases.length} benign twins (caught/FP = block; warn = warn or review)`);
table('surface', surfaces, (r) => r.surface);
table('evasion', evasions, (r) => r.evasion);
if (benignCases.length > 0) {
  console.log(`\nbenign without twin (${benignCases.length}): ${Object.entries(benignReport).map(([p, rows]) => `${p} FP ${pct(rows.filter((r) => r.fp).length, rows.length)} warn ${pct(rows.filter((r) => r.benignWarn).length, rows.length)}`).join(' | ')}`);
  const all = Object.fromEntries(Object.entries(benignReport).map(([p, rows]) => [p, [...rows, ...report[p]]]));
  console.log(`ALL benign (${benignCases.length + redTeamCases.length}): ${Object.entries(all).map(([p, rows]) => `${p} FP ${pct(rows.filter((r) => r.fp).length, rows.length)}`).join(' | ')}`);
}
for (const [profile, rows] of Object.entries(report)) {
  const plain = rows.filter((r) => r.plainCaught !== undefined);
  if (plain.length > 0) console.log(`${profile}: plain forms blocked ${plain.filter((r) => r.plainCaught).length}/${plain.length}${plain.some((r) => !r.plainCaught) ? ` (not: ${plain.filter((r) => !r.plainCaught).map((r) => r.id).join(', ')})` : ''}`);
}
if (options.misses) {
  for (const [profile, rows] of Object.entries(report)) {
    console.log(`\n${profile}: missed attacks`);
    for (const r of rows.filter((x) => !x.caught)) console.log(`  ${r.id.padEnd(30)} ${r.attack}${r.attackRule ? ` (${r.attackRule})` : ''}`);
    console.log(`${profile}: blocked benign twins`);
    for (const r of rows.filter((x) => x.fp)) console.log(`  ${r.id.padEnd(30)} ${r.benign} (${r.benignRule})`);
    if (benignCases.length > 0) {
      console.log(`${profile}: blocked benign without twin`);
      for (const r of benignReport[profile].filter((x) => x.fp)) console.log(`  ${r.id.padEnd(30)} ${r.benign} (${r.benignRule})`);
    }
  }
}
