import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { ClusterSize, Dns01Solver, GitpodInstallation, GitpodInstallationOutputs, GitpodInstallerConfig } from '../lib';
import { AzureGitpodCluster, AzureGitpodServices, AzureGitpodServicesProps } from '../constructs/azure';
import { azureServiceRules } from '../constructs/azure/services-rules';
import caBundle = require('../lib/data/azure-mysql-ca.json');
import { GITPOD_MYSQL } from '../lib/services/gitpod-mysql';
import { synthesizeServiceModules } from '../lib/module-synth';
import { AZURE_CLUSTER_PROPS } from './azure-helpers';
import { resourceNamed, resourcesOf, thrown } from './helpers';
import { addressIn, terraformJudge } from './services-helpers';

const ROOT = path.join(__dirname, '..');

function synthServices(services: Partial<AzureGitpodServicesProps> = {}, size = ClusterSize.SMALL) {
  const stack = new TerraformStack(Testing.app(), 'test');
  const cluster = new AzureGitpodCluster(stack, 'gitpod', {
    ...AZURE_CLUSTER_PROPS, size,
    workerPools: size === ClusterSize.LARGE ? [{ name: 'workers', machineType: 'Standard_D4s_v3', minNodes: 1, maxNodes: 3 }] : undefined,
  });
  const made = new AzureGitpodServices(stack, 'services', { attachment: cluster.serviceAttachment, ...services });
  const installation = new GitpodInstallation(stack, 'installation', { cluster, services: made, solvers: [Dns01Solver.cloudflare({ apiToken: 'token-value' })] });
  new GitpodInstallationOutputs(stack, 'outputs', { installation });
  const json = JSON.parse(Testing.synth(stack));
  return { json, installation };
}

const ATTACHMENT = {
  resourceGroupName: 'gitpod-rg', location: 'uksouth', virtualNetworkName: 'gitpod-uks-network', virtualNetworkId: '/subscriptions/x/vnet',
  databaseSubnetRange: '10.2.2.0/24', size: 'small',
};

const address = addressIn;

