import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { AzureDnsEnvironment, Dns01Solver, TsigAlgorithm } from '../lib';

const SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

describe('Dns01Solver specs (cert-manager ACME DNS01 providers) and their secrets', () => {
  it('cloudflare: apiTokenSecretRef to the token in its secret', () => {
    const s = Dns01Solver.cloudflare({ apiToken: 'cf' });
    expect(s.spec).toEqual({ dns01: { cloudflare: { apiTokenSecretRef: { name: 'cloudflare-solver', key: 'apiToken' } } } });
    expect(s._secrets).toEqual({ 'cloudflare-solver': { apiToken: 'cf' } });
    expect(s.provider).toBe('cloudflare');
    expect(s.secretNames).toEqual(['cloudflare-solver']);
  });

  it('azureDns: the zone, the public cloud and the managed identity; no secret', () => {
    const s = Dns01Solver.azureDns({ subscriptionId: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com', managedIdentityClientId: 'cid' });
    expect(s.spec).toEqual({ dns01: { azureDNS: {
      subscriptionID: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com', environment: 'AzurePublicCloud', managedIdentity: { clientID: 'cid' },
    } } });
    expect(s._secrets).toEqual({});
    const byResource = Dns01Solver.azureDns({
      subscriptionId: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com',
      managedIdentityResourceId: '/subscriptions/x/identity', environment: AzureDnsEnvironment.AZURE_CHINA_CLOUD,
    });
    expect(byResource.spec.dns01.azureDNS).toMatchObject({ environment: 'AzureChinaCloud', managedIdentity: { resourceID: '/subscriptions/x/identity' } });
    const vmDefault = Dns01Solver.azureDns({ subscriptionId: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com' });
    expect(vmDefault.spec.dns01.azureDNS.managedIdentity).toBeUndefined();
  });

  it('azureDns with a service principal: clientID, tenantID and the client secret from its secret', () => {
    const s = Dns01Solver.azureDns({
      subscriptionId: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com',
      servicePrincipalClientId: 'app-id', servicePrincipalClientSecret: 'shh', tenantId: 'tenant',
    });
    expect(s.spec).toEqual({ dns01: { azureDNS: {
      subscriptionID: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com', environment: 'AzurePublicCloud',
      clientID: 'app-id', tenantID: 'tenant', clientSecretSecretRef: { name: 'azuredns-solver', key: 'client-secret' },
    } } });
    expect(s._secrets).toEqual({ 'azuredns-solver': { 'client-secret': 'shh' } });
  });

  it('azureDns refuses half a service principal, or one mixed with a managed identity', () => {
    const base = { subscriptionId: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com' };
    expect(() => Dns01Solver.azureDns({ ...base, servicePrincipalClientId: 'app-id' }))
      .toThrow(/servicePrincipalClientId, servicePrincipalClientSecret and tenantId go together/);
    expect(() => Dns01Solver.azureDns({ ...base, servicePrincipalClientId: 'a', servicePrincipalClientSecret: 'b', tenantId: 'c', managedIdentityClientId: 'd' }))
      .toThrow(/a service principal and a managed identity are exclusive/);
  });

  it('digitalOcean: tokenSecretRef to access-token', () => {
    const s = Dns01Solver.digitalOcean({ token: 'do' });
    expect(s.spec).toEqual({ dns01: { digitalocean: { tokenSecretRef: { name: 'digitalocean-solver', key: 'access-token' } } } });
    expect(s._secrets).toEqual({ 'digitalocean-solver': { 'access-token': 'do' } });
  });

  it('route53: region and zone, keys from a secret, or ambient credentials without one', () => {
    const s = Dns01Solver.route53({ region: 'eu-west-1', hostedZoneId: 'Z123', accessKeyId: 'AKIA', secretAccessKey: 'sk', role: 'arn:aws:iam::1:role/dns' });
    expect(s.spec).toEqual({ dns01: { route53: {
      region: 'eu-west-1', hostedZoneID: 'Z123', role: 'arn:aws:iam::1:role/dns',
      accessKeyIDSecretRef: { name: 'route53-solver', key: 'access-key-id' },
      secretAccessKeySecretRef: { name: 'route53-solver', key: 'secret-access-key' },
    } } });
    expect(s._secrets).toEqual({ 'route53-solver': { 'access-key-id': 'AKIA', 'secret-access-key': 'sk' } });
    const ambient = Dns01Solver.route53({ region: 'us-east-1' });
    expect(ambient.spec).toEqual({ dns01: { route53: { region: 'us-east-1' } } });
    expect(ambient._secrets).toEqual({});
  });

  it('googleCloudDns: project, zone, and the service account key under key.json', () => {
    const s = Dns01Solver.googleCloudDns({ project: 'my-project', hostedZoneName: 'gitpod-zone', serviceAccountKey: '{"type":"service_account"}' });
    expect(s.spec).toEqual({ dns01: { cloudDNS: { project: 'my-project', hostedZoneName: 'gitpod-zone', serviceAccountSecretRef: { name: 'clouddns-solver', key: 'key.json' } } } });
    expect(s._secrets).toEqual({ 'clouddns-solver': { 'key.json': '{"type":"service_account"}' } });
    expect(Dns01Solver.googleCloudDns({ project: 'my-project' }).spec).toEqual({ dns01: { cloudDNS: { project: 'my-project' } } });
  });

  it('rfc2136: the nameserver, and a TSIG key (SHA-256 unless told) from a secret', () => {
    const s = Dns01Solver.rfc2136({ nameserver: 'ns1.example.com:53', tsigKeyName: 'gitpod.', tsigSecret: 'c2VjcmV0' });
    expect(s.spec).toEqual({ dns01: { rfc2136: {
      nameserver: 'ns1.example.com:53', tsigKeyName: 'gitpod.', tsigAlgorithm: 'HMACSHA256',
      tsigSecretSecretRef: { name: 'rfc2136-solver', key: 'tsig-secret' },
    } } });
    expect(s._secrets).toEqual({ 'rfc2136-solver': { 'tsig-secret': 'c2VjcmV0' } });
    const sha512 = Dns01Solver.rfc2136({ nameserver: '[2001:db8::1]:53', tsigKeyName: 'k', tsigSecret: 's', tsigAlgorithm: TsigAlgorithm.HMAC_SHA512 });
    expect(sha512.spec.dns01.rfc2136.tsigAlgorithm).toBe('HMACSHA512');
    expect(Dns01Solver.rfc2136({ nameserver: '192.0.2.53' }).spec).toEqual({ dns01: { rfc2136: { nameserver: '192.0.2.53' } } });
  });

  it('webhook: group and solver names, the webhook\'s config, and an optional secret (Hetzner DNS)', () => {
    const s = Dns01Solver.webhook({
      groupName: 'acme.example.com', solverName: 'hetzner',
      config: { secretName: 'hetzner-solver', zoneName: 'example.com', apiUrl: 'https://dns.hetzner.com/api/v1' },
      secretName: 'hetzner-solver', secretData: { 'api-key': 'hz' },
    });
    expect(s.spec).toEqual({ dns01: { webhook: {
      groupName: 'acme.example.com', solverName: 'hetzner',
      config: { secretName: 'hetzner-solver', zoneName: 'example.com', apiUrl: 'https://dns.hetzner.com/api/v1' },
    } } });
    expect(s._secrets).toEqual({ 'hetzner-solver': { 'api-key': 'hz' } });
    const scaleway = Dns01Solver.webhook({ groupName: 'acme.scaleway.com', solverName: 'scaleway' });
    expect(scaleway.spec).toEqual({ dns01: { webhook: { groupName: 'acme.scaleway.com', solverName: 'scaleway' } } });
    expect(scaleway._secrets).toEqual({});
  });

  it('adds a dnsZones selector when given, and takes tokens for secret values', () => {
    const stack = new TerraformStack(Testing.app(), 't');
    const token = new TerraformVariable(stack, 'token', { type: 'string', sensitive: true }).stringValue;
    const s = Dns01Solver.cloudflare({ apiToken: token, dnsZones: ['example.com'], secretName: 'cf-example' });
    expect(s.spec).toEqual({ selector: { dnsZones: ['example.com'] }, dns01: { cloudflare: { apiTokenSecretRef: { name: 'cf-example', key: 'apiToken' } } } });
    expect(s._secrets['cf-example'].apiToken).toBe(token);
  });
});

describe('Dns01Solver input rules', () => {
  it('refuses an empty secret without showing secret values', () => {
    expect(() => Dns01Solver.cloudflare({ apiToken: '' })).toThrow(/^Dns01Solver.cloudflare: invalid apiToken: got an empty string. Expected a non-empty string/);
    expect(() => Dns01Solver.digitalOcean({ token: "it's" })).toThrow(/invalid token: got a secret of 4 characters \(not shown\) containing a single quote/);
    let message = '';
    try {
      Dns01Solver.digitalOcean({ token: "top'secret" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Dns01Solver.digitalOcean: invalid token: got a secret of 10 characters/);
    expect(message).not.toContain('top');
  });

  it('checks secret names and zones', () => {
    expect(() => Dns01Solver.cloudflare({ apiToken: 't', secretName: 'Cloudflare_Solver' })).toThrow(/invalid secretName: got "Cloudflare_Solver". Expected a Kubernetes object name/);
    expect(() => Dns01Solver.cloudflare({ apiToken: 't', dnsZones: [] })).toThrow(/invalid dnsZones: got \[\]. Expected at least one zone/);
    expect(() => Dns01Solver.cloudflare({ apiToken: 't', dnsZones: ['https://example.com'] })).toThrow(/invalid dnsZones: got "https:\/\/example.com". Expected DNS zone names/);
  });

  it('azureDns: a GUID subscription, a zone, one kind of identity', () => {
    expect(() => Dns01Solver.azureDns({ subscriptionId: 'my-sub', resourceGroupName: 'rg', hostedZoneName: 'example.com' }))
      .toThrow(/Dns01Solver.azureDns: invalid subscriptionId: got "my-sub". Expected a subscription ID \(a GUID/);
    expect(() => Dns01Solver.azureDns({ subscriptionId: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'Example' }))
      .toThrow(/invalid hostedZoneName: got "Example". Expected the DNS zone name/);
    expect(() => Dns01Solver.azureDns({ subscriptionId: SUBSCRIPTION, resourceGroupName: '', hostedZoneName: 'example.com' }))
      .toThrow(/invalid resourceGroupName/);
    expect(() => Dns01Solver.azureDns({ subscriptionId: SUBSCRIPTION, resourceGroupName: 'rg', hostedZoneName: 'example.com', managedIdentityClientId: 'a', managedIdentityResourceId: 'b' }))
      .toThrow(/managedIdentityClientId and managedIdentityResourceId are exclusive/);
  });

  it('route53: a region, and both keys or neither', () => {
    expect(() => Dns01Solver.route53({ region: 'Frankfurt' })).toThrow(/invalid region: got "Frankfurt". Expected an AWS region such as eu-west-1/);
    expect(() => Dns01Solver.route53({ region: 'eu-west-1', accessKeyId: 'AKIA' })).toThrow(/accessKeyId and secretAccessKey go together/);
  });

  it('googleCloudDns: a project ID', () => {
    expect(() => Dns01Solver.googleCloudDns({ project: 'My Project' })).toThrow(/invalid project: got "My Project". Expected a Google Cloud project ID/);
  });

  it('rfc2136: host:port, and a TSIG key with its name', () => {
    expect(() => Dns01Solver.rfc2136({ nameserver: 'dns://ns1' })).toThrow(/invalid nameserver: got "dns:\/\/ns1". Expected host:port/);
    expect(() => Dns01Solver.rfc2136({ nameserver: 'ns1:53', tsigKeyName: 'k' })).toThrow(/tsigKeyName and tsigSecret go together/);
    expect(() => Dns01Solver.rfc2136({ nameserver: 'ns1:53', tsigAlgorithm: TsigAlgorithm.HMAC_SHA1 })).toThrow(/tsigAlgorithm needs tsigKeyName and tsigSecret/);
  });

  it('webhook: a group name, a solver name, a secret with its data', () => {
    expect(() => Dns01Solver.webhook({ groupName: 'hetzner', solverName: 'hetzner' })).toThrow(/invalid groupName: got "hetzner". Expected the API group/);
    expect(() => Dns01Solver.webhook({ groupName: 'acme.example.com', solverName: 'Hetzner DNS' })).toThrow(/invalid solverName: got "Hetzner DNS"/);
    expect(() => Dns01Solver.webhook({ groupName: 'acme.example.com', solverName: 'x', secretName: 's' })).toThrow(/secretName and secretData go together/);
    expect(() => Dns01Solver.webhook({ groupName: 'acme.example.com', solverName: 'x', secretName: 's', secretData: { k: '' } })).toThrow(/invalid secretData.k: got an empty string/);
  });
});
