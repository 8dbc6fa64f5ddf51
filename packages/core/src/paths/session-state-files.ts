// A browser automation's saved session: Playwright's storage state (`storageState({ path })`, `--save-storage`,
// by convention `playwright/.auth/user.json`) and files named for it hold the signed-in cookies and local
// storage of every site the test logged into. Kept in the project it is how tests skip the login, so reading or
// writing one is ordinary; sent over the network it hands those sessions to the receiver, as a cookie store would.

/** A JSON file in an `.auth` folder, or one named for a storage, auth or session state. */
const statePath = /(?:^|[/\\])\.auth[/\\](?:[^/\\\s]+[/\\])*[^/\\\s]+\.json$|(?:^|[/\\._-])(?:storage|auth|session)[._-]?state(?:[._-][\w.-]*)?\.json$/i;

/** The cheap test first: every word of every command line is asked, and almost none names a JSON file. */
const jsonLast = /\.json["']?$/i;

/** Why `path` holds a browser's signed-in sessions, or undefined. */
export function sessionStateFile(path: string): string | undefined {
  if (path.length > 1026 || !jsonLast.test(path)) return undefined;
  const plain = path.replace(/^["']|["']$/g, '');
  return plain.length <= 1024 && statePath.test(plain) ? `${plain} is a browser's saved storage state, with the signed-in cookies of its sites` : undefined;
}
