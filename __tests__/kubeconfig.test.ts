import * as YAML from 'yaml';
import { Testing, TerraformStack, TerraformOutput } from 'cdktf';
import { kubeconfigDocument } from '../lib/k3s/kubeconfig';
import { synthHetzner } from './helpers';

describe('kubeconfig', () => {
  it('has one cluster, context and user, all named after the kubecontext, pointing at the API address', () => {
    const doc = kubeconfigDocument({
      name: 'my-gitpod', apiAddress: '203.0.113.7', caCertPem: 'CA', clientCertPem: 'CERT', clientKeyPem: 'KEY',
    });
    // Resolve the base64encode calls as Terraform would, to check the shape of the whole document.
    const stack = new TerraformStack(Testing.app(), 'kc');
    new TerraformOutput(stack, 'doc', { value: doc });
    const value = JSON.parse(Testing.synth(stack)).output.doc.value;
    expect(value).toEqual({
      'apiVersion': 'v1',
      'kind': 'Config',
      'clusters': [{ name: 'my-gitpod', cluster: { 'server': 'https://203.0.113.7:6443', 'certificate-authority-data': '${base64encode("CA")}' } }],
      'contexts': [{ name: 'my-gitpod', context: { cluster: 'my-gitpod', user: 'my-gitpod' } }],
      'current-context': 'my-gitpod',
      'users': [{ name: 'my-gitpod', user: { 'client-certificate-data': '${base64encode("CERT")}', 'client-key-data': '${base64encode("KEY")}' } }],
      'preferences': {},
    });
    expect(YAML.parse(YAML.stringify(value))).toEqual(value);
  });

  it('is built from the server CA and the admin certificate signed by the client CA', () => {
    const { json, cluster } = synthHetzner({ kubecontext: 'ctx' });
    expect(cluster.kubeconfig).toBeDefined();
    const admin = Object.values<any>(json.resource.tls_locally_signed_cert)[0];
    expect(admin.ca_cert_pem).toMatch(/tls_self_signed_cert\.gitpod_k3s_pki_client-ca-cert_/);
    expect(admin.allowed_uses).toEqual(['digital_signature', 'key_encipherment', 'client_auth']);
    const csr = Object.values<any>(json.resource.tls_cert_request)[0];
    expect(csr.subject).toEqual([{ common_name: 'gitpod-self-hosted-admin', organization: 'system:masters' }]);
    const cas = Object.values<any>(json.resource.tls_self_signed_cert).map((c) => c.subject[0].common_name).sort();
    expect(cas).toEqual(['etcd-peer-ca', 'etcd-server-ca', 'k3s-client-ca', 'k3s-request-header-ca', 'k3s-server-ca']);
  });
});
