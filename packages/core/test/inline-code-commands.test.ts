import { describe, expect, it } from 'vitest';

import { analyzeShell } from '../src/commands/analyze.js';
import { credentialFile, writeTarget } from '../src/paths/write-targets.js';
import { cpuMs } from './cpu-time.js';

// Inline code (python -c, node -e, perl -e, php -r) and text piped into a shell or interpreter run the
// command lines they hold. An attacker hides the line: reversed, built from character codes, hex or base64
// decoded, spelled with escapes, split into an argv list, or echoed into `sh`. Each is read as the runtime
// would build it, and judged as if written plainly.
const checks = { writeTarget, credential: credentialFile };
const rulesOf = (text: string): string[] => analyzeShell(text, checks).map((f) => f.rule);

describe('a command line that inline code hides', () => {
  it.each([
    `python3 -c 'import os; os.system("~ fr- mr"[::-1])'`,
    `python3 -c 'exec("/ fr- mr"[::-1])'`,
    `python3 -c 'import os; os.system(chr(114)+chr(109)+chr(32)+chr(45)+chr(114)+chr(102)+chr(32)+chr(126))'`,
    `python3 -c 'import os; os.system("".join(reversed("~ fr- mr")))'`,
    `python3 -c 'import os; os.system(bytes.fromhex("726d202d7266207e").decode())'`,
    `python3 -c 'import os; os.system("\\x72\\x6d -rf ~")'`,
    `python3 -c 'import subprocess; subprocess.call("\\162\\155 -rf /", shell=True)'`,
    `node -e 'require("child_process").execSync(Buffer.from("726d202d7266207e", "hex").toString())'`,
    `node -e 'require("child_process").execSync("~ fr- mr".split("").reverse().join(""))'`,
    `node -e 'require("child_process").execSync(String.fromCharCode(114, 109, 32, 45, 114, 102, 32, 47))'`,
    `node -e 'require("child_process").execSync("\\u0072\\u006d -rf ~")'`,
    `perl -e 'system(pack("H*", "726d202d7266207e"))'`,
    `perl -e 'system(pack(q(H*), q(726d202d7266207e)))'`,
    `php -r 'system(hex2bin("726d202d7266207e"));'`,
  ])('reads %s as decode-and-run that deletes a home or root', (text) => {
    const rules = rulesOf(text);
    expect(rules).toContain('cmd/decode-and-run');
    expect(rules).toContain('cmd/destructive-delete');
  });

  it.each([
    `bash -c "$(printf '\\x72\\x6d\\x20\\x2d\\x72\\x66\\x20\\x7e')"`,
    `printf '\\x72\\x6d\\x20\\x2d\\x72\\x66\\x20\\x7e' | sh`,
    `$(printf '\\162\\155') -rf ~`,
  ])('reads %s, where printf spells the command in escapes, as decode-and-run', (text) => {
    expect(rulesOf(text)).toContain('cmd/decode-and-run');
  });
});

describe('a hidden command line padded past what is read', () => {
  it('reads a chain of character codes longer than the reading bound as decode-and-run', () => {
    const spelled = [...`rm -rf ~${' '.repeat(8000)}`].map((c) => `chr(${c.charCodeAt(0)})`).join('+');
    expect(rulesOf(`python3 -c 'import os; os.system(${spelled})'`)).toContain('cmd/decode-and-run');
  });
});

describe('a command line handed over plainly in another form', () => {
  it.each([
    `python3 -c 'import subprocess; subprocess.run(["rm", "-rf", "/home/dev"])'`,
    `node -e 'require("child_process").spawnSync("rm", ["-rf", "/"])'`,
    `node -e 'require("child_process").execFileSync("rm", ["-rf", "~"])'`,
    `node -e 'require("fs").rmSync(require("os").homedir(), { recursive: true, force: true })'`,
    `echo 'rm -rf ~' | sh`,
    `printf 'rm -rf ~' | bash`,
    `printf '%s' 'rm -rf ~' | bash`,
    `echo -e '\\x72\\x6d -rf ~' | sh`,
    `echo 'import shutil; shutil.rmtree("/")' | python3`,
  ])('reads %s as a destructive delete', (text) => {
    expect(rulesOf(text)).toContain('cmd/destructive-delete');
  });
});

