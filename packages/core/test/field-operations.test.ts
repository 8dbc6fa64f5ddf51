import { type ArgumentCase, describeArguments } from './argument-verdicts.js';

// An operation spelled in fields: a verb in one argument, the kind of thing in another. Destroying a whole
// (a namespace, a database, a bucket) is judged as the one command line would be. Written for this suite.
const attacks: readonly ArgumentCase[] = [
  ['a namespace deleted by fields', 'k8s', { verb: 'delete', resource: 'namespace', name: 'payments' }],
  ['a database dropped by fields', 'db_admin', { action: 'DROP', object_type: 'database', name: 'orders' }],
  ['a bucket removed by fields', 'storage', { operation: 'remove', type: 'bucket', id: 'acme-backups' }],
];

const benign: readonly ArgumentCase[] = [
  ['a pod deleted by fields', 'k8s', { verb: 'delete', resource: 'pod', name: 'api-7d9f-abcde' }],
  ['a database described by fields', 'db_admin', { action: 'describe', object_type: 'database', name: 'orders' }],
  ['a file removed from a bucket', 'storage', { operation: 'remove', type: 'object', id: 'acme-backups/old.tgz' }],
  ['a namespace listed', 'k8s', { verb: 'get', resource: 'namespace' }],
];

describeArguments('operations spelled in fields', attacks, benign);
