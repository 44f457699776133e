import { Token } from 'cdktf';
import { DOMAIN_PATTERN } from '../validation';
import { LETS_ENCRYPT_PRODUCTION, LETS_ENCRYPT_STAGING } from './names';
import { Problems, checkName, checkSecretValue, compact, show } from './values';

/** ACME directories for the ClusterIssuer's `server`. */
export class AcmeServer {
  /** Let's Encrypt production (trusted certificates); the default. */
  public static readonly LETS_ENCRYPT_PRODUCTION = LETS_ENCRYPT_PRODUCTION;
  /** Let's Encrypt staging: untrusted certificates and generous rate limits, for trial runs. */
  public static readonly LETS_ENCRYPT_STAGING = LETS_ENCRYPT_STAGING;
  private constructor() {}
}

/** What every solver takes. */
export interface Dns01SolverCommonProps {
  /**
   * The DNS zones this solver answers for (the solver's `selector.dnsZones`). Give it when
   * several solvers share the issuer; the most specific zone wins.
   * @default - the solver answers for every name
   */
  readonly dnsZones?: string[];
}

/** Properties of {@link Dns01Solver.cloudflare}. */
export interface CloudflareSolverProps extends Dns01SolverCommonProps {
  /** A Cloudflare API token with `Zone:DNS:Edit` and `Zone:Zone:Read` on the zone. */
  readonly apiToken: string;
  /**
   * Name of the Secret (namespace `cert-manager`) that holds the token under `apiToken`.
   * @default "cloudflare-solver"
   */
  readonly secretName?: string;
}

/** Azure clouds for {@link AzureDnsSolverProps.environment}. */
export enum AzureDnsEnvironment {
  /** Azure (public). */
  AZURE_PUBLIC_CLOUD = 'AzurePublicCloud',
  /** Azure China. */
  AZURE_CHINA_CLOUD = 'AzureChinaCloud',
  /** Azure Germany. */
  AZURE_GERMAN_CLOUD = 'AzureGermanCloud',
  /** Azure US Government. */
  AZURE_US_GOVERNMENT_CLOUD = 'AzureUSGovernmentCloud',
}

/** Properties of {@link Dns01Solver.azureDns}. */
export interface AzureDnsSolverProps extends Dns01SolverCommonProps {
  /** The subscription of the DNS zone (a GUID). */
  readonly subscriptionId: string;
  /** The resource group of the DNS zone. */
  readonly resourceGroupName: string;
  /** The DNS zone's name (`azurerm_dns_zone.name`). */
  readonly hostedZoneName: string;
  /**
   * Client ID of the user-assigned managed identity that the cluster's virtual machines
   * carry and that holds `DNS Zone Contributor` on the zone
   * (`azurerm_user_assigned_identity.client_id`). cert-manager asks the instance metadata
   * service for its token, so its pods must be able to reach 169.254.169.254, which
   * `AzureGitpodCluster` fences off: there, use a service principal.
   * @default - the VM's only managed identity
   */
  readonly managedIdentityClientId?: string;
  /**
   * Resource ID of that identity, instead of its client ID.
   * @default - not used
   */
  readonly managedIdentityResourceId?: string;
  /**
   * The Azure cloud.
   * @default AzureDnsEnvironment.AZURE_PUBLIC_CLOUD
   */
  readonly environment?: AzureDnsEnvironment;
  /**
   * Application (client) ID of a service principal with `DNS Zone Contributor` on the zone,
   * instead of a managed identity. Use it on clusters whose pods are fenced off the instance
   * metadata service, such as `AzureGitpodCluster`: there the managed identity's tokens are
   * out of cert-manager's reach. Give it with `servicePrincipalClientSecret` and `tenantId`.
   * @default - a managed identity
   */
  readonly servicePrincipalClientId?: string;
  /**
   * The service principal's client secret, stored in the solver secret under `client-secret`.
   * @default - a managed identity
   */
  readonly servicePrincipalClientSecret?: string;
  /**
   * The directory (tenant) ID of the service principal.
   * @default - a managed identity
   */
  readonly tenantId?: string;
  /**
   * Name of the Secret that holds the service principal's client secret.
   * @default "azuredns-solver"
   */
  readonly secretName?: string;
}

