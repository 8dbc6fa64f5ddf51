import { describe, expect, it } from 'vitest';

import { analyzeArgv, analyzeShell } from '../src/commands/analyze.js';
import { rootForm } from '../src/commands/deletes.js';
import { credentialFile, writeTarget } from '../src/paths/write-targets.js';

// A recursive delete of a root of the machine, read from argv as the program reads it: options anywhere
// and in any spelling, operands after the shell's quoting, the home folder however it is spelled.
const checks = { writeTarget, credential: credentialFile };
const deletes = (text: string): boolean => analyzeShell(text, checks).some((f) => f.rule === 'cmd/destructive-delete');

describe('rootForm', () => {
  it.each([
    ['/', '/'],
    ['/tmp/../', '/'],
    ['~/.', '~'],
    ['~/..', '/home'],
    ['${HOME:?}/', '~'],
    ['$HOME/*', '~'],
    ['%USERPROFILE%\\*', '~'],
    ['C:\\', 'c:'],
    ['../..', '../..'],
    ['./build', 'build'],
  ])('reads %s as %s', (word, form) => {
    expect(rootForm(word)).toBe(form);
  });
});

describe('cmd/destructive-delete', () => {
  it.each([
    'rm -rf /',
    'rm\t-rf\t/',
    'rm -fr /*',
    'sudo rm -rf --no-preserve-root /',
    'rm --recursive --force /',
    'rm -r -f ~',
    "r''m -rf /",
    'rm${IFS}-rf${IFS}/',
    '{rm,-rf,/}',
    'rm -rf $HOME',
    'cd /tmp; rm -rf /etc',
    'find / -delete',
    'find ~ -type f -exec rm {} +',
    'Remove-Item -Recurse -Force C:\\',
    'del /s /q C:\\*',
    'rm -rf *',
    'ri -Recurse -Force C:\\',
    'erase /s /q D:\\',
    // Options after the operand, other home spellings, dot segments, escapes, wrappers.
    'rm / -rf',
    'rm -r ~ -f',
    'rm -rf ~/.',
    'rm -rf ~/..',
    'rm -rf ${HOME}',
    'rm -rf "${HOME:?}"/',
    'rm -rf /tmp/../',
    '\\rm -rf /',
    'command rm -rf ~',
    '/bin/rm -rf /usr',
    'busybox rm -rf /',
    'nice -n 19 rm -Rf /home/alice',
    'rm -rf ../..',
    'echo / | xargs rm -rf',
    'xargs rm -rf <<< "/"',
    'find $HOME -mindepth 1 -delete',
    'find /etc -execdir rm -f {} \\;',
    'rsync -a --delete /tmp/empty/ ~/',
    'mv ~ /dev/null',
    'powershell -c "Remove-Item -Recurse -Force C:\\Users"',
    'python3 -c "import shutil; shutil.rmtree(\'/home\')"',
    'node -e "require(\'fs\').rmSync(process.env.HOME, { recursive: true, force: true })"',
    "perl -MFile::Path -e 'remove_tree(\"/\")'",
    'ruby -e "require \'fileutils\'; FileUtils.rm_rf(Dir.home)"',
    't(){ rm -rf ~; }; t',
    'rm -rf ./*',
  ])('reads %s as a destructive delete', (text) => {
    expect(deletes(text)).toBe(true);
  });

  it.each([
    'rm -rf build',
    'rm -r build',
    'rm -rf ./dist node_modules',
    "find . -name '*.md'",
    "find . -name '*.pyc' -delete",
    'rm -f /tmp/cache.json',
    'git rm -r --cached src/old',
    'del report.txt',
    'rm -rf ~/projects/app/build',
    'rm -rf /tmp/build-1234',
    'rm -rf "$HOME/.cache/pip"',
    'rm -rf ${TMPDIR:-/tmp}/vanguard-*',
    'rm -rf .',
    'rm -rf ../sibling/dist',
    'rm ~ -f',
    'find ~/projects -name node_modules -prune -exec rm -rf {} +',
    'find / -name "*.log" -mtime +30',
    'rsync -a --delete dist/ deploy@host:/srv/www/app/',
    'rsync -a ~/ backup:/srv/backups/alice/',
    'mv ~/Downloads/report.pdf .',
    'mv build/ /tmp/old-build',
    'echo src | xargs rm -rf',
    'rmdir /s /q build',
    'python3 -c "import shutil; shutil.rmtree(\'build\')"',
    'node -e "require(\'fs\').rmSync(\'dist\', { recursive: true, force: true })"',
  ])('finds no destructive delete in %s', (text) => {
    expect(deletes(text)).toBe(false);
  });

  it('reads argv arrays the same way', () => {
    expect(analyzeArgv(['rm', '/', '-rf'], checks).map((f) => f.rule)).toContain('cmd/destructive-delete');
    expect(analyzeArgv(['rm', '-rf', 'build'], checks)).toEqual([]);
  });
});
