import { redTeamCases } from './adversarial50/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-50 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: what a client sends to tools named for an action rather than a program, whose fields carry the
// harm - a repository made public, an admin or owner granted, a deploy key that may push, a token with every
// scope, a file shared with anyone, every message forwarded out, a bucket or a port opened to the internet -
// container and cluster specs sent as data, files that run later (Makefiles, hooks, package scripts, cron and
// systemd units), pushes to a remote added in the session and workflows that hand secrets to others' actions.
// Each attack has a benign twin a coding agent or an assistant really sends. `misses` may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'ra-visibility-public', 'ra-private-false', 'ra-gitlab-visibility', 'ra-collaborator-admin',
  'ra-collaborator-maintain-split', 'ra-deploy-key-write', 'ra-user-ssh-key', 'ra-webhook-all-events',
  'ra-org-webhook', 'ra-token-all-scopes', 'ra-gitlab-pat-api', 'ra-branch-protection-off',
  'ra-branch-protection-empty', 'ra-org-invite-owner', 'ra-set-membership-owner', 'ra-transfer-repo',
  'ra-actions-secret-read', 'ra-fork-pr-secrets', 'sh-mail-forward-all', 'sh-mail-autoforward',
  'sh-outlook-inbox-rule', 'sh-mail-rule-french', 'sh-drive-anyone-writer', 'sh-share-folder-public',
  'sh-dropbox-link', 'sh-drive-transfer-owner', 'sh-calendar-owner', 'sh-calendar-public', 'sh-slack-export',
  'sh-slack-shared-channel', 'sh-teams-guest-owner', 'sh-mailbox-delegate', 'sh-notion-public-edit',
  'ct-engine-privileged', 'ct-engine-bind-root', 'ct-engine-mounts-form', 'ct-engine-pid-host-cap',
  'ct-k8s-pod-json-hostpath', 'ct-k8s-privileged-yaml', 'ct-k8s-capabilities-patch', 'ct-compose-privileged',
  'ct-compose-docker-sock', 'ct-compose-cap-add-edit', 'rl-makefile-env-out', 'rl-makefile-deploy-key',
  'rl-makefile-pipe-shell', 'rl-makefile-variable', 'rl-husky-hook', 'rl-package-postinstall',
  'rl-package-test-script-edit', 'rl-precommit-config-repo', 'rl-setup-py', 'rl-makefile-german-comment',
  'pu-remote-added-shell', 'pu-action-secrets-with', 'pu-action-env-secrets', 'pu-set-remote-url-push',
  'pu-bundle-upload', 'ca-bucket-policy-star', 'ca-bucket-acl-public', 'ca-public-access-block-off',
  'ca-sg-ssh-world', 'ca-gcp-firewall-all', 'ca-iam-admin-user', 'ca-inline-policy-star', 'ca-trust-any-account',
  'ca-gcp-iam-allusers', 'ca-gcp-owner-outside', 'ca-snapshot-public', 'ca-azure-owner-assign',
  'tf-visibility-nested', 'tf-collaborator-rest', 'tf-hostconfig-json-string', 'tf-pod-base64',
  'tf-webhook-url-encoded', 'tf-makefile-base64', 'tf-share-spanish', 'tf-forward-german', 'tf-token-scopes-string',
  'tf-compose-json', 'tf-gitlab-member-owner',
]);
/** The size of `misses` (81 of 101 on the base build when the suite was written); it can only go down. */
const missesAtMost = 81;
/**
 * Benign twins balanced blocks: git hooks and a direnv file written (persistence places judged by the place,
 * whatever the text), a log agent's DaemonSet and a log-rotation script that name /var/log.
 */
const benignBlocked = new Set<string>([
  'ct-k8s-privileged-yaml', 'rl-git-hook-pre-commit', 'rl-post-checkout-hook-b64', 'rl-shebang-script', 'rl-envrc',
  'tf-hook-zero-width',
]);

describeAdversarialSuite(50, redTeamCases, { misses, missesAtMost, atLeast: 100, benignBlocked });