/** Properties of {@link Dns01Solver.digitalOcean}. */
export interface DigitalOceanSolverProps extends Dns01SolverCommonProps {
  /** A DigitalOcean API token with write access to the domain. */
  readonly token: string;
  /**
   * Name of the Secret that holds the token under `access-token`.
   * @default "digitalocean-solver"
   */
  readonly secretName?: string;
}

/** Properties of {@link Dns01Solver.route53}. */
export interface Route53SolverProps extends Dns01SolverCommonProps {
  /** The AWS region for the Route53 API calls, such as `eu-west-1`. */
  readonly region: string;
  /**
   * The hosted zone's ID; without it cert-manager looks the zone up (`route53:ListHostedZonesByName`).
   * @default - looked up
   */
  readonly hostedZoneId?: string;
  /**
   * The IAM access key ID; give it together with `secretAccessKey`.
   * @default - ambient credentials (environment, instance profile)
   */
  readonly accessKeyId?: string;
  /**
   * The IAM secret access key.
   * @default - ambient credentials
   */
  readonly secretAccessKey?: string;
  /**
   * An IAM role ARN to assume with those credentials.
   * @default - no role
   */
  readonly role?: string;
  /**
   * Name of the Secret that holds `access-key-id` and `secret-access-key`.
   * @default "route53-solver"
   */
  readonly secretName?: string;
}

/** Properties of {@link Dns01Solver.googleCloudDns}. */
export interface GoogleCloudDnsSolverProps extends Dns01SolverCommonProps {
  /** The Google Cloud project of the zone. */
  readonly project: string;
  /**
   * The JSON key of a service account with `roles/dns.admin` (`google_service_account_key.private_key`, decoded).
   * @default - Application Default Credentials
   */
  readonly serviceAccountKey?: string;
  /**
   * The managed zone's name; without it cert-manager looks the zone up.
   * @default - looked up
   */
  readonly hostedZoneName?: string;
  /**
   * Name of the Secret that holds the key under `key.json`.
   * @default "clouddns-solver"
   */
  readonly secretName?: string;
}

/** TSIG algorithms for {@link Rfc2136SolverProps.tsigAlgorithm}. */
export enum TsigAlgorithm {
  /** HMAC-MD5 (cert-manager's default; prefer SHA-256). */
  HMAC_MD5 = 'HMACMD5',
  /** HMAC-SHA1. */
  HMAC_SHA1 = 'HMACSHA1',
  /** HMAC-SHA256. */
  HMAC_SHA256 = 'HMACSHA256',
  /** HMAC-SHA512. */
  HMAC_SHA512 = 'HMACSHA512',
}

/** Properties of {@link Dns01Solver.rfc2136}. */
export interface Rfc2136SolverProps extends Dns01SolverCommonProps {
  /** The authoritative server that takes dynamic updates: `host:port` (IPv6 in brackets). */
  readonly nameserver: string;
  /**
   * The TSIG key's name; give it together with `tsigSecret`.
   * @default - unsigned updates
   */
  readonly tsigKeyName?: string;
  /**
   * The TSIG key (base64).
   * @default - unsigned updates
   */
  readonly tsigSecret?: string;
  /**
   * The TSIG algorithm.
   * @default TsigAlgorithm.HMAC_SHA256 when a key is given
   */
  readonly tsigAlgorithm?: TsigAlgorithm;
  /**
   * Name of the Secret that holds the key under `tsig-secret`.
   * @default "rfc2136-solver"
   */
  readonly secretName?: string;
}

/** Properties of {@link Dns01Solver.webhook}. */
export interface WebhookSolverProps extends Dns01SolverCommonProps {
  /** The API group the webhook serves, as set when it was installed (its chart's `groupName`). */
  readonly groupName: string;
  /** The solver's name in the webhook, such as `hetzner` or `scaleway`. */
  readonly solverName: string;
  /**
   * The webhook's own configuration (JSON); refer to `secretName` for credentials instead of
   * putting them here.
   * @default - none
   */
  readonly config?: { [key: string]: any };
  /**
   * Name of a Secret to create for the webhook in the `cert-manager` namespace.
   * @default - no secret
   */
  readonly secretName?: string;
  /**
   * The keys and values of that Secret.
   * @default - no secret
   */
  readonly secretData?: { [key: string]: string };
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]+$/;
const NAMESERVER = /^(\[[0-9a-fA-F:.]+\]|[-a-zA-Z0-9.]+)(:[0-9]{1,5})?$/;
const DOMAIN = new RegExp(DOMAIN_PATTERN);

