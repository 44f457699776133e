import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { shipped } from '../lib/templates';
import { synthHetzner, tempDir } from './helpers';

// gitpod-find-cluster as the nodes get it, against a stand-in curl: the managers that answer
// serve a CA bundle, the others refuse the connection.
const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const CA_HASH = crypto.createHash('sha256').update(CA).digest('hex');

function run(mode: 'first' | 'join', addresses: string, answering: Record<string, string>) {
  const dir = tempDir('find-cluster-');
  const script = path.join(dir, 'gitpod-find-cluster');
  fs.writeFileSync(script, shipped('find-cluster.sh'));
  fs.writeFileSync(path.join(dir, 'defaults'), `MODE=${mode}\nCA_HASH=${CA_HASH}\nADDRESSES=${addresses.replace(/ /g, ',')}\n`);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  const cases = Object.entries(answering).map(([address, ca]) => `  *//${address}:6443/cacerts) printf '%s' '${ca}' ;;`).join('\n');
  fs.writeFileSync(path.join(bin, 'curl'), `#!/bin/sh\nfor a; do url="$a"; done\necho "$url" >> ${dir}/probes\ncase "$url" in\n${cases}\n  *) exit 7 ;;\nesac\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(bin, 'sleep'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const config = path.join(dir, 'k3s');
  const result = spawnSync('bash', [script, 'sh', '-c', `echo installed > ${dir}/installed`], {
    encoding: 'utf8',
    env: {
      PATH: `${bin}:/usr/bin:/bin`, GITPOD_FIND_CLUSTER_DEFAULTS: path.join(dir, 'defaults'), GITPOD_K3S_CONFIG_DIR: config,
      GITPOD_FIND_CLUSTER_ATTEMPTS: '3', GITPOD_FIND_CLUSTER_SLEEP: '0',
    },
  });
  const dropIn = path.join(config, 'config.yaml.d', '20-gitpod-join.yaml');
  return {
    status: result.status,
    installed: fs.existsSync(path.join(dir, 'installed')),
    dropIn: fs.existsSync(dropIn) ? fs.readFileSync(dropIn, 'utf8') : undefined,
    probes: fs.existsSync(path.join(dir, 'probes')) ? fs.readFileSync(path.join(dir, 'probes'), 'utf8').trim().split('\n') : [],
  };
}

describe('gitpod-find-cluster: the first manager initialises only where no cluster answers', () => {
  it('a new cluster: nobody answers, the first manager initialises (no drop-in)', () => {
    const r = run('first', '10.2.0.11 10.2.0.12 203.0.113.10', {});
    expect(r).toMatchObject({ status: 0, installed: true, dropIn: undefined });
    expect(r.probes).toEqual(['https://10.2.0.11:6443/cacerts', 'https://10.2.0.12:6443/cacerts', 'https://203.0.113.10:6443/cacerts']);
  });

  it('a replaced first manager: another manager answers with the cluster\'s CA, so it joins there instead of initialising', () => {
    const r = run('first', '10.2.0.11 10.2.0.12 203.0.113.10', { '10.2.0.12': CA });
    expect(r).toMatchObject({ status: 0, installed: true, dropIn: 'server: "https://10.2.0.12:6443"\ncluster-init: false\n' });
  });

  it('a server with another CA is no member of this cluster', () => {
    const r = run('first', '10.2.0.11', { '10.2.0.11': '-----BEGIN CERTIFICATE-----\nother\n-----END CERTIFICATE-----\n' });
    expect(r.dropIn).toBeUndefined();
  });
});

describe('gitpod-find-cluster: a joining node survives the loss of the first manager', () => {
  it('the first manager answers: config.yaml stays as it is', () => {
    const r = run('join', '10.2.0.10 10.2.0.11 10.2.0.12 203.0.113.10', { '10.2.0.10': CA, '10.2.0.11': CA });
    expect(r).toMatchObject({ status: 0, installed: true, dropIn: undefined });
    expect(r.probes).toEqual(['https://10.2.0.10:6443/cacerts']);
  });

  it('the first manager is down: the node joins another manager, without cluster-init', () => {
    const r = run('join', '10.2.0.10 10.2.0.11 10.2.0.12 203.0.113.10', { '10.2.0.11': CA });
    expect(r).toMatchObject({ status: 0, installed: true, dropIn: 'server: "https://10.2.0.11:6443"\n' });
  });

  it('nobody answers yet: it tries again, then leaves config.yaml to k3s, which keeps trying', () => {
    const r = run('join', '10.2.0.10 10.2.0.11', {});
    expect(r).toMatchObject({ status: 0, installed: true, dropIn: undefined });
    expect(r.probes.length).toBe(6);
  });
});

describe('what each node is told', () => {
  const doc = (server: any): string => server.user_data;

  it('medium on Hetzner: the first manager looks at the other two managers and the API address; the others at all three, the first manager first', () => {
    const { json } = synthHetzner({ size: undefined });
    const servers = json.resource.hcloud_server;
    const primary = Object.entries<any>(servers).find(([name]) => name.includes('manager') && !name.includes('joining'))![1];
    const worker = Object.entries<any>(servers).find(([name]) => name.includes('workers'))![1];
    // The file is joined in Terraform: join("", ["MODE=", "first", ..., "\nADDRESSES=", join("", [<manager 2>, ",", ...]), "\n"]).
    const addresses = (text: string) => /"\\nADDRESSES=", join\("", \[(.*?)\]\), "\\n"\]/.exec(text)?.[1];
    expect(doc(primary)).toContain('"MODE=", "first"');
    expect(addresses(doc(primary))).toMatch(/^cidrhost\("10\.2\.0\.0\/24", 11\), ",", cidrhost\("10\.2\.0\.0\/24", 12\), ",", .*hcloud_primary_ip\./);
    expect(doc(worker)).toContain('"MODE=", "join"');
    expect(addresses(doc(worker))).toMatch(/^cidrhost\("10\.2\.0\.0\/24", 10\), ",", cidrhost\("10\.2\.0\.0\/24", 11\), ",", cidrhost\("10\.2\.0\.0\/24", 12\), ",", /);
  });
});
