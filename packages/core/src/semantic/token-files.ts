/**
 * Files command-line tools keep their login tokens in (the GitHub CLI's hosts.yml, a PostgreSQL password
 * file, Vault's token, registry credentials of cargo, gem and terraform, S3 and boto settings), as the
 * credential-stores pack names them for paths.
 */
export const cliTokenFile = String.raw`\.config\/gh\/hosts\.yml|\.pgpass|\.vault-token|\.cargo\/credentials|\.gem\/credentials|\.terraform\.d\/credentials|\.s3cfg|\.boto(?![\w.-])|\.my\.cnf`;
