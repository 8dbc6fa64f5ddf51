import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { analyzeShell } from '../src/commands/analyze.js';
import { wideSource, worldIngress } from '../src/commands/network-exposure.js';
import { credentialFile, writeTarget } from '../src/paths/write-targets.js';

// Firewall rules made up for these tests (not set 74's cases): a port where a login or a database listens
// opened to the whole internet through each cloud's CLI and API shape, and the same tools doing real work.
const checks = { writeTarget, credential: credentialFile };
const opens = (text: string): boolean => analyzeShell(text, checks).some((f) => f.rule === 'cmd/access-opened');
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const blockedRules = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `exposure-${session++}`, serverId: 'cloud', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};

describe('a login or database port opened to the internet by a cloud CLI', () => {
  it.each([
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --protocol tcp --port 3306 --cidr 0.0.0.0/0',
    'aws --region eu-west-1 ec2 authorize-security-group-ingress --group-id=sg-9f3e --protocol=tcp --port=6000-6500 --cidr=0.0.0.0/0',
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --protocol all --cidr 0.0.0.0/0',
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --ip-permissions IpProtocol=tcp,FromPort=27017,ToPort=27017,Ipv6Ranges=[{CidrIpv6=::/0}]',
    `aws ec2 authorize-security-group-ingress --group-id sg-9f3e --ip-permissions '[{"IpProtocol":"tcp","FromPort":5900,"ToPort":5900,"IpRanges":[{"CidrIp":"0.0.0.0/1"},{"CidrIp":"128.0.0.0/1"}]}]'`,
    'az network nsg rule create -g ops --nsg-name bastion -n ssh-in --priority 120 --destination-port-ranges 22',
    'az network nsg rule create --resource-group ops --nsg-name db -n pg --priority 130 --source-address-prefixes Internet --destination-port-ranges 5000-5500 --access Allow',
    'az network nsg rule update -g ops --nsg-name win -n rdp --source-address-prefixes "*" --destination-port-ranges 3389',
    'gcloud compute firewall-rules create open-redis --network default --allow tcp:6379',
    'gcloud compute firewall-rules create any-in --network default --allow all --source-ranges=::/0',
    'gcloud compute firewall-rules update legacy-ssh --source-ranges 0.0.0.0/0 --allow tcp:22,icmp',
  ])('reads %s as opening access', (text) => {
    expect(opens(text)).toBe(true);
  });

  it.each([
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --protocol tcp --port 3306 --cidr 10.40.0.0/16',
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --protocol tcp --port 443 --cidr 0.0.0.0/0',
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --protocol tcp --port 22 --source-group sg-bastion',
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --protocol icmp --port -1 --cidr 0.0.0.0/0',
    'aws ec2 authorize-security-group-ingress --group-id sg-9f3e --ip-permissions IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{CidrIp=0.0.0.0/0}] IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=198.51.100.0/24}]',
    'aws ec2 revoke-security-group-ingress --group-id sg-9f3e --protocol tcp --port 22 --cidr 0.0.0.0/0',
    'aws ec2 describe-security-groups --filters Name=ip-permission.cidr,Values=0.0.0.0/0',
    'az network nsg rule create -g web --nsg-name front -n https --priority 100 --source-address-prefixes Internet --destination-port-ranges 80 443',
    'az network nsg rule create -g ops --nsg-name db -n pg --priority 130 --source-address-prefixes 10.20.0.0/16 --destination-port-ranges 5432',
    'az network nsg rule create -g ops --nsg-name bastion -n deny-ssh --priority 100 --destination-port-ranges 22 --access Deny',
    'az network nsg rule create -g ops --nsg-name bastion -n out --priority 100 --destination-port-ranges 22 --direction Outbound',
    'gcloud compute firewall-rules create iap-ssh --network default --allow tcp:22 --source-ranges 35.235.240.0/20',
    'gcloud compute firewall-rules create web --network default --allow tcp:80,tcp:443',
    'gcloud compute firewall-rules create ssh-tagged --network default --allow tcp:22 --source-tags bastion',
    'gcloud compute firewall-rules list --filter=sourceRanges:0.0.0.0/0',
  ])('lets %s pass', (text) => {
    expect(opens(text)).toBe(false);
  });
});

describe('the same rule in an API body', () => {
  it.each<[string, Record<string, unknown>]>([
    ['ec2_authorize_ingress', { GroupId: 'sg-1', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1000, ToPort: 2000, IpRanges: [{ CidrIp: '0.0.0.0/2' }, { CidrIp: '64.0.0.0/2' }, { CidrIp: '128.0.0.0/1' }] }] }],
    ['create_security_rule', { resourceGroup: 'ops', nsg: 'win', properties: { sourceAddressPrefix: 'Any', destinationPortRange: '3389', access: 'Allow', direction: 'Inbound' } }],
    ['insert_firewall', { project: 'p', body: { name: 'db', sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['5432-5433'] }] } }],
  ])('%s opens a login port to the world', async (name, args) => {
    expect(await blockedRules(name, args)).toContain('cmd/access-opened');
  });

  it.each<[string, Record<string, unknown>]>([
    ['ec2_authorize_ingress', { GroupId: 'sg-1', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '198.51.100.0/24', Description: 'Lisbon office' }] }] }],
    ['create_security_rule', { resourceGroup: 'web', nsg: 'front', properties: { sourceAddressPrefix: 'Internet', destinationPortRange: '443', access: 'Allow', direction: 'Inbound' } }],
    ['insert_firewall', { project: 'p', body: { name: 'web', sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['80', '8443'] }] } }],
  ])('%s passes', async (name, args) => {
    expect(await blockedRules(name, args)).not.toContain('cmd/access-opened');
  });
});

describe('what counts as the internet', () => {
  it('is a range wider than any organisation holds, or a name for every address', () => {
    for (const wide of ['0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '::/0', '2000::/3', '*', 'Internet', 'any']) expect(wideSource(wide)).toBe(true);
    for (const narrow of ['10.0.0.0/8', '203.0.113.0/24', '2001:db8::/32', 'VirtualNetwork', 'AzureLoadBalancer', 'sg-123']) expect(wideSource(narrow)).toBe(false);
  });

  it('reads a huge firewall line in linear time', () => {
    const cidrs = Array.from({ length: 40_000 }, (_, i) => `10.${i % 256}.0.0/16`);
    const args = ['network', 'nsg', 'rule', 'create', '--source-address-prefixes', ...cidrs, '--destination-port-ranges', '22'];
    const shorthand = ['ec2', 'authorize-security-group-ingress', '--ip-permissions', `IpProtocol=tcp,FromPort=22,ToPort=22,${'IpRanges=[{CidrIp=10.0.0.0/8}],'.repeat(30_000)}`];
    const started = performance.now();
    expect(worldIngress('az', args)).toBeUndefined();
    expect(worldIngress('aws', shorthand)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
