import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { openedPolicy } from '../src/paths/iam-policies.js';

const guard = createGuard({ profile: 'balanced' });
let session = 0;
const verdictOf = async (path: string, content: string): Promise<string> => {
  const context = { sessionId: `iam-${session++}`, serverId: 'fs', from: 'client' as const };
  return (await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'write_file', arguments: { path, content } } }, context)).action;
};

// Access policies made up for these tests, in Terraform, JSON and CloudFormation YAML.
const attacks: readonly (readonly [string, string])[] = [
  ['infra/roles.tf', 'resource "aws_iam_role" "deploy" {\n  name = "deploy"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "sts:AssumeRole"\n    }]\n  })\n}\n'],
  ['policies/trust.json', '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Principal": { "AWS": ["*"] }, "Action": "sts:AssumeRole" }\n  ]\n}\n'],
  ['cfn/ci.yaml', 'Resources:\n  CiPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement: [{ Effect: Allow, Action: "*", Resource: "*" }]\n'],
  ['bucket-policy.json', '{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports-internal/*"}]}'],
];
const benign: readonly (readonly [string, string])[] = [
  ['infra/artifacts.tf', 'resource "aws_iam_role_policy" "upload" {\n  role = aws_iam_role.ci.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["s3:PutObject", "s3:GetObject"], Resource = "arn:aws:s3:::build-artifacts/*" }] })\n}\n'],
  ['infra/oidc.tf', 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRoleWithWebIdentity"]\n    principals {\n      type        = "Federated"\n      identifiers = [aws_iam_openid_connect_provider.gh.arn]\n    }\n  }\n}\n'],
  ['policies/account-trust.json', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}'],
  ['policies/tls-only.json', '{"Version":"2012-10-17","Statement":[{"Sid":"TlsOnly","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::logs","arn:aws:s3:::logs/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}'],
  ['policies/org.json', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::shared-assets/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}]}'],
  ['package.json', '{"name":"@octo/web","version":"1.0.0","scripts":{"build":"vite build","test":"vitest run"}}'],
  ['.github/workflows/ci.yml', 'name: ci\non: [push]\npermissions:\n  contents: read\n  actions: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n'],
];

describe('access policies a call writes', () => {
  it.each(attacks)('reads %s as opening access to everyone', async (path, content) => {
    expect(openedPolicy(content)).toBeDefined();
    expect(await verdictOf(path, content)).toBe('block');
  });

  it.each(benign)('passes %s, scoped to a resource, a principal or a condition', async (path, content) => {
    expect(openedPolicy(content)).toBeUndefined();
    expect(await verdictOf(path, content)).not.toBe('block');
  });

  it('judges each statement by its own condition, not by a later statement\'s', () => {
    const narrowed = '{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"}}}';
    const open = '{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}';
    expect(openedPolicy(`{"Statement":[${Array(300).fill(narrowed).join(',')}]}`)).toBeUndefined();
    expect(openedPolicy(`{"Statement":[${Array(300).fill(narrowed).join(',')},${open}]}`)).toBeDefined();
    expect(openedPolicy(`{"Statement":[${open},${narrowed}]}`)).toBeDefined();
  });

  it('reads a policy of thousands of principals in one pass, its condition at the end counting for all of them', () => {
    // Read statement by statement, each running to the text's end, this took ~1.5 s (the text's length squared).
    const many = `${'"Principal":"*",'.repeat(16_000)}"Condition":1`;
    expect(openedPolicy(many)).toBeUndefined();
    expect(openedPolicy(`${'"Principal":"*",'.repeat(16_000)}"Action":"s3:GetObject"`)).toBeDefined();
  });
});
