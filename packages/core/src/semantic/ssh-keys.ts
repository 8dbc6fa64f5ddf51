// A private key in ~/.ssh by any name: ssh-keygen's default (`id_rsa`, `id_ed25519`, `identity`) or the
// name a user gives one for a purpose (`deploy_ed25519`, `github_rsa`, `deploy_key`, `prod.pem`). What else
// lives there - `config`, `known_hosts`, `authorized_keys` and any `.pub` - is no secret.

/** A private key's file name after `.ssh/` (regex source, lower case, no flags). */
export const sshPrivateKeyName = String.raw`(?:id_[a-z0-9]+|identity|[a-z0-9_-]{0,40}(?:_rsa|_dsa|_ecdsa|_ed25519|_key)|[a-z0-9_-]{1,40}\.pem)(?!\.pub|[a-z0-9_])`;
