import { describe, expect, it } from 'vitest';

import { createGuard } from '../src/index.js';

// Machines put to work for someone else: a call that hands a program a mining pool's address (the stratum
// protocol, which nothing but a coin miner speaks) in a command, container or job arguments, or an instance's
// boot script, which EC2 and Azure take base64-encoded and the guard reads decoded. Real GPU jobs, boot
// scripts installing agents, and a miner project's own files written to disk pass.

const b64 = (text: string): string => Buffer.from(text).toString('base64');
const rules = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const guard = createGuard({ profile: 'balanced' });
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, { from: 'client', sessionId: 's' });
  return verdict.findings.filter((f) => f.action === 'block').map((f) => f.rule);
};

describe('compute turned to a mining pool', () => {
  it.each([
    ['a Job whose container args name a stratum pool over TLS', 'k8s_apply', { kind: 'Job', spec: { template: { spec: { containers: [{ name: 'w', image: 'registry.example/tools:1', args: ['-o', 'stratum+ssl://eu.hashpool.example:443', '-u', 'WALLETxyz.rig1'] }] } } } }],
    ['a docker run with the pool glued to an option', 'docker', { command: 'docker run -d --gpus all ghcr.io/benchmarks/cuda:3 --pool=stratum2+tcp://198.51.100.7:3333 --wallet 0xabc' }],
    ['a GCE startup script in metadata', 'gcloud', { command: 'gcloud compute instances create w-1 --accelerator=type=nvidia-tesla-a100,count=8 --metadata=startup-script="/opt/bench --url stratum+tcp://pool.example.net:4444 --user W &"' }],
    ['an EC2 launch whose base64 user data starts a miner', 'ec2_run_instances', { InstanceType: 'g5.48xlarge', MaxCount: 20, UserData: b64('#!/bin/sh\nnohup /usr/local/bin/gputool -a ethash -o stratum+tcp://asia.pool.example:8008 -u 0x1234.w &\n') }],
    ['an Azure VM whose custom data joins a pool', 'azure_vm_create', { name: 'nc24', customData: b64('#!/bin/bash\nexport POOL="stratum+ssl://us.pool.example:5555"\n/opt/t --url "$POOL" --user W\n') }],
  ])('blocks %s', async (_name, tool, args) => {
    expect(await rules(tool, args)).toContain('url/mining-pool');
  });

  it.each([
    ['a distributed GPU training job', 'k8s_apply', { kind: 'Job', spec: { template: { spec: { containers: [{ name: 't', image: 'nvcr.io/nvidia/pytorch:24.10-py3', args: ['torchrun', '--nproc_per_node=8', 'train.py', '--data', 's3://acme-datasets/imagenet'] }] } } } }],
    ['user data installing a monitoring agent', 'ec2_run_instances', { InstanceType: 'p4d.24xlarge', UserData: b64('#!/bin/bash\napt-get install -y nvidia-dcgm\nsystemctl enable --now nvidia-dcgm\n') }],
    ['a miner project\'s README written to disk', 'write_file', { path: 'docs/pools.md', content: 'Point the miner at your pool, for example `--url stratum+tcp://your.pool:3333`, and set your wallet.' }],
    ['a package and a docs page named stratum', 'bash', { command: 'pip install stratum && curl -s https://stratum.example.com/docs/index.html' }],
  ])('lets %s pass', async (_name, tool, args) => {
    expect(await rules(tool, args)).toEqual([]);
  });

  it('stays linear on a command full of near misses', async () => {
    const guard = createGuard({ profile: 'balanced' });
    const command = `echo ${' stratum+tcp:/'.repeat(70_000)}`;
    const start = performance.now();
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'bash', arguments: { command } } }, { from: 'client', sessionId: 's' });
    expect(performance.now() - start).toBeLessThan(8000);
  });
});
