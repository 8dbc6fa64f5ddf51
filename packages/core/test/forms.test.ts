import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { canonicalize } from '@vanguard/core';

import { commandForm, keptSegments, marksOf, parsedUrlForm, PathMarks, pathForm, rewrittenPathForm, segmentsInBuffer, urlForm } from '../src/values/forms.js';

// Forms start from the canonical text, as the rule layer builds them.
const canonical = (raw: string): string => canonicalize(raw, { maxDecodeRounds: 4 }).text;

describe('urlForm', () => {
  it('gives what parsing gives, for URLs that are their own form and for every other', () => {
    // URLs with a plain host are returned as they are, without parsing: only when parsing gives them back.
    const scheme = fc.constantFrom('http', 'https', 'h2c', 'git+ssh', 'a.b-c', 'HTTP', '1x', 'x'.repeat(31), 'x'.repeat(32), 'file', 'javascript');
    const host = fc.constantFrom('example.com', 'h1.internal', 'a.', '', 'a..b', 'xn--80ak6aa92e.com', '10.0.0.1', '2130706433', '0x7f.1', '169.254.169.254.nip.io', 'a9fea9fe.nip.io', 'user@host', 'host:8080', '[::1]', 'ex ample.com', 'ex\u00e9.com', '1.2.3.4.sslip.io', 'nip.io', 'localhost', 'A.com', 'a.b.lvh.me', 'x.0x1f', 'xn--', 'a.xn--b', 'a-.b9', '1.2.3.4', 'x.nip.io.');
    const rest = fc.constantFrom('', '/', '/a/b?c=d#e', '?x', '#y', '\\x', '/ ', ' ', '\n', '/\u00a0', '//x');
    const sep = fc.constantFrom('://', ':/', ':', ':///', '');
    const lead = fc.constantFrom('', '', '', ' ', '\t', '\u3000');
    const url = fc.tuple(lead, scheme, sep, host, rest).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(url, fc.string({ maxLength: 40 })), (text) => {
        expect(urlForm(text)).toBe(parsedUrlForm(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('pathForm', () => {
  it('drops segments without a buffer exactly as the buffer reader does', () => {
    // Short paths that need no `..` resolved are sliced instead of copied into a buffer: the same text,
    // whatever the segments (with `..` too, left as they are when not resolved).
    const part = fc.constantFrom('/', '//', '.', '..', 'a', 'b.c', '~', 'c:', ' ', 'https:', '\u00e9');
    const path = fc.array(part, { maxLength: 24 }).map((parts) => parts.join('')).filter((p) => p.includes('/'));
    fc.assert(
      fc.property(path, (p) => {
        expect(keptSegments(p, p.indexOf('/'))).toBe(segmentsInBuffer(p, p.indexOf('/'), false));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives every text the form the full rewrite gives it', () => {
    // pathForm skips the rewrite for plain paths and for URLs (one `//` in an otherwise plain path).
    const part = fc.constantFrom('/', '//', '.', '..', ' ', 'a', 'b.c', 'https:', 'file://', '~1', '$data', '\\', '0x2f', '%2e', '?', '\u00e9', 'x. ');
    const text = fc.array(part, { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 24 })), (t) => {
        expect(pathForm(t)).toBe(rewrittenPathForm(t));
      }),
      { numRuns: 30_000 },
    );
    expect(pathForm('http://h1.internal/a')).toBe('http:/h1.internal/a');
  });

  it('turns backslashes into slashes', () => {
    expect(pathForm(canonical('D:\\Windows\\System.ini'))).toBe('d:/windows/system.ini');
    expect(pathForm('..\\..\\etc')).toBe('../../etc');
  });

  it('collapses repeated separators and drops . segments', () => {
    expect(pathForm('/etc//./ssh///./ssh_config.d/x.conf')).toBe('/etc/ssh/ssh_config.d/x.conf');
    expect(pathForm('/srv/data/.')).toBe('/srv/data');
  });

  it('keeps one trailing slash and the first segment as written', () => {
    const cases: [string, string][] = [
      ['a//', 'a/'], ['//', '/'], ['/./', '/'], ['/.', ''], ['a/./', 'a/'], ['a/.//', 'a/'], ['./a//b', './a/b'],
      ['///a', '/a'], ['a/./../b', 'b'], ['a/../', ''], ['x/y/../../..//z', '../z'], ['~/a/../../b', '~/a/../../b'],
    ];
    for (const [path, form] of cases) expect(pathForm(path), path).toBe(form);
  });

  it('reads a value of a million separators and dot runs in one pass', () => {
    expect(pathForm('....//'.repeat(1_000_000))).toBe(`${'..../'.repeat(1_000_000)}`);
    expect(pathForm('\\'.repeat(1_000_000))).toBe('/');
  });

  it('keeps .. segments, which rules look for', () => {
    expect(pathForm('/var/www/../../etc/passwd')).toBe('/var/www/../../etc/passwd');
  });

  it('strips the file:// scheme, with or without localhost', () => {
    expect(pathForm('file:///etc/group')).toBe('/etc/group');
    expect(pathForm('file://localhost/etc/shadow')).toBe('/etc/shadow');
  });

  it('reads an encoded traversal as a plain one once canonical', () => {
    expect(pathForm(canonical('%2e%2e%5c%2e%2e%5capp.cfg'))).toBe('../../app.cfg');
    expect(pathForm(canonical('..%c0%af..%c0%afetc'))).toBe('../../etc');
  });

  it('leaves an ordinary relative path alone', () => {
    expect(pathForm('src/index.ts')).toBe('src/index.ts');
  });
});

describe('pathForm on plain paths', () => {
  // Pieces of paths and of every spelling a rewrite looks for, so random texts hit the edges often.
  const pieces = ['/', '//', '.', '..', ' ', 'a', 'b9', '0', 'x', 'X', '0x2e', '0X', '2F', '5c', '~', '$data', '\\', '?', '%', '%2', 'file://', '\t', '\u0001', '\ufffd', '\u2215', 'é', '-', '"'];
  const pathish = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

  it('gives every text what the full rewrite gives', () => {
    fc.assert(
      fc.property(fc.oneof(pathish, fc.string({ maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
        expect(pathForm(text)).toBe(rewrittenPathForm(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('skips only rewrites that cannot change the text (every rewrite run gives the same form)', () => {
    const long = fc.array(pathish, { maxLength: 6 }).map((parts) => parts.join('x/'.repeat(40)));
    fc.assert(
      fc.property(fc.oneof(pathish, long, fc.string({ maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
        expect(rewrittenPathForm(text)).toBe(rewrittenPathForm(text, PathMarks.All));
      }),
      { numRuns: 20_000 },
    );
    expect(marksOf('a/b.c')).toBe(0);
    expect(marksOf('~/$x\\0X%')).toBe(PathMarks.All);
  });

  it('leaves plain relative and absolute paths as they are', () => {
    for (const path of ['src/app/main.ts', '../x', '/etc/passwd', 'a.b/c', '..', 'a b/c']) expect(pathForm(path), path).toBe(path);
    expect(pathForm('a../b')).toBe('a/b');
    expect(pathForm('a ./b')).toBe('a/b');
  });
});

describe('commandForm', () => {
  it('removes quotes that split words', () => {
    expect(commandForm(`cat /etc/sh''adow`)).toBe('cat /etc/shadow');
    expect(commandForm('"r"m -rf /')).toBe('rm -rf /');
  });

  it('removes backslash escapes inside words', () => {
    expect(commandForm('r\\m -r\\f /')).toBe('rm -rf /');
  });

  it('reads $IFS as a space and drops empty expansions', () => {
    expect(commandForm('cat${ifs}/etc/passwd')).toBe('cat /etc/passwd');
    expect(commandForm('cat$ifs$9/etc/passwd')).toBe('cat /etc/passwd');
    expect(commandForm('c$@at /etc/passwd')).toBe('cat /etc/passwd');
  });

  it('expands brace lists into words', () => {
    expect(commandForm('{rm,-rf,/}')).toBe('rm -rf /');
  });

  it('collapses runs of blanks', () => {
    expect(commandForm('rm \t  -rf\t/')).toBe('rm -rf /');
  });

  it('folds a Cyrillic rм into rm once canonical', () => {
    expect(commandForm(canonical('r\u043c -rf /'))).toBe('rm -rf /');
  });
});

describe('urlForm', () => {
  it('canonicalizes decimal, hexadecimal and octal IPv4 hosts to dotted quads', () => {
    expect(urlForm('http://2130706433/admin')).toBe('http://127.0.0.1/admin');
    expect(urlForm('http://0x7f000001/')).toBe('http://127.0.0.1/');
    expect(urlForm('http://0177.0.0.1/')).toBe('http://127.0.0.1/');
    expect(urlForm('http://0x7f.1/')).toBe('http://127.0.0.1/');
    expect(urlForm('http://127.1:8080/x')).toBe('http://127.0.0.1:8080/x');
  });

  it('unwraps IPv4-mapped IPv6 addresses', () => {
    expect(urlForm('http://[::ffff:127.0.0.1]/')).toBe('http://127.0.0.1/');
    expect(urlForm('http://[::ffff:a9fe:a9fe]/latest/meta-data')).toBe('http://169.254.169.254/latest/meta-data');
  });

  it('keeps the IPv6 loopback as it is', () => {
    expect(urlForm('http://[::1]:3000/')).toBe('http://[::1]:3000/');
  });

  it('keeps user info and drops a trailing dot from the host', () => {
    expect(urlForm('http://user:pw@0x7f.1:8080/a')).toBe('http://user:pw@127.0.0.1:8080/a');
    expect(urlForm('http://example.com./')).toBe('http://example.com/');
  });

  it('gives bare hosts the host:// scheme', () => {
    expect(urlForm('169.254.169.254')).toBe('host://169.254.169.254');
    expect(urlForm('localhost:8080/debug')).toBe('host://localhost:8080/debug');
  });

  it('keeps non-http schemes', () => {
    expect(urlForm('gopher://0x7f.1:70/_x')).toBe('gopher://127.0.0.1:70/_x');
  });

  it('leaves text that is not a URL as it is', () => {
    expect(urlForm('not a url')).toBe('not a url');
  });
});
