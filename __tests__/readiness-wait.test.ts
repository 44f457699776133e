import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { synthHetzner, tempDir } from './helpers';

// The readiness wait (templates/wait-for-ready.sh) against a stand-in curl that answers the
// API as the API server does (compact JSON, each node's metadata first).
const SCRIPT = path.join(__dirname, '..', 'templates', 'wait-for-ready.sh');

function node(name: string, ready: boolean): string {
  return `{"metadata":{"name":"${name}","uid":"u-${name}","labels":{"kubernetes.io/hostname":"${name}"}},`
    + `"status":{"conditions":[{"type":"MemoryPressure","status":"False"},{"type":"Ready","status":"${ready ? 'True' : 'False'}"}],`
    + `"volumesAttached":[{"name":"kubernetes.io/csi/x","devicePath":""}]}}`;
}

function wait(nodes: string[], expected: number, names: string) {
  const dir = tempDir('wait-');
  const list = `{"kind":"NodeList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[${nodes.join(',')}]}`;
  fs.writeFileSync(path.join(dir, 'nodes.json'), list);
  fs.writeFileSync(path.join(dir, 'curl'), `#!/bin/sh\nfor a; do url="$a"; done\ncase "$url" in */readyz) echo ok ;; */api/v1/nodes) cat ${dir}/nodes.json ;; *) exit 22 ;; esac\n`, { mode: 0o755 });
  return spawnSync('bash', [SCRIPT], {
    encoding: 'utf8',
    env: {
      PATH: `${dir}:/usr/bin:/bin`, API_URL: 'https://203.0.113.10:6443', CA_CERT: 'ca', CLIENT_CERT: 'cert', CLIENT_KEY: 'key',
      EXPECTED_NODES: String(expected), EXPECTED_NAMES: names, TIMEOUT_SECONDS: '0',
    },
  });
}

describe('the readiness wait names the nodes that are not Ready', () => {
  it('returns once enough nodes are Ready', () => {
    const r = wait([node('m-1', true), node('w-1', true)], 2, 'm-1 w-1');
    expect([r.status, r.stdout.trim()]).toEqual([0, 'gitpod-self-hosted: the cluster is ready (2 nodes Ready)']);
  });

  it('a node that never joined (its cloud-init failed before k3s) and one that is not Ready are named', () => {
    const r = wait([node('m-1', true), node('w-1', false)], 3, 'm-1 w-1 w-2');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/waiting for 3 nodes to be Ready \(1 are\); not Ready: w-1, w-2 \(a node whose cloud-init failed never joins: read \/var\/log\/cloud-init-output\.log on it\)/);
  });

  it('counts autoscaled nodes, which have no name known beforehand', () => {
    const r = wait([node('m-1', true), node('pool-abc', true)], 2, 'm-1');
    expect(r.status).toBe(0);
  });

  it('each cluster hands the wait its fixed nodes\' names', () => {
    const { json } = synthHetzner({ readyTimeoutMinutes: 5 });
    const waits = Object.values<any>(json.resource.terraform_data ?? {}).filter((r) => r.provisioner?.[0]?.['local-exec']?.environment?.EXPECTED_NODES);
    expect(waits.length).toBe(1);
    const env = waits[0].provisioner[0]['local-exec'].environment;
    expect(env.EXPECTED_NAMES).toMatch(/^\$\{join\(" ", concat\(hcloud_server\.[\w-]+\[\*\]\.name, hcloud_server\.[\w-]+\[\*\]\.name, hcloud_server\.[\w-]+\[\*\]\.name\)\)\}$/);
  });
});
