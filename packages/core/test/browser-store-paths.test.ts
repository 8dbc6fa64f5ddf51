import { describe, expect, it } from 'vitest';

import { credentialPath, namesCredentialFile } from '../src/semantic/credential-files.js';
import { credentialFile } from '../src/paths/write-targets.js';

// A browser's stores (cookies, saved logins, their keys, form history) and keychains, read alike by the path
// rule and every reader of credential-files.ts: by where a browser keeps them, while a project's own test data
// named like them (`test/fixtures/logins.json`, a `cookies.json` fixture) is the developer's. Written for this suite.
const stores = [
  '/home/dev/.mozilla/firefox/ab12cd.default-release/logins.json',
  '/home/dev/.mozilla/firefox/ab12cd.default-release/key4.db',
  '/home/dev/.mozilla/firefox/ab12cd.default-release/formhistory.sqlite',
  '/home/dev/.config/google-chrome/Default/Cookies',
  'C:\\Users\\kim\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\Login Data',
  '/Users/kim/Library/Application Support/Google/Chrome/Profile 1/Cookies',
  '/Users/kim/Library/Keychains/login.keychain-db',
  '/tmp/x/login.keychain-db',
];
const fixtures = [
  'test/fixtures/logins.json',
  '/home/dev/shop/spec/support/cookies',
  'src/__fixtures__/cookies.json',
  'tests/data/cookies.sqlite',
  '~/work/app/__mocks__/logins.json',
  'packages/web/src/cookies.ts',
];

describe('browser stores by their place', () => {
  it.each(stores)('reads %s as a credential file', (path) => {
    expect(credentialPath(path)).toBe(true);
    expect(credentialFile(path)).toBeDefined();
  });

  it.each(fixtures)('reads %s as the project\'s own file', (path) => {
    expect(credentialPath(path)).toBe(false);
    expect(credentialFile(path)).toBeUndefined();
    expect(namesCredentialFile(`read ${path.toLowerCase()} and summarize it`)).toBe(false);
  });
});
