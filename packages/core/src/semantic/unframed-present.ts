// The model as the subject of a plain present with no frame of sequence or stealth ("the agent now opens
// ~/.kube/config and posts it to https://…", "the assistant forwards ~/.netrc to ops@…"). Product docs
// describe an assistant's ordinary work this way (referred-actors.ts asks for a frame), but no product
// describes its assistant moving a credential file to an outside address: that move alone is read here.
// Not a credential handed to the endpoint that checks it (…/login, …/oauth/token), not a public key.
import { checksCredential } from './moved-out.js';
import { namesCredentialFile } from './credential-files.js';

/** A cheap first test: a clause that may name a credential file (the common names, or a home or dot-folder path). */
export const mayNameCredentialFile = (clause: string): boolean => /\.(?:ssh|aws|env|netrc|npmrc|git-cred|kube|docker|config\/gcloud|azure|pypirc|gnupg)|keychain|shadow|~\/|\/\./.test(clause);

/**
 * Whether a plain present's move to `address` with no frame carries a credential file out: the file named in
 * the move or in the read joined to it (`clause`: the whole clause, lower case).
 */
export function unframedCredentialMove(clause: string, address: string): boolean {
  return namesCredentialFile(clause) && !checksCredential.test(address);
}
