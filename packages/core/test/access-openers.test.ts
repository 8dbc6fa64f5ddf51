import { describe, expect, it } from 'vitest';

import { analyzeShell } from '../src/commands/analyze.js';
import { sshForward } from '../src/commands/access-openers.js';
import { credentialFile, writeTarget } from '../src/paths/write-targets.js';

const checks = { writeTarget, credential: credentialFile };
const opens = (text: string): boolean => analyzeShell(text, checks).some((f) => f.rule === 'cmd/access-opened');

describe('commands that open this machine or a resource to others', () => {
  it.each([
    'ssh -f -N -R 0.0.0.0:2222:localhost:22 u@x.test',
    'ssh -fNR 4000:localhost:22 u@x.test',
    'ssh -R2222:localhost:22 u@x.test',
    'ssh -o "RemoteForward 9000 127.0.0.1:3000" -N u@x.test',
    'ssh -oRemoteForward=9000:127.0.0.1:3000 u@x.test',
    'ssh -D 0.0.0.0:1080 -N u@x.test',
    'ssh -o DynamicForward=*:1080 u@x.test',
    'aws s3api put-bucket-acl --bucket b --acl public-read',
    `aws s3api put-bucket-policy --bucket b --policy '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}]}'`,
    'aws s3api delete-public-access-block --bucket b',
    'aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    'gcloud projects add-iam-policy-binding p --member=user:a@x.test --role=roles/owner',
    'gcloud storage buckets add-iam-policy-binding gs://b --member=allUsers --role=roles/storage.objectViewer',
    'gsutil iam ch allUsers:objectViewer gs://b',
    'az role assignment create --assignee x --role Owner --scope /subscriptions/s',
    'az storage container create --name e --account-name a --public-access container',
    'kubectl create clusterrolebinding x --clusterrole=cluster-admin --serviceaccount=default:default',
  ])('reads %s as opening access', (text) => {
    expect(opens(text)).toBe(true);
  });

  it.each([
    'ssh -N -L 5433:db.internal:5432 deploy@x.test',
    'ssh -D 1080 -N u@x.test',
    'ssh -D 127.0.0.1:1080 -N u@x.test',
    'ssh -o LocalForward=9000:127.0.0.1:3000 u@x.test',
    'ssh u@x.test ls -R /srv',
    'aws s3api put-bucket-acl --bucket b --acl private',
    'aws s3api get-bucket-policy --bucket b',
    'aws iam detach-user-policy --user-name u --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    'aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    'gcloud projects add-iam-policy-binding p --member=serviceAccount:ci@p.iam.gserviceaccount.com --role=roles/storage.objectViewer',
    'gsutil iam ch user:me@x.test:objectViewer gs://b',
    'az role assignment create --assignee x --role "Storage Blob Data Reader" --scope /s',
    'az storage container set-permission --name e --account-name a --public-access off',
    'kubectl create rolebinding x --clusterrole=view --serviceaccount=dev:ci -n dev',
  ])('lets %s pass', (text) => {
    expect(opens(text)).toBe(false);
  });

  it('stops at the host: what follows is the remote command', () => {
    expect(sshForward(['-p', '22', 'u@x.test', 'ssh', '-R', '1:localhost:2', 'y'])).toBeUndefined();
    expect(sshForward(['-R'])).toBeDefined();
  });
});
