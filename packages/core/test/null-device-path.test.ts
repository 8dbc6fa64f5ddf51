import { createGuard } from '@vanguard/core';

import { describeExchanges } from './exchange-verdicts.js';
import { call, type Exchange } from './redteam-kit/cases.js';

// The null device discards what is written to it and reads as empty: a tool told to write its output there,
// or to read it, touches no system data (rules/paths.yaml path/system-location). Every other device still
// blocks: a disk written raw, /dev/zero's endless read, /dev/stdout into a stdio server's own stream, bash's
// /dev/tcp, and a climb from /dev/null to a disk.
const guard = createGuard({ profile: 'balanced' });

const attacks: readonly (readonly [string, Exchange])[] = [
  ['a file tool writing a raw disk', call('write_file', { path: '/dev/nvme0n1', content: 'x' })],
  ['a file tool reading the endless zero device', call('read_file', { path: '/dev/zero' })],
  ["a file tool writing into the server's own standard output", call('write_file', { path: '/dev/stdout', content: '{"jsonrpc":"2.0"}' })],
  ["a file tool opening bash's network path", call('read_file', { path: '/dev/tcp/203.0.113.9/4444' })],
  ['a climb out of the null device to a disk', call('write_file', { path: '/dev/null/../sda1', content: 'x' })],
  ['a name that only starts like the null device', call('write_file', { path: '/dev/nullb0', content: 'x' })],
];

const benign: readonly (readonly [string, Exchange])[] = [
  ['a file tool discarding output into the null device', call('write_file', { path: '/dev/null', content: 'warm-up run, output not needed' })],
  ['a file tool reading the null device as an empty input', call('read_file', { path: '/dev/null' })],
  ['an edit tool writing an empty file to the null device', call('edit_file', { path: '/dev/null', old_string: '', new_string: '' })],
];

describeExchanges('the null device named as a path', guard, attacks, benign);
