import { describe, expect, it } from 'vitest';

import { containerSpecHost, specHostGiven } from '../src/commands/container-specs.js';

// Specs made up for these tests (not the set-50 cases).
describe('container and cluster specs sent as data', () => {
  it.each([
    ['start_container', { spec: { HostConfig: { Privileged: true } } }],
    ['docker_container_create', { HostConfig: { Binds: ['/run/docker.sock:/var/run/docker.sock'] } }],
    ['create_pod', { spec: { hostPID: true, containers: [{ name: 'a', image: 'busybox' }] } }],
    ['apply_k8s', { yaml: 'spec:\n  volumes:\n  - name: h\n    hostPath:\n      path: /proc\n' }],
    ['podman_run', { image: 'x', cap_add: ['SYS_MODULE'] }],
  ])('reads %s as giving the container the host', (tool, args) => {
    expect(containerSpecHost(tool, args, true)).toBeDefined();
  });

  it.each([
    ['start_container', { spec: { HostConfig: { Binds: ['/home/u/app:/app'], CapDrop: ['ALL'] } } }],
    ['create_pod', { spec: { containers: [{ name: 'a', image: 'busybox', securityContext: { allowPrivilegeEscalation: false, privileged: false } }] } }],
    ['apply_k8s', { yaml: 'spec:\n  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log\n' }],
    ['write_file', { path: 'notes/privileged.md', content: 'privileged: true is a bad idea' }],
  ])('lets %s pass when the host stays out', (tool, args) => {
    expect(containerSpecHost(tool, args, true)).toBeUndefined();
  });

  it('reads a compose file a file tool writes, but not the text an edit replaces', () => {
    expect(containerSpecHost('write_file', { path: 'ops/compose.prod.yaml', content: 'services:\n  a:\n    image: x\n    pid: host\n' }, true)).toBeDefined();
    expect(containerSpecHost('edit_file', { path: 'compose.yaml', edits: [{ oldText: '    privileged: true\n', newText: '' }] }, true)).toBeUndefined();
  });

  it('reads a base64 spec as the text it decodes to', () => {
    const encoded = btoa('kind: Pod\nspec:\n  hostPID: true\n  containers: []\n');
    expect(specHostGiven(encoded)).toBeDefined();
    expect(specHostGiven(btoa('kind: Pod\nspec:\n  containers:\n  - name: web\n    image: nginx\n'))).toBeUndefined();
  });
});
