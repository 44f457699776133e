import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { ClusterSize, Dns01Solver, GitpodInstallation, GitpodInstallationOutputs, GitpodInstallerConfig, GitpodSecret } from '../lib';
import { DigitalOceanGitpodCluster, DigitalOceanGitpodServices, DigitalOceanGitpodServicesProps } from '../constructs/digitalocean';
import { digitalOceanServiceRules } from '../constructs/digitalocean/services-rules';
import { cloudCatalog } from '../lib/catalog';
import { serviceCatalog, serviceCatalogErrors } from '../lib/services/catalog';
import { GITPOD_MYSQL } from '../lib/services/gitpod-mysql';
import { synthesizeServiceModules } from '../lib/module-synth';
import serviceCatalogData = require('../lib/data/service-catalog.json');
import { SSH_PUBLIC_KEY, resourceNamed, resourcesOf, thrown } from './helpers';
import { addressIn, terraformJudge } from './services-helpers';

const ROOT = path.join(__dirname, '..');

/** A cluster, its services and the companion over both, in one stack. */
function synthServices(services: Partial<DigitalOceanGitpodServicesProps> = {}, size = ClusterSize.SMALL, location = 'fra1') {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const cluster = new DigitalOceanGitpodCluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY, size, location, workerPools: size === ClusterSize.LARGE ? [{ name: 'workers', machineType: 's-4vcpu-8gb', minNodes: 1, maxNodes: 3 }] : undefined });
  const made = new DigitalOceanGitpodServices(stack, 'services', { attachment: cluster.serviceAttachment, ...services });
  const installation = new GitpodInstallation(stack, 'installation', {
    cluster, services: made, solvers: [Dns01Solver.cloudflare({ apiToken: 'token-value' })],
  });
  new GitpodInstallationOutputs(stack, 'outputs', { installation });
  const text = Testing.synth(stack);
  return { text, json: JSON.parse(text), cluster, services: made, installation };
}

/** A literal attachment, as a cdktf app with a module-made cluster writes it. */
const ATTACHMENT = { name: 'gitpod-abc123', vpcId: 'vpc-uuid', nodeTag: 'gitpod-abc123-node', location: 'fra1', size: 'small' };

function servicesAlone(props: Partial<DigitalOceanGitpodServicesProps>): string {
  const stack = new TerraformStack(Testing.app(), 'test');
  return thrown(() => new DigitalOceanGitpodServices(stack, 'services', { attachment: ATTACHMENT, ...props } as DigitalOceanGitpodServicesProps));
}

const ref = addressIn;

