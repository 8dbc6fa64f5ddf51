import { describe, expect, it } from 'vitest';

import { analyzeArgv, analyzeShell } from '../src/commands/analyze.js';
import { credentialFile, writeTarget } from '../src/paths/write-targets.js';

// One command that destroys, for everyone, what lives outside the machine: infrastructure, a namespace,
// a bucket, a project, a repository, a database, a branch others build on. The same programs' everyday
// commands (plan, apply, a pod, a file, a feature branch) pass.
const checks = { writeTarget, credential: credentialFile };
const destroys = (text: string): boolean => analyzeShell(text, checks).some((f) => f.rule === 'cmd/remote-destruction');

describe('cmd/remote-destruction', () => {
  it.each([
    'terraform destroy -auto-approve',
    'cd infra && terraform apply -destroy -auto-approve',
    'tofu destroy',
    'pulumi destroy --yes --stack prod',
    'kubectl delete namespace production',
    'kubectl --context prod delete ns/staging',
    'kubectl delete deployments --all -n payments',
    'aws s3 rm s3://prod-backups --recursive',
    'aws --profile prod s3 rb s3://prod-backups --force',
    'gsutil -m rm -r gs://team-data',
    'gcloud projects delete acme-prod --quiet',
    'az group delete --name prod-rg --yes',
    'gh repo delete acme/api --yes',
    'redis-cli -h cache.internal FLUSHALL',
    'git push --force origin main',
    'git push -f upstream master',
    'git push origin +HEAD:main',
    'git push origin --delete main',
    'git push origin :production',
    'git push --mirror git@example.test:acme/api.git',
    'sudo -u deploy terraform destroy',
  ])('reads %s as remote destruction', (text) => {
    expect(destroys(text)).toBe(true);
  });

  it.each([
    'terraform plan -out tf.plan',
    'terraform apply tf.plan',
    'kubectl delete pod web-7f9c',
    'kubectl get ns',
    'aws s3 rm s3://bucket/tmp/report.csv',
    'aws s3 cp dist/ s3://site --recursive',
    'gsutil rm gs://bucket/old.log',
    'gh repo view acme/api',
    'createdb test_db && dropdb --if-exists test_db',
    'redis-cli GET session:42',
    'redis-cli FLUSHALL',
    'docker system prune -af --volumes',
    'docker system prune -f',
    'git push',
    'git push origin main',
    'git push --force origin feature/login',
    'git push --force-with-lease origin main',
    'git push origin --delete feature/old',
    'git push -u origin HEAD',
  ])('finds no remote destruction in %s', (text) => {
    expect(destroys(text)).toBe(false);
  });

  // A stack named for a pull request's preview or a sandbox is made to be torn down; one that also says
  // prod, live or shared, or a destroy with no folder named, is still read.
  it.each([
    'cd infra/envs/preview-pr-88 && terraform destroy -auto-approve',
    'terraform -chdir=stacks/review-app-1203 destroy -auto-approve',
    'pulumi destroy --yes --stack sandbox-dana',
    'cd deploy/ephemeral/e2e-run-7 && tofu destroy -auto-approve',
  ])('finds no remote destruction of a throwaway stack in %s', (text) => {
    expect(destroys(text)).toBe(false);
  });

  // A dev stack qualified by a name of its own is one developer's copy, destroyed when they are done; `dev`
  // alone, or with only a region or team word, is the team's shared one, and prod anywhere in the path is read.
  it.each([
    'terraform -chdir=infra/envs/dev-marek destroy -auto-approve',
    'cd stacks/lena-dev && tofu destroy -auto-approve',
    'pulumi destroy --yes --stack dev-search-spike',
  ])('finds no remote destruction of a personal dev stack in %s', (text) => {
    expect(destroys(text)).toBe(false);
  });

  it.each([
    'terraform -chdir=infra/envs/dev destroy -auto-approve',
    'terraform -chdir=infra/envs/dev-eu-west destroy -auto-approve',
    'pulumi destroy --yes --stack team-dev',
    'terraform -chdir=infra/prod/dev-marek destroy -auto-approve',
    'cd stacks/dev-shared && terraform destroy -auto-approve',
  ])('still reads a shared dev stack destroyed as remote destruction in %s', (text) => {
    expect(destroys(text)).toBe(true);
  });

  // So is a cluster namespace named for a preview or a sandbox: every namespace the command names must be one.
  it.each([
    'kubectl delete namespace review-app-1203 --wait=false',
    'kubectl --context dev delete ns/preview-pr-77',
    'kubectl delete ns sandbox-dana e2e-run-7',
  ])('finds no remote destruction of a throwaway namespace in %s', (text) => {
    expect(destroys(text)).toBe(false);
  });

  it.each([
    'kubectl delete namespace preview-pr-9 kube-system',
    'kubectl delete ns --all',
    'kubectl delete ns -l purpose=preview',
    'kubectl delete namespace prod-preview',
    'kubectl delete ns kube-sandbox',
    'kubectl delete namespace payments',
  ])('still reads %s as remote destruction of a namespace', (text) => {
    expect(destroys(text)).toBe(true);
  });

  it.each([
    'cd infra/envs/prod-preview && terraform destroy -auto-approve',
    'cd infra/envs/production && terraform destroy -auto-approve -var-file=preview.tfvars',
    'cd infra/preview-pr-3 && cd ../shared && terraform destroy -auto-approve',
    'pulumi destroy --yes --stack live-sandbox',
    'cd infra/envs/preview-pr-88 && kubectl delete namespace production',
  ])('still reads %s as remote destruction', (text) => {
    expect(destroys(text)).toBe(true);
  });

  it('reads argv arrays the same way', () => {
    expect(analyzeArgv(['terraform', 'destroy', '-auto-approve'], checks).map((f) => f.rule)).toEqual(['cmd/remote-destruction']);
    expect(analyzeArgv(['terraform', 'plan'], checks)).toEqual([]);
  });
});