/**
 * A DNS01 challenge solver of the `gitpod-issuer` ClusterIssuer. Gitpod needs a wildcard
 * certificate (`*.<domain>`, `*.ws.<domain>`), which only DNS01 can obtain. Each factory
 * gives the solver's spec, which refers to its credentials by Secret name, and the
 * Secret's keys and values, which go into `cert_manager.secrets` (created in the
 * `cert-manager` namespace).
 */
export class Dns01Solver {
  /** Cloudflare, with an API token. */
  public static cloudflare(props: CloudflareSolverProps): Dns01Solver {
    const p = new Problems('Dns01Solver.cloudflare');
    const secret = props.secretName ?? 'cloudflare-solver';
    checkName(p, 'secretName', secret);
    checkSecretValue(p, 'apiToken', props.apiToken);
    checkZones(p, props.dnsZones);
    p.throwIfAny();
    return new Dns01Solver('cloudflare', { apiTokenSecretRef: { name: secret, key: 'apiToken' } }, props.dnsZones,
      { [secret]: { apiToken: props.apiToken } });
  }

  /**
   * Azure DNS, with the managed identity of the cluster's virtual machines (no secret):
   * pair it with the user-assigned identity the Azure cluster gives its VMs.
   */
  public static azureDns(props: AzureDnsSolverProps): Dns01Solver {
    const p = new Problems('Dns01Solver.azureDns');
    if (!Token.isUnresolved(props.subscriptionId) && !GUID.test(props.subscriptionId)) {
      p.add('subscriptionId', show(props.subscriptionId), 'a subscription ID (a GUID such as 00000000-0000-0000-0000-000000000000).');
    }
    if (!Token.isUnresolved(props.resourceGroupName) && !props.resourceGroupName) p.add('resourceGroupName', '""', 'the resource group of the DNS zone.');
    if (!Token.isUnresolved(props.hostedZoneName) && !DOMAIN.test(props.hostedZoneName)) {
      p.add('hostedZoneName', show(props.hostedZoneName), 'the DNS zone name, such as example.com.');
    }
    if (props.managedIdentityClientId !== undefined && props.managedIdentityResourceId !== undefined) {
      p.addText('managedIdentityClientId and managedIdentityResourceId are exclusive (cert-manager takes one): give one of them.');
    }
    const principal = [props.servicePrincipalClientId, props.servicePrincipalClientSecret, props.tenantId];
    const usesPrincipal = principal.some((v) => v !== undefined);
    if (usesPrincipal && principal.some((v) => v === undefined)) {
      p.addText('servicePrincipalClientId, servicePrincipalClientSecret and tenantId go together: give all three, or none for a managed identity.');
    }
    if (usesPrincipal && (props.managedIdentityClientId !== undefined || props.managedIdentityResourceId !== undefined)) {
      p.addText('a service principal and a managed identity are exclusive: give the servicePrincipal* props or the managedIdentity* ones.');
    }
    const secret = props.secretName ?? 'azuredns-solver';
    if (usesPrincipal) {
      checkName(p, 'secretName', secret);
      checkSecretValue(p, 'servicePrincipalClientSecret', props.servicePrincipalClientSecret);
    }
    checkZones(p, props.dnsZones);
    p.throwIfAny();
    const managedIdentity = props.managedIdentityClientId !== undefined
      ? { clientID: props.managedIdentityClientId }
      : props.managedIdentityResourceId !== undefined ? { resourceID: props.managedIdentityResourceId } : undefined;
    const servicePrincipal = usesPrincipal
      ? { clientID: props.servicePrincipalClientId, clientSecretSecretRef: { name: secret, key: 'client-secret' }, tenantID: props.tenantId }
      : {};
    return new Dns01Solver('azureDNS', {
      subscriptionID: props.subscriptionId,
      resourceGroupName: props.resourceGroupName,
      hostedZoneName: props.hostedZoneName,
      environment: props.environment ?? AzureDnsEnvironment.AZURE_PUBLIC_CLOUD,
      managedIdentity,
      ...servicePrincipal,
    }, props.dnsZones, usesPrincipal ? { [secret]: { 'client-secret': props.servicePrincipalClientSecret! } } : {});
  }