describe('DigitalOceanGitpodServices', () => {
  const small = synthServices();

  it('makes MySQL 8 in the cluster\'s VPC and region, named after the cluster', () => {
    const db = resourceNamed(small.json, 'digitalocean_database_cluster', 'mysql');
    expect(db).toMatchObject({ engine: 'mysql', version: '8', region: 'fra1', size: 'db-s-1vcpu-2gb', node_count: 1 });
    expect(db.private_network_uuid).toBe(`\${${ref(small.json, 'digitalocean_vpc', 'vpc')}.id}`);
    expect(db.name).toMatch(/^gitpod-\$\{random_id\.gitpod_cluster-id_[0-9A-F]+\.hex\}-mysql$/);
  });

  it('admits only droplets with the cluster\'s node tag', () => {
    const firewall = resourceNamed(small.json, 'digitalocean_database_firewall', 'mysql-firewall');
    expect(firewall.rule).toEqual([{ type: 'tag', value: `\${${ref(small.json, 'digitalocean_tag', 'node-tag')}.name}` }]);
  });

  it('sets Gitpod\'s sql_mode, makes both of its databases and a user with the auth plugin its driver speaks', () => {
    expect(resourceNamed(small.json, 'digitalocean_database_mysql_config', 'mysql-config').sql_mode).toBe(GITPOD_MYSQL.sqlMode);
    expect(GITPOD_MYSQL.sqlMode).not.toMatch(/ANSI|NO_AUTO_CREATE_USER/);
    const dbs = Object.values<any>(resourcesOf(small.json, 'digitalocean_database_db')).map((d) => d.name).sort();
    expect(dbs).toEqual(['gitpod', 'gitpod-sessions']);
    expect(resourceNamed(small.json, 'digitalocean_database_user', 'mysql-user')).toMatchObject({ name: 'gitpod', mysql_auth_plugin: 'mysql_native_password' });
  });

  it('makes a private bucket in the nearest Spaces region and a key that may use that bucket only', () => {
    const bucket = resourceNamed(small.json, 'digitalocean_spaces_bucket', 'bucket');
    expect(bucket).toMatchObject({ region: 'fra1', acl: 'private' });
    expect(bucket.name).toMatch(/^gitpod-\$\{random_id\.gitpod_cluster-id_[0-9A-F]+\.hex\}-objects$/);
    const key = resourceNamed(small.json, 'digitalocean_spaces_key', 'bucket-key');
    expect(key.grant).toEqual([{ bucket: `\${${ref(small.json, 'digitalocean_spaces_bucket', 'bucket')}.name}`, permission: 'readwrite' }]);
  });

  it('makes a registry named after the cluster, with push credentials', () => {
    expect(resourceNamed(small.json, 'digitalocean_container_registry', 'registry')).toMatchObject({ subscription_tier_slug: 'professional', region: 'fra1' });
    expect(resourceNamed(small.json, 'digitalocean_container_registry_docker_credentials', 'registry-credentials').write).toBe(true);
  });

  it('pushes to a registry the account has already, when named: none is made', () => {
    const mine = synthServices({ existingRegistryName: 'acme-registry' });
    expect(resourcesOf(mine.json, 'digitalocean_container_registry')).toEqual({});
    expect(resourceNamed(mine.json, 'digitalocean_container_registry_docker_credentials', 'registry-credentials')).toMatchObject({ registry_name: 'acme-registry', write: true });
    expect(mine.installation.gitpodConfig.containerRegistry.external.url).toBe('registry.digitalocean.com/acme-registry');
  });

  it('chooses by cluster size, and the nearest region that sells a service', () => {
    const large = synthServices({}, ClusterSize.LARGE, 'lon1');
    expect(resourceNamed(large.json, 'digitalocean_database_cluster', 'mysql')).toMatchObject({ size: 'db-s-4vcpu-8gb', node_count: 2, region: 'lon1' });
    expect(resourceNamed(large.json, 'digitalocean_spaces_bucket', 'bucket').region).toBe('lon1');
    // DigitalOcean sells no registry in London: Amsterdam is the nearest.
    expect(resourceNamed(large.json, 'digitalocean_container_registry', 'registry').region).toBe('ams3');
    const medium = synthServices({}, ClusterSize.MEDIUM, 'nyc1');
    expect(resourceNamed(medium.json, 'digitalocean_database_cluster', 'mysql').size).toBe('db-s-2vcpu-4gb');
    expect(resourceNamed(medium.json, 'digitalocean_spaces_bucket', 'bucket').region).toBe('nyc3');
  });

  it('takes the user\'s choices over the catalog\'s', () => {
    const mine = synthServices({ databaseSize: 'db-s-1vcpu-1gb', databaseNodeCount: 3, registryTier: 'basic', registryRegion: 'ams3', spacesRegion: 'ams3', bucketName: 'my-gitpod-objects' });
    expect(resourceNamed(mine.json, 'digitalocean_database_cluster', 'mysql')).toMatchObject({ size: 'db-s-1vcpu-1gb', node_count: 3 });
    expect(resourceNamed(mine.json, 'digitalocean_container_registry', 'registry')).toMatchObject({ subscription_tier_slug: 'basic', region: 'ams3' });
    expect(resourceNamed(mine.json, 'digitalocean_spaces_bucket', 'bucket')).toMatchObject({ name: 'my-gitpod-objects', region: 'ams3' });
  });

  it('with the companion: gitpod_config points at the services and validates against the installer schema', () => {
    const config = small.installation.gitpodConfig;
    expect(config.database).toEqual({ inCluster: false, external: { certificate: { kind: 'secret', name: 'database' } }, ssl: { caCert: { kind: 'secret', name: 'database-cacert' } } });
    expect(config.objectStorage).toMatchObject({ inCluster: false, s3: { endpoint: 'fra1.digitaloceanspaces.com', credentials: { kind: 'secret', name: 'object-storage' } } });
    expect(config.containerRegistry).toMatchObject({ inCluster: false, external: { certificate: { kind: 'secret', name: 'container-registry' } } });
    expect(config.metadata).toEqual({ region: 'fra1' });
    expect(GitpodInstallerConfig.problems(config)).toEqual([]);
    // The same config with the tokens replaced by values of their kind passes the schema too.
    const concrete = JSON.parse(JSON.stringify(config).replace(/\$\{[^}]*\}/g, 'registry.digitalocean.com/gitpod-abc123'));
    expect(GitpodInstallerConfig.problems(concrete)).toEqual([]);
  });

  it('with the companion: gitpod_secrets holds every key the installer checks, credentials from the resources', () => {
    const secrets = small.installation.gitpodSecrets;
    expect(Object.keys(secrets).sort()).toEqual(['container-registry', 'database', 'database-cacert', 'object-storage']);
    expect(Object.keys(secrets.database).sort()).toEqual([...GITPOD_MYSQL.secretKeys].sort());
    const out = small.json.output;
    const value = JSON.stringify(out.gitpod_secrets.value);
    expect(value).toContain(`${ref(small.json, 'digitalocean_database_user', 'mysql-user')}.password`);
    expect(value).toContain('.private_host');
    expect(value).toContain(`${ref(small.json, 'digitalocean_spaces_key', 'bucket-key')}.secret_key`);
    expect(value).toContain('.docker_credentials');
    expect(value).toContain('data.digitalocean_database_ca.');
    expect(value).toContain('random_bytes.');
    // A Secret's values are strings: Terraform's number port is converted.
    expect(out.gitpod_secrets.value.database.port).toMatch(/^\$\{tostring\(digitalocean_database_cluster\.[A-Za-z0-9_-]+\.port\)\}$/);
  });

  it('credentials are only in sensitive outputs', () => {
    const secretAttributes = /\.(password|secret_key|access_key|docker_credentials|uri|private_uri|base64|certificate)\b/;
    for (const [name, output] of Object.entries<any>(small.json.output)) {
      if (secretAttributes.test(JSON.stringify(output.value))) expect([name, output.sensitive]).toEqual([name, true]);
    }
    expect(Object.keys(small.json.output)).toEqual(expect.arrayContaining(['gitpod_secrets', 'gitpod_config']));
  });

  it('keeps the companion\'s outputs as they were', () => {
    expect(Object.keys(small.json.output).sort()).toEqual(['cert_manager', 'domain_name', 'gitpod_config', 'gitpod_secrets', 'kubeconfig']);
    for (const output of Object.values<any>(small.json.output)) expect(output.sensitive).toBe(true);
  });

  it('the companion refuses a part given both by services and by config', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const cluster = new DigitalOceanGitpodCluster(stack, 'gitpod', { domainName: 'gitpod.example.com', sshPublicKey: SSH_PUBLIC_KEY });
    const services = new DigitalOceanGitpodServices(stack, 'services', { attachment: cluster.serviceAttachment });
    expect(thrown(() => new GitpodInstallation(stack, 'installation', {
      cluster, services, solvers: [Dns01Solver.cloudflare({ apiToken: 'token-value' })],
      config: { database: { external: GitpodSecret.externalDatabase({ host: 'db', username: 'u', password: 'p'.repeat(3) }) } },
    }))).toMatch(/invalid config\.database: got a database while services gives one\. Expected either services or config\.database, not both\./);
  });
});

