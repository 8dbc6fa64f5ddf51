import { describe, expect, it } from 'vitest';

import { createGuard } from '../src/index.js';

// url/private-network is about hosts a call would reach. A CIDR block a firewall rule or a route names is a
// range of addresses, and the in-cluster API's bare root is where a GitOps tool deploys: neither is a fetch of
// an internal service. A private host or a path under the cluster API is still read.

const rules = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const guard = createGuard({ profile: 'strict' });
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, { from: 'client', sessionId: 's' });
  return verdict.findings.map((f) => f.rule);
};

describe('private network ranges and deploy destinations', () => {
  it.each([
    ['a firewall rule open to every IPv4 address', 'gcp_firewall_create', { name: 'allow-https', sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['443'] }] }],
    ['a security group rule for the VPC range', 'aws_ec2_authorize_security_group_ingress', { GroupId: 'sg-1', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.20.0.0/16' }] }] }],
    ['a route to an office range', 'azure_route_create', { name: 'office', addressPrefix: '192.168.40.0/24', nextHopType: 'VirtualNetworkGateway' }],
    ['an Argo CD application deployed to its own cluster', 'argocd_create_app', { name: 'web', destination: { server: 'https://kubernetes.default.svc', namespace: 'web' } }],
  ])('does not read %s as a private host', async (_name, tool, args) => {
    expect(await rules(tool, args)).not.toContain('url/private-network');
  });

  it.each([
    ['a fetch of a private address', 'http_get', { url: 'http://10.20.0.7:8500/v1/kv/config' }],
    ['a bare private address with a port', 'http_get', { url: '192.168.40.3:9200' }],
    ['a service under the cluster suffix', 'http_get', { url: 'http://billing.payments.svc.cluster.local/admin' }],
  ])('still reads %s', async (_name, tool, args) => {
    expect(await rules(tool, args)).toContain('url/private-network');
  });

  it('still reads a path under the cluster API as a metadata endpoint', async () => {
    expect(await rules('http_get', { url: 'https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets' })).toContain('url/metadata-endpoint');
  });
});