  /** DigitalOcean DNS, with an API token. */
  public static digitalOcean(props: DigitalOceanSolverProps): Dns01Solver {
    const p = new Problems('Dns01Solver.digitalOcean');
    const secret = props.secretName ?? 'digitalocean-solver';
    checkName(p, 'secretName', secret);
    checkSecretValue(p, 'token', props.token);
    checkZones(p, props.dnsZones);
    p.throwIfAny();
    return new Dns01Solver('digitalocean', { tokenSecretRef: { name: secret, key: 'access-token' } }, props.dnsZones,
      { [secret]: { 'access-token': props.token } });
  }

  /** Amazon Route53, with IAM credentials in a Secret or ambient credentials. */
  public static route53(props: Route53SolverProps): Dns01Solver {
    const p = new Problems('Dns01Solver.route53');
    const secret = props.secretName ?? 'route53-solver';
    if (!Token.isUnresolved(props.region) && !AWS_REGION.test(props.region)) {
      p.add('region', show(props.region), 'an AWS region such as eu-west-1.');
    }
    if ((props.accessKeyId === undefined) !== (props.secretAccessKey === undefined)) {
      p.addText('accessKeyId and secretAccessKey go together: give both, or neither for ambient credentials.');
    }
    checkSecretValue(p, 'accessKeyId', props.accessKeyId);
    checkSecretValue(p, 'secretAccessKey', props.secretAccessKey);
    const withKeys = props.accessKeyId !== undefined && props.secretAccessKey !== undefined;
    if (withKeys) checkName(p, 'secretName', secret);
    checkZones(p, props.dnsZones);
    p.throwIfAny();
    return new Dns01Solver('route53', {
      region: props.region,
      hostedZoneID: props.hostedZoneId,
      role: props.role,
      accessKeyIDSecretRef: withKeys ? { name: secret, key: 'access-key-id' } : undefined,
      secretAccessKeySecretRef: withKeys ? { name: secret, key: 'secret-access-key' } : undefined,
    }, props.dnsZones, withKeys ? { [secret]: { 'access-key-id': props.accessKeyId!, 'secret-access-key': props.secretAccessKey! } } : {});
  }

  /** Google Cloud DNS, with a service account key in a Secret or ambient credentials. */
  public static googleCloudDns(props: GoogleCloudDnsSolverProps): Dns01Solver {
    const p = new Problems('Dns01Solver.googleCloudDns');
    const secret = props.secretName ?? 'clouddns-solver';
    if (!Token.isUnresolved(props.project) && !/^[a-z][-a-z0-9]{4,28}[a-z0-9]$/.test(props.project)) {
      p.add('project', show(props.project), 'a Google Cloud project ID such as my-project-123.');
    }
    checkSecretValue(p, 'serviceAccountKey', props.serviceAccountKey);
    if (props.serviceAccountKey !== undefined) checkName(p, 'secretName', secret);
    checkZones(p, props.dnsZones);
    p.throwIfAny();
    const withKey = props.serviceAccountKey !== undefined;
    return new Dns01Solver('cloudDNS', {
      project: props.project,
      hostedZoneName: props.hostedZoneName,
      serviceAccountSecretRef: withKey ? { name: secret, key: 'key.json' } : undefined,
    }, props.dnsZones, withKey ? { [secret]: { 'key.json': props.serviceAccountKey! } } : {});
  }