describe('DigitalOceanGitpodServices: bad input', () => {
  it.each([
    [{ attachment: { ...ATTACHMENT, location: 'nyc2' } }, /invalid location \(module variable cluster\): got "nyc2"\. Expected cluster\.location .* one of fra1, /],
    [{ attachment: { ...ATTACHMENT, size: 'huge' } }, /invalid size \(module variable cluster\): got "huge"\. Expected cluster\.size .* one of small, medium, large\./],
    [{ attachment: { ...ATTACHMENT, vpcId: '' } }, /invalid attachment \(module variable cluster\): got .*"vpcId":"".*Expected the cluster's service_attachment output/],
    [{ attachment: undefined }, /invalid attachment \(module variable cluster\): got undefined\./],
    [{ databaseSize: 'db-s-64vcpu' }, /invalid databaseSize \(module variable database_size\): got "db-s-64vcpu"\. Expected one of db-s-1vcpu-1gb, .*, or nothing/],
    [{ databaseNodeCount: 4 }, /invalid databaseNodeCount \(module variable database_node_count\): got 4\. Expected one of 1, 2, 3, or nothing/],
    [{ databaseNodeCount: NaN }, /invalid databaseNodeCount \(module variable database_node_count\): got NaN\./],
    [{ databaseNodeCount: null }, /invalid databaseNodeCount \(module variable database_node_count\): got null\./],
    [{ registryTier: 'starter' }, /invalid registryTier \(module variable registry_tier\): got "starter"\. Expected one of basic, professional, or nothing \(the starter tier's one repository/],
    [{ registryRegion: 'lon1' }, /invalid registryRegion \(module variable registry_region\): got "lon1"\. Expected one of nyc3, .*the regions DigitalOcean sells its container registry in/],
    [{ spacesRegion: 'nyc1' }, /invalid spacesRegion \(module variable spaces_region\): got "nyc1"\. Expected one of ams3, .*Spaces/],
    [{ bucketName: 'My_Bucket' }, /invalid bucketName \(module variable bucket_name\): got "My_Bucket"\. Expected 3 to 63 lowercase letters, digits and hyphens/],
    [{ bucketName: 'gitpod.objects' }, /invalid bucketName .*got "gitpod\.objects"/],
    [{ bucketName: 'ab' }, /invalid bucketName .*got "ab"/],
    [{ bucketName: '-gitpod' }, /invalid bucketName .*got "-gitpod"/],
    [{ existingRegistryName: '1registry' }, /invalid existingRegistryName \(module variable existing_registry_name\): got "1registry"\. Expected the name of a registry of the account/],
  ])('%j is refused, naming the input, the value and the fix', (props, message) => {
    expect(servicesAlone(props as Partial<DigitalOceanGitpodServicesProps>)).toMatch(new RegExp(`^DigitalOceanGitpodServices at test/services: ${message.source.replace(/^\^/, '')}`));
  });

  it('takes good values', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new DigitalOceanGitpodServices(stack, 'services', {
      attachment: ATTACHMENT, bucketName: 'gitpod-objects-1', databaseNodeCount: 2, spacesRegion: 'tor1', registryRegion: 'syd1',
    })).not.toThrow();
  });
});

describe('DigitalOcean services: the Terraform validation says the same', () => {
  const { judge, evaluate } = terraformJudge(digitalOceanServiceRules(), 'tf-console-do-services-');
  const condition = (variable: string, value: unknown) => judge(variable, value === null ? 'null' : JSON.stringify(value));

  it.each([
    ['database_size', ['db-s-2vcpu-4gb', null], ['db-s-64vcpu', '']],
    ['registry_tier', ['basic', 'professional', null], ['starter']],
    ['registry_region', ['ams3', null], ['lon1']],
    ['spaces_region', ['tor1', null], ['nyc1']],
    ['bucket_name', ['gitpod-objects', null], ['My_Bucket', 'gitpod.objects', 'ab', '-gitpod']],
    ['existing_registry_name', ['acme-registry', 'a', null], ['1registry', 'Acme', 'acme-']],
  ])('%s', (variable, good, bad) => {
    const values = [...good, ...bad];
    expect(evaluate(values.map((v) => condition(variable, v)))).toEqual(values.map((v) => String(good.includes(v))));
  });

  it('database_node_count', () => {
    expect(evaluate([1, 3, null, 4, 0].map((v) => condition('database_node_count', v)))).toEqual(['true', 'true', 'true', 'false', 'false']);
  });

  it('cluster', () => {
    const cluster = (over: string) => `merge({ name = "gitpod-abc", vpc_id = "v", node_tag = "t", location = "fra1", size = "small" }, { ${over} })`;
    const hcl = (over: string) => judge('cluster', cluster(over));
    expect(evaluate(['', 'location = "nyc2"', 'size = "huge"', 'vpc_id = ""'].map(hcl))).toEqual(['true', 'false', 'false', 'false']);
  });
});

describe('modules/digitalocean/services', () => {
  const [{ json }] = synthesizeServiceModules(['digitalocean']);

  it('is committed exactly as a fresh synth writes it (run `npm run synth` and commit)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'modules', 'digitalocean', 'services', 'main.tf.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('is a proper child module whose every variable is validated', () => {
    expect(json.provider).toBeUndefined();
    expect(json.terraform.backend).toBeUndefined();
    expect(Object.keys(json.terraform.required_providers).sort()).toEqual(['digitalocean', 'random']);
    expect(Object.keys(json.variable).sort()).toEqual(['bucket_name', 'cluster', 'database_node_count', 'database_size', 'existing_registry_name', 'registry_region', 'registry_tier', 'spaces_region']);
    for (const [name, variable] of Object.entries<any>(json.variable)) expect([name, variable.validation?.length > 0]).toEqual([name, true]);
    for (const name of Object.keys(json.variable).filter((n) => n !== 'cluster')) expect(json.variable[name]).toMatchObject({ default: null, nullable: true });
  });

  it('outputs gitpod_config and gitpod_secrets, both sensitive', () => {
    expect(Object.keys(json.output).sort()).toEqual(['gitpod_config', 'gitpod_secrets']);
    expect(json.output.gitpod_config.sensitive).toBe(true);
    expect(json.output.gitpod_secrets.sensitive).toBe(true);
    expect(Object.keys(json.output.gitpod_secrets.value.database).sort()).toEqual([...GITPOD_MYSQL.secretKeys].sort());
    expect(GitpodInstallerConfig.problems({ domain: 'gitpod.example.com', ...json.output.gitpod_config.value })).toEqual([]);
  });

  it('chooses sizes from the catalog by the cluster\'s size, unless a variable says otherwise', () => {
    const db = Object.values<any>(json.resource.digitalocean_database_cluster)[0];
    expect(db.size).toMatch(/^\$\{coalesce\(var\.database_size, local\.[A-Za-z0-9_]+\[var\.cluster\.size\]\.databaseSize\)\}$/);
    expect(db.node_count).toMatch(/^\$\{coalesce\(var\.database_node_count, /);
  });

  it('makes the registry unless existing_registry_name names one', () => {
    const registry = Object.values<any>(json.resource.digitalocean_container_registry)[0];
    expect(registry.count).toBe('${(1 - length(compact([var.existing_registry_name])))}');
    const credentials = Object.values<any>(json.resource.digitalocean_container_registry_docker_credentials)[0];
    expect(credentials.registry_name).toMatch(/^\$\{coalesce\(var\.existing_registry_name, one\(digitalocean_container_registry\.[A-Za-z0-9_-]+\[\*\]\.name\)\)\}$/);
  });
});

describe('examples/terraform-digitalocean', () => {
  const main = fs.readFileSync(path.join(ROOT, 'examples', 'terraform-digitalocean', 'main.tf'), 'utf8');

  it('opts in with one switch: the services module, fed the cluster\'s service_attachment, behind managed_services', () => {
    expect(main).toMatch(/variable "managed_services" \{\s+type\s+= bool\s+default = false/);
    expect(main).toMatch(/module "services" \{\s+source = "\.\.\/\.\.\/modules\/digitalocean\/services"\s+count\s+= var\.managed_services \? 1 : 0\s+cluster = module\.digitalocean\.service_attachment/);
  });

  it('passes the services\' parts into its own sensitive gitpod_config and gitpod_secrets', () => {
    expect(main).toMatch(/output "gitpod_config" \{\s+value\s+= merge\(\{ domain = var\.domain_name \}, try\(module\.services\[0\]\.gitpod_config, \{\}\)\)\s+sensitive = true/);
    expect(main).toMatch(/output "gitpod_secrets" \{\s+value\s+= try\(module\.services\[0\]\.gitpod_secrets, \{\}\)\s+sensitive = true/);
  });
});

describe('the service catalog', () => {
  it('keeps its schema', () => {
    expect(serviceCatalogErrors(serviceCatalogData)).toBeUndefined();
    expect(serviceCatalogErrors({ digitalocean: { ...serviceCatalogData.digitalocean, sizes: { small: {} } } })).toMatch(/serviceCatalog/);
  });

  it('sizes and nearest regions name only what may be chosen, for every region a cluster is built in', () => {
    const c = serviceCatalog().digitalocean;
    expect(Object.keys(c.nearest).sort()).toEqual(Object.keys(cloudCatalog('digitalocean').locations).sort());
    for (const size of Object.values(c.sizes)) {
      expect(c.databaseSizes).toContain(size.databaseSize);
      expect(c.databaseNodes).toContain(size.databaseNodes);
      expect(c.registryTiers).toContain(size.registryTier);
    }
    for (const near of Object.values(c.nearest)) {
      expect(c.spacesRegions).toContain(near.spaces);
      expect(c.registryRegions).toContain(near.registry);
    }
  });
});