describe('AzureGitpodServices', () => {
  const small = synthServices();

  it('makes MySQL 8.0 reachable from the cluster\'s network only: a delegated subnet beside the nodes\' and a private DNS zone linked to the network', () => {
    const server = resourceNamed(small.json, 'azurerm_mysql_flexible_server', 'mysql');
    expect(server).toMatchObject({ version: '8.0.21', sku_name: 'B_Standard_B1ms', storage: { size_gb: 20, auto_grow_enabled: true }, resource_group_name: 'gitpod-rg', location: 'uksouth' });
    expect(server.public_network_access).toBeUndefined();
    expect(server.delegated_subnet_id).toBe(`\${${address(small.json, 'azurerm_subnet', 'mysql-subnet')}.id}`);
    expect(server.private_dns_zone_id).toBe(`\${${address(small.json, 'azurerm_private_dns_zone', 'mysql-dns')}.id}`);
    const subnet = resourceNamed(small.json, 'azurerm_subnet', 'mysql-subnet');
    expect(subnet.address_prefixes).toEqual(['10.2.2.0/24']);
    expect(subnet.virtual_network_name).toBe(`\${${address(small.json, 'azurerm_virtual_network', 'network')}.name}`);
    expect(subnet.delegation).toEqual([{ name: 'mysql-flexible-server', service_delegation: { name: 'Microsoft.DBforMySQL/flexibleServers', actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'] } }]);
    const link = resourceNamed(small.json, 'azurerm_private_dns_zone_virtual_network_link', 'mysql-dns-link');
    expect(link.virtual_network_id).toBe(`\${${address(small.json, 'azurerm_virtual_network', 'network')}.id}`);
    expect(resourceNamed(small.json, 'azurerm_private_dns_zone', 'mysql-dns').name).toMatch(/\.private\.mysql\.database\.azure\.com$/);
  });

  it('sets the server parameters Gitpod needs, and makes its databases in utf8mb4 with 5.7\'s collation', () => {
    const settings = Object.fromEntries(Object.values<any>(resourcesOf(small.json, 'azurerm_mysql_flexible_server_configuration')).map((c) => [c.name, c.value]));
    expect(settings).toEqual({ explicit_defaults_for_timestamp: 'OFF', sql_mode: GITPOD_MYSQL.sqlMode, require_secure_transport: 'ON' });
    const dbs = Object.values<any>(resourcesOf(small.json, 'azurerm_mysql_flexible_database')).map((d) => [d.name, d.charset, d.collation]).sort();
    expect(dbs).toEqual([['gitpod', 'utf8mb4', 'utf8mb4_general_ci'], ['gitpod-sessions', 'utf8mb4', 'utf8mb4_general_ci']]);
  });

  it('trusts Azure\'s roots for the database\'s TLS: three CA certificates that parse', () => {
    const pems = caBundle.pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!;
    const subjects = pems.map((p) => new X509Certificate(p)).map((c) => [c.subject.split('\n').find((l) => l.startsWith('CN=')), c.ca]);
    expect(subjects).toEqual([['CN=DigiCert Global Root CA', true], ['CN=DigiCert Global Root G2', true], ['CN=Microsoft RSA Root Certificate Authority 2017', true]]);
    expect(small.installation.gitpodSecrets['database-cacert']['ca.crt']).toBe(caBundle.pem);
  });

  it('makes a storage account and a registry, named with a random id (Azure names them globally)', () => {
    const account = resourceNamed(small.json, 'azurerm_storage_account', 'storage');
    expect(account).toMatchObject({ account_tier: 'Standard', account_replication_type: 'LRS', min_tls_version: 'TLS1_2', allow_nested_items_to_be_public: false });
    expect(account.name).toMatch(/^gitpod\$\{random_id\.services_id_[0-9A-F]+\.hex\}$/);
    expect(resourceNamed(small.json, 'azurerm_container_registry', 'registry')).toMatchObject({ sku: 'Standard', admin_enabled: true });
  });

  it('chooses by cluster size', () => {
    const large = synthServices({}, ClusterSize.LARGE);
    expect(resourceNamed(large.json, 'azurerm_mysql_flexible_server', 'mysql')).toMatchObject({ sku_name: 'GP_Standard_D2ds_v4', storage: { size_gb: 64 } });
    expect(resourceNamed(large.json, 'azurerm_storage_account', 'storage').account_replication_type).toBe('ZRS');
    const mine = synthServices({ databaseSku: 'GP_Standard_D4ds_v4', databaseStorageGb: 128, registrySku: 'Premium', storageReplication: 'GRS' });
    expect(resourceNamed(mine.json, 'azurerm_mysql_flexible_server', 'mysql')).toMatchObject({ sku_name: 'GP_Standard_D4ds_v4', storage: { size_gb: 128 } });
    expect(resourceNamed(mine.json, 'azurerm_container_registry', 'registry').sku).toBe('Premium');
    expect(resourceNamed(mine.json, 'azurerm_storage_account', 'storage').account_replication_type).toBe('GRS');
  });

  it('with the companion: gitpod_config points at the services (Blob storage through objectStorage.azure) and validates', () => {
    const config = small.installation.gitpodConfig;
    expect(config.database).toEqual({ inCluster: false, external: { certificate: { kind: 'secret', name: 'database' } }, ssl: { caCert: { kind: 'secret', name: 'database-cacert' } } });
    expect(config.objectStorage).toEqual({ inCluster: false, azure: { credentials: { kind: 'secret', name: 'object-storage' } } });
    expect(config.containerRegistry.inCluster).toBe(false);
    expect(GitpodInstallerConfig.problems(config)).toEqual([]);
    const secrets = small.installation.gitpodSecrets;
    expect(Object.keys(secrets).sort()).toEqual(['container-registry', 'database', 'database-cacert', 'object-storage']);
    expect(Object.keys(secrets['object-storage']).sort()).toEqual(['accountKey', 'accountName']);
    const out = small.json.output.gitpod_secrets.value;
    expect(out['object-storage'].accountKey).toMatch(/^\$\{azurerm_storage_account\.services_storage_[0-9A-F]+\.primary_access_key\}$/);
    expect(out.database.host).toMatch(/^\$\{azurerm_mysql_flexible_server\.services_mysql_[0-9A-F]+\.fqdn\}$/);
    expect(out.database.password).toMatch(/^\$\{random_password\.services_mysql-password_[0-9A-F]+\.result\}$/);
    expect(out['container-registry']['.dockerconfigjson']).toMatch(/azurerm_container_registry\.services_registry_[0-9A-F]+\.admin_password/);
    expect(out.database.port).toBe('3306');
  });

  it('credentials are only in sensitive outputs', () => {
    const secretAttributes = /\.(result|primary_access_key|admin_password|administrator_password|base64)\b/;
    for (const [name, output] of Object.entries<any>(small.json.output)) {
      if (secretAttributes.test(JSON.stringify(output.value))) expect([name, output.sensitive]).toEqual([name, true]);
    }
  });
});

describe('AzureGitpodServices: bad input', () => {
  const servicesAlone = (props: Record<string, unknown>) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    return thrown(() => new AzureGitpodServices(stack, 'services', { attachment: ATTACHMENT, ...props } as AzureGitpodServicesProps));
  };

  it.each([
    [{ attachment: { ...ATTACHMENT, size: 'huge' } }, /invalid size \(module variable cluster\): got "huge"\. Expected cluster\.size .*small, medium, large\./],
    [{ attachment: { ...ATTACHMENT, virtualNetworkId: '' } }, /invalid attachment \(module variable cluster\): got .*Expected the cluster's service_attachment output/],
    [{ attachment: undefined }, /invalid attachment \(module variable cluster\): got undefined\./],
    [{ databaseSku: 'Standard_B1ms' }, /invalid databaseSku \(module variable database_sku\): got "Standard_B1ms"\. Expected one of B_Standard_B1ms, /],
    [{ databaseStorageGb: 10 }, /invalid databaseStorageGb \(module variable database_storage_gb\): got 10\. Expected a whole number of GB from 20 to 16384/],
    [{ databaseStorageGb: NaN }, /invalid databaseStorageGb .*got NaN\./],
    [{ registrySku: 'standard' }, /invalid registrySku \(module variable registry_sku\): got "standard"\. Expected one of Basic, Standard, Premium/],
    [{ storageReplication: null }, /invalid storageReplication \(module variable storage_replication\): got null\./],
  ])('%j is refused, naming the input, the value and the fix', (props, message) => {
    expect(servicesAlone(props)).toMatch(new RegExp(`^AzureGitpodServices at test/services: ${message.source}`));
  });
});

describe('Azure services: the Terraform validation says the same', () => {
  const { judge: condition, evaluate } = terraformJudge(azureServiceRules(), 'tf-console-azure-services-');

  it.each([
    ['database_sku', ['"B_Standard_B2s"', 'null'], ['"Standard_B1ms"']],
    ['database_storage_gb', ['20', '16384', 'null'], ['10', '20.5', '16385']],
    ['registry_sku', ['"Basic"', 'null'], ['"standard"']],
    ['storage_replication', ['"ZRS"', 'null'], ['"RAGRS"']],
  ])('%s', (variable, good, bad) => {
    expect(evaluate([...good, ...bad].map((v) => condition(variable, v)))).toEqual([...good.map(() => 'true'), ...bad.map(() => 'false')]);
  });

  it('cluster', () => {
    const cluster = (over: string) => `merge({ resource_group_name = "rg", location = "uksouth", virtual_network_name = "n", virtual_network_id = "i", database_subnet_range = "10.2.2.0/24", size = "small" }, { ${over} })`;
    expect(evaluate(['', 'size = "huge"', 'virtual_network_id = ""'].map((o) => condition('cluster', cluster(o))))).toEqual(['true', 'false', 'false']);
  });
});

describe('modules/azure/services', () => {
  const [{ json }] = synthesizeServiceModules(['azure']);

  it('is committed exactly as a fresh synth writes it (run `npm run synth` and commit)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'modules', 'azure', 'services', 'main.tf.json'), 'utf8')).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('is a proper child module whose every variable is validated, with sensitive gitpod_config and gitpod_secrets', () => {
    expect(json.provider).toBeUndefined();
    expect(Object.keys(json.terraform.required_providers).sort()).toEqual(['azurerm', 'random']);
    expect(Object.keys(json.variable).sort()).toEqual(['cluster', 'database_sku', 'database_storage_gb', 'registry_sku', 'storage_replication']);
    for (const [name, variable] of Object.entries<any>(json.variable)) expect([name, variable.validation?.length > 0]).toEqual([name, true]);
    expect(Object.keys(json.output).sort()).toEqual(['gitpod_config', 'gitpod_secrets']);
    for (const output of Object.values<any>(json.output)) expect(output.sensitive).toBe(true);
    expect(GitpodInstallerConfig.problems({ domain: 'gitpod.example.com', ...json.output.gitpod_config.value })).toEqual([]);
  });

  it('the Azure cluster module hands it the attachment', () => {
    const azure = JSON.parse(fs.readFileSync(path.join(ROOT, 'modules', 'azure', 'main.tf.json'), 'utf8'));
    expect(Object.keys(azure.output.service_attachment.value).sort())
      .toEqual(['database_subnet_range', 'location', 'resource_group_name', 'size', 'virtual_network_id', 'virtual_network_name']);
    expect(azure.output.service_attachment.value.database_subnet_range).toBe('10.2.2.0/24');
  });
});