  /** Any DNS server that takes RFC 2136 dynamic updates (BIND, PowerDNS, Knot, ...), optionally TSIG-signed. */
  public static rfc2136(props: Rfc2136SolverProps): Dns01Solver {
    const p = new Problems('Dns01Solver.rfc2136');
    const secret = props.secretName ?? 'rfc2136-solver';
    if (!Token.isUnresolved(props.nameserver) && !NAMESERVER.test(props.nameserver)) {
      p.add('nameserver', show(props.nameserver), 'host:port of the authoritative server, such as ns1.example.com:53 or [2001:db8::1]:53.');
    }
    if ((props.tsigKeyName === undefined) !== (props.tsigSecret === undefined)) {
      p.addText('tsigKeyName and tsigSecret go together: give both for signed updates, or neither.');
    }
    if (props.tsigAlgorithm !== undefined && props.tsigSecret === undefined) {
      p.addText('tsigAlgorithm needs tsigKeyName and tsigSecret: it only applies to signed updates.');
    }
    checkSecretValue(p, 'tsigSecret', props.tsigSecret);
    const signed = props.tsigKeyName !== undefined && props.tsigSecret !== undefined;
    if (signed) checkName(p, 'secretName', secret);
    checkZones(p, props.dnsZones);
    p.throwIfAny();
    return new Dns01Solver('rfc2136', {
      nameserver: props.nameserver,
      tsigKeyName: props.tsigKeyName,
      tsigAlgorithm: signed ? props.tsigAlgorithm ?? TsigAlgorithm.HMAC_SHA256 : undefined,
      tsigSecretSecretRef: signed ? { name: secret, key: 'tsig-secret' } : undefined,
    }, props.dnsZones, signed ? { [secret]: { 'tsig-secret': props.tsigSecret! } } : {});
  }

  /**
   * A cert-manager webhook solver, for DNS services cert-manager has no built-in solver
   * for (Hetzner DNS, Scaleway DNS, ...). The webhook itself is installed by the
   * installation step's `WEBHOOKS_SCRIPT` hook, right after cert-manager.
   */
  public static webhook(props: WebhookSolverProps): Dns01Solver {
    const p = new Problems('Dns01Solver.webhook');
    if (!Token.isUnresolved(props.groupName) && !DOMAIN.test(props.groupName)) {
      p.add('groupName', show(props.groupName), 'the API group the webhook was installed with, a DNS-style name such as acme.example.com.');
    }
    if (!Token.isUnresolved(props.solverName) && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(props.solverName)) {
      p.add('solverName', show(props.solverName), 'the solver name the webhook implements, such as hetzner or scaleway.');
    }
    if ((props.secretName === undefined) !== (props.secretData === undefined)) {
      p.addText('secretName and secretData go together: give both to create a Secret for the webhook, or neither.');
    }
    if (props.secretName !== undefined) checkName(p, 'secretName', props.secretName);
    for (const [key, value] of Object.entries(props.secretData ?? {})) checkSecretValue(p, `secretData.${key}`, value);
    checkZones(p, props.dnsZones);
    p.throwIfAny();
    const secrets = props.secretName !== undefined && props.secretData !== undefined ? { [props.secretName]: { ...props.secretData } } : {};
    return new Dns01Solver('webhook', { groupName: props.groupName, solverName: props.solverName, config: props.config }, props.dnsZones, secrets);
  }

  /** The provider key under `dns01` (`cloudflare`, `azureDNS`, `digitalocean`, `route53`, `cloudDNS`, `rfc2136`, `webhook`). */
  public readonly provider: string;
  /** The solver entry of the ClusterIssuer's `spec.acme.solvers` (no secret values: it refers to Secrets by name). */
  public readonly spec: { [key: string]: any };
  /** The names of the Secrets the solver refers to. */
  public readonly secretNames: string[];
  /** The Secrets' keys and values. @internal */
  public readonly _secrets: Record<string, Record<string, string>>;

  private constructor(provider: string, providerSpec: Record<string, unknown>, dnsZones: string[] | undefined, secrets: Record<string, Record<string, string>>) {
    this.provider = provider;
    this.spec = compact({
      selector: dnsZones ? { dnsZones } : undefined,
      dns01: { [provider]: providerSpec },
    });
    this._secrets = secrets;
    this.secretNames = Object.keys(secrets);
  }
}

function checkZones(p: Problems, zones: string[] | undefined): void {
  if (zones === undefined || Token.isUnresolved(zones)) return;
  if (zones.length === 0) p.add('dnsZones', '[]', 'at least one zone, or leave dnsZones out for a solver that answers for every name.');
  for (const zone of zones) {
    if (!Token.isUnresolved(zone) && !DOMAIN.test(zone)) p.add('dnsZones', show(zone), 'DNS zone names such as example.com.');
  }
}