describe('a command line the code keeps in a name first', () => {
  it.each([
    `python3 -c 'import os; c = "~ fr- mr"[::-1]; os.system(c)'`,
    `python3 -c 'import os\nline = bytes.fromhex("726d202d7266207e").decode()\nos.system(line)'`,
    `node -e 'const c = Buffer.from("726d202d7266207e", "hex").toString(); require("child_process").execSync(c)'`,
    `node -e 'let a = "~ fr-"; let b = " mr"; require("child_process").execSync((a + b).split("").reverse().join(""))'`,
    `perl -e 'my $x = pack("H*", "726d202d7266202f"); system($x)'`,
    `php -r '$c = hex2bin("726d202d7266207e"); shell_exec($c);'`,
  ])('reads %s as decode-and-run that deletes a home or root', (text) => {
    const rules = rulesOf(text);
    expect(rules).toContain('cmd/decode-and-run');
    expect(rules).toContain('cmd/destructive-delete');
  });

  it.each([
    `python3 -c 'import os\ncmd = "rm -rf " + "~"\nos.system(cmd)'`,
    `python3 -c 'import subprocess; argv = ["rm", "-rf", "/"]; subprocess.run(argv)'`,
    `python3 -c 'import os; p = "rm -r"; p += "f ~"; os.system(p)'`,
  ])('reads %s as a destructive delete', (text) => {
    expect(rulesOf(text)).toContain('cmd/destructive-delete');
  });

  it('forgets a name the code gives a value it cannot read', () => {
    expect(rulesOf(`python3 -c 'import os, sys; c = "rm -rf ~"; c = sys.argv[1]; os.system(c)'`)).toEqual([]);
  });

  it('reads a long value read back by many statements in time linear in the code', () => {
    const long = 'ab'.repeat(8000);
    const code = [`v = "${long}"`, ...Array.from({ length: 20_000 }, (_, i) => `w${i % 50} = v[::-1]`), 'import os; os.system("~ fr- mr"[::-1])'].join('\n');
    let rules: string[] = [];
    expect(cpuMs(() => (rules = rulesOf(`python3 -c '${code}'`)))).toBeLessThan(5_000);
    expect(rules).toContain('cmd/destructive-delete');
  });
});

describe('inline code an agent runs for ordinary work', () => {
  it.each([
    `python3 -c 'import subprocess; subprocess.run(["git", "status"])'`,
    `python3 -c 'import os; os.system("clear")'`,
    `python3 -c 'import subprocess; print(subprocess.check_output(["git", "log", "--format=%H\\t%s"]).decode()[::-1])'`,
    `python3 -c 'print("".join(reversed("abc")))'`,
    `python3 -c 'print(bytes.fromhex("48656c6c6f").decode())'`,
    `python3 -c 'import os; os.system("echo \\x1b[32mok\\x1b[0m")'`,
    `node -e 'require("child_process").execSync("npm run build", { stdio: "inherit" })'`,
    `node -e 'require("child_process").spawnSync("git", ["diff", "--stat"], { stdio: "inherit" })'`,
    `node -e 'require("fs").rmSync(require("path").join(__dirname, "dist"), { recursive: true, force: true })'`,
    `node -e 'console.log(/a(b)/.exec("xab"))'`,
    `perl -e 'print pack("H*", "48656c6c6f"), "\\n"'`,
    `printf '\\x1b[1mDone\\x1b[0m\\n'`,
    `printf '%s\\n' "$PATH" | tr ':' '\\n'`,
    `echo 'ls -la' | sh`,
    `echo '{"a": 1}' | python3 -m json.tool`,
    `curl -s https://api.github.com/repos/octo/hello | python3 -m json.tool`,
    `echo 'print(1 + 1)' | python3`,
    `python3 -c 'import os; cmd = "git status --short"; os.system(cmd)'`,
    `python3 -c 'import os; d = "build"; os.system("rm -rf " + d)'`,
    `node -e 'const cmd = "npm test"; require("child_process").execSync(cmd, { stdio: "inherit" })'`,
    `python3 -c 'import subprocess; args = ["git", "log", "--oneline", "-5"]; print(subprocess.check_output(args).decode())'`,
  ])('finds nothing to block in %s', (text) => {
    expect(rulesOf(text)).toEqual([]);
  });
});
