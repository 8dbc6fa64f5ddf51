import { describe, expect, it } from 'vitest';

import { codeArgument, printedText, spellsHiddenText } from '../src/commands/code-strings.js';
import { cpuMs } from './cpu-time.js';

/** The argument of the first call in `code`, read from just after its `(`. */
const argumentOf = (code: string): ReturnType<typeof codeArgument> => codeArgument(code, code.indexOf('(') + 1);

describe('codeArgument', () => {
  it.each([
    ['system("ls -la")', 'ls -la', false],
    ["system('~ fr- mr'[::-1])", 'rm -rf ~', true],
    ['system(chr(108) + chr(115))', 'ls', true],
    ['system(String.fromCharCode(108, 115))', 'ls', true],
    ['system(bytes.fromhex("6c73").decode("utf-8"))', 'ls', true],
    ['system(base64.b64decode("bHM=").decode())', 'ls', true],
    ['system(Buffer.from("bHM=", "base64").toString())', 'ls', true],
    ['system(Buffer.from("6c73", "hex").toString("utf8"))', 'ls', true],
    ['system(atob("bHM="))', 'ls', true],
    ['system("sl".split("").reverse().join(""))', 'ls', true],
    ['system("".join(reversed("sl")))', 'ls', true],
    ['system(pack("H*", "6c73"))', 'ls', true],
    ['system(pack(q(H*), q(6c73)))', 'ls', true],
    ['system("\\x6c\\x73 -a")', 'ls -a', true],
    ['system("\\154\\163")', 'ls', true],
    ['system("echo a\\tb\\n")', 'echo a\tb\n', false],
    ['system(r"\\x6c")', '\\x6c', false],
    ['system("l" + \'s\' + ` -a`)', 'ls -a', false],
    ['system(("l" + "s").upper().lower())', 'ls', false],
  ])('reads %s as %j (hidden: %s)', (code, value, hidden) => {
    expect(argumentOf(code)).toMatchObject({ value, hidden });
  });

  it('reads a list of literals as an argv', () => {
    expect(argumentOf('run(["rm", "-rf", "/tmp/x"], check=True)').value).toEqual(['rm', '-rf', '/tmp/x']);
  });

  it.each([
    'system(cmd)',
    'system(f"rm -rf {path}")',
    'system(`rm -rf ${dir}`)',
    'system("a" + name)',
    'system(Buffer.from(data).toString("base64"))',
    'system(os.path.join(a, b))',
    'system(bytes.fromhex("zz"))',
    'system("unclosed',
  ])('gives no value for %s, which is not built from literals alone', (code) => {
    expect(argumentOf(code).value).toBeUndefined();
  });

  it('says where it stopped, so a caller reads no text twice', () => {
    const code = 'system("ls") ; system("pwd")';
    expect(code.slice(argumentOf(code).end)).toBe(') ; system("pwd")');
    expect(argumentOf('system("never closed').end).toBe('system("never closed'.length);
  });

  it('reads a long chain of character codes whole', () => {
    const command = `rm -rf ~ ${'# padding '.repeat(40)}`;
    const code = `system(${[...command].map((c) => `chr(${c.charCodeAt(0)})`).join(' + ')})`;
    expect(argumentOf(code)).toMatchObject({ value: command, hidden: true });
  });

  it.each([
    ['reversals', `system("${'a'.repeat(1900)}"${'[::-1]'.repeat(400)})`],
    ['joins', `system(${'"".join('.repeat(300)}"${'a'.repeat(2000)}"${')'.repeat(300)})`],
    ['nesting', `system(${'('.repeat(100_000)}"a"${')'.repeat(100_000)})`],
    ['concatenations', `system(${'"ab" + '.repeat(100_000)}"c")`],
  ])('stops within its work bound on %s', (_name, code) => {
    let result: ReturnType<typeof codeArgument> | undefined;
    expect(cpuMs(() => (result = argumentOf(code)))).toBeLessThan(1000);
    expect(result!.end).toBeLessThanOrEqual(code.length);
  });
});

describe('spellsHiddenText', () => {
  it('is true for escapes that spell plain characters', () => {
    expect(spellsHiddenText('\\x72\\x6d')).toBe(true);
    expect(spellsHiddenText('\\162\\155')).toBe(true);
    expect(spellsHiddenText('\\u0072\\u006d')).toBe(true);
  });

  it('is false for colours, control characters and a single escape', () => {
    expect(spellsHiddenText('\\x1b[31mred\\x1b[0m\\n')).toBe(false);
    expect(spellsHiddenText('a\\tb\\n')).toBe(false);
    expect(spellsHiddenText('\\x41 is A')).toBe(false);
  });
});

describe('printedText', () => {
  it.each([
    [['echo', 'rm', '-rf', '~'], 'rm -rf ~'],
    [['echo', '-n', 'ls'], 'ls'],
    [['echo', '-e', '\\x6c\\x73'], 'ls'],
    [['echo', '\\x6c\\x73'], '\\x6c\\x73'],
    [['printf', 'ls\\n'], 'ls\n'],
    [['printf', '%s', 'ls', '-a'], 'ls-a'],
    [['printf', '%s\\n', 'ls', 'pwd'], 'ls\npwd'],
    [['printf', '100%% done'], '100% done'],
  ])('reads %j as printing %j', (argv, printed) => {
    expect(printedText(argv, argv[0]!)).toBe(printed);
  });

  it('gives nothing for a format it cannot read, or another program', () => {
    expect(printedText(['printf', '%d items', '3'], 'printf')).toBeUndefined();
    expect(printedText(['cat', 'x'], 'cat')).toBeUndefined();
  });
});
