import { describe, expect, it } from 'vitest';

import { analyzeShell } from '../src/commands/analyze.js';
import { credentialFile, writeTarget } from '../src/paths/write-targets.js';

// A disk snapshot, machine image or database snapshot shared with another account (rules/programs.yaml
// access-grants): whoever holds the share restores a full copy of the disk or database.
const checks = { writeTarget, credential: credentialFile };
const opens = (text: string): boolean => analyzeShell(text, checks).some((f) => f.rule === 'cmd/access-opened');

describe('disk and database snapshots shared with another account', () => {
  it.each([
    'aws ec2 modify-snapshot-attribute --snapshot-id snap-07 --attribute createVolumePermission --operation-type add --user-ids 123456789012',
    'aws ec2 modify-snapshot-attribute --snapshot-id snap-07 --operation-type=Add --attribute createVolumePermission --group-names all',
    'aws ec2 modify-snapshot-attribute --snapshot-id snap-07 --create-volume-permission "Add=[{UserId=210987654321}]"',
    'aws --region eu-west-1 ec2 modify-image-attribute --image-id ami-0c1 --launch-permission "Add=[{Group=all}]"',
    'aws rds modify-db-snapshot-attribute --db-snapshot-identifier nightly --attribute-name restore --values-to-add 444455556666',
    'aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier c1 --attribute-name restore --values-to-add all',
    'az snapshot grant-access --resource-group prod --name osdisk-snap --duration-in-seconds 86400',
    'az disk grant-access -g prod -n data-disk --access-level Read --duration-in-seconds 3600',
  ])('reads %s as opening access', (text) => {
    expect(opens(text)).toBe(true);
  });

  it.each([
    'aws ec2 create-snapshot --volume-id vol-0f1 --description "before upgrade"',
    'aws ec2 modify-snapshot-attribute --snapshot-id snap-07 --attribute createVolumePermission --operation-type remove --user-ids 123456789012',
    'aws ec2 describe-snapshot-attribute --snapshot-id snap-07 --attribute createVolumePermission',
    'aws ec2 copy-snapshot --source-region us-east-1 --source-snapshot-id snap-07 --description dr-copy',
    'aws ec2 modify-image-attribute --image-id ami-0c1 --launch-permission "Remove=[{Group=all}]"',
    'aws rds modify-db-snapshot-attribute --db-snapshot-identifier nightly --attribute-name restore --values-to-remove all',
    'az snapshot revoke-access -g prod -n osdisk-snap',
    'az snapshot create -g prod -n osdisk-snap --source osdisk',
  ])('reads %s as opening nothing', (text) => {
    expect(opens(text)).toBe(false);
  });
});
