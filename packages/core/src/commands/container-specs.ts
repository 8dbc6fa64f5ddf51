import { printableBase64 } from '../values/text-blobs.js';
import { wordsOfTool } from './field-grants.js';
import type { ToolName } from './tool-names.js';

// Container and cluster specs sent as data: a Docker Engine API body (`HostConfig`), a Kubernetes pod spec (as
// fields, JSON or YAML, base64 too), a compose file written by a file tool. What the engine does with such a
// spec is what `docker run --privileged -v /:/host --pid=host` does on a command line: the container is handed
// the host - every device, the root folder or the Docker socket mounted, the host's processes, SYS_ADMIN. The
// keys are read for what they make the engine do; a project folder bound, a named volume, a read-only
// /var/log for a log agent, a config map pass. Findings are data; each pattern is linear in the text.

/** Words of tool names that hand a spec to an engine. */
const specWords = new Set(['container', 'containers', 'docker', 'podman', 'pod', 'pods', 'deployment', 'deployments', 'daemonset', 'statefulset', 'job',
  'cronjob', 'manifest', 'manifests', 'kubectl', 'k8s', 'kube', 'kubernetes', 'compose', 'helm', 'workload', 'replicaset']);
/** A compose file, or a manifest under a folder named for Kubernetes, written by a file tool. */
const specPath = /(?:^|[\\/])(?:(?:docker-)?compose(?:\.[\w-]+)?\.(?:ya?ml|json)|(?:k8s|kubernetes|manifests?|deploy|charts?)[\\/][^\n]*\.ya?ml)$/i;
const maxText = 262_144;

/** The host given away by a spec, each reading a key and the value that hands the host over. */
const hostGiven: readonly (readonly [RegExp, string])[] = [
  [/["']?privileged["']?\s*[:=]\s*["']?true\b/, 'a privileged container (every device of the host)'],
  [/["']?(?:hostpid|hostipc)["']?\s*:\s*["']?true\b|["']?(?:pidmode|pid)["']?\s*:\s*["']?host\b/, "the host's processes shared with the container"],
  [/\/(?:var\/)?run\/(?:docker|containerd\/containerd|crio\/crio)\.sock\b/, "the container engine's socket mounted (it starts containers on the host)"],
  [/(?:^|["'\s[,-])\/:\/[\w.-]/, 'the root folder of the host bound into the container'],
  [/["']?(?:source|src)["']?\s*:\s*["']?\/["'\s,}]/, 'the root folder of the host bound into the container'],
  [/["']?hostpath["']?\s*:\s*\{?\s*["']?path["']?\s*:\s*["']?\/(?:etc|root|proc|sys|dev|boot|var\/lib\/kubelet)?\/?["'\s,}]/, 'a host folder that holds the machine (/, /etc, /root, /proc …) mounted into a pod'],
  // A folder inside one that holds the machine's keys or accounts (/etc/kubernetes, /root/.ssh); the clock and
  // the CA bundle a pod reads from /etc pass.
  [/["']?hostpath["']?\s*:\s*\{?\s*["']?path["']?\s*:\s*["']?\/(?:etc\/(?!localtime|timezone|ssl\/certs|pki\/|ca-certificates|machine-id)|root\/|var\/lib\/kubelet\/|var\/lib\/docker)/, 'a host folder that holds the machine\'s keys or accounts (/etc/kubernetes, /root/.ssh …) mounted into a pod'],
  [/["']?(?:capadd|cap_add|add)["']?\s*:\s*\[?[^\]\n]{0,200}?\b(?:sys_admin|sys_module|sys_ptrace|all)\b/, 'SYS_ADMIN, SYS_MODULE or SYS_PTRACE added (the host kernel within reach)'],
  [/\b(?:apparmor|seccomp)[=:]["']?unconfined\b/, "the host's confinement of the container switched off"],
];
/** A word that must be in a spec for any reading above to find something: one scan gates them all. */
const gate = /privileged|pid|ipc|\.sock|\/:\/|source|src|hostpath|add|unconfined/;
const opaque = /^[A-Za-z0-9+/\s]{40,}={0,2}$/;

/** What a spec text gives the container of the host, or undefined. */
export function specHostGiven(text: string): string | undefined {
  if (text.length > maxText) return undefined;
  let lower = text.toLowerCase();
  if (opaque.test(text.trim())) {
    // A spec sent base64-encoded (a manifest field) is read as the text it decodes to.
    const decoded = printableBase64(text.replace(/\s+/g, ''));
    // Bytes that are not printable text: a binary blob, not a spec.
    if (decoded === undefined) return undefined;
    lower = decoded.toLowerCase();
  }
  if (!gate.test(lower)) return undefined;
  for (const [pattern, what] of hostGiven) if (pattern.test(lower)) return what;
  return undefined;
}

/** Whether a tool's name (its words) says it hands a spec to a container engine or a cluster; read once per name in tool-names.ts. */
export const namesSpec = (words: readonly string[]): boolean => words.some((w) => specWords.has(w));

/**
 * What a call hands the container of the host, or undefined: the arguments of a tool named for a container
 * engine or a cluster (every string read as a spec: JSON, YAML or base64 text), and the text a file tool
 * (`writes`: the tool's name says it writes) writes to a compose file or a manifest. `name` is what the tool's
 * name says when the caller has read it (tool-names.ts).
 */
export function containerSpecHost(tool: string, args: unknown, writes: boolean, name?: ToolName): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const record = args as Record<string, unknown>;
  if (name?.spec ?? namesSpec(wordsOfTool(tool))) {
    const text = JSON.stringify(args);
    const found = specHostGiven(text);
    if (found !== undefined) return found;
    // A spec sent as one string field (YAML, base64) is read as its own text.
    for (const key in record) {
      const value = record[key];
      if (typeof value === 'string' && value.length >= 40) {
        const inner = specHostGiven(value);
        if (inner !== undefined) return inner;
      }
    }
    return undefined;
  }
  if (!writes) return undefined;
  const path = record['path'] ?? record['file_path'] ?? record['filePath'] ?? record['filename'];
  if (typeof path !== 'string' || !specPath.test(path)) return undefined;
  for (const key in record) {
    const value = record[key];
    if (key === 'path' || /^(?:old|original|search|find)/i.test(key)) continue;
    if (typeof value === 'string') {
      const found = specHostGiven(value);
      if (found !== undefined) return found;
    } else if (Array.isArray(value)) {
      // An edit list: the new texts it writes (what it replaces goes away).
      for (const edit of value) {
        if (typeof edit !== 'object' || edit === null) continue;
        for (const [k, v] of Object.entries(edit as Record<string, unknown>)) {
          if (typeof v === 'string' && !/^(?:old|original|search|find)/i.test(k)) {
            const found = specHostGiven(v);
            if (found !== undefined) return found;
          }
        }
      }
    }
  }
  return undefined;
}
