import { schemaErrors } from '../catalog';
import catalogData = require('../data/service-catalog.json');
import catalogSchema = require('../data/service-catalog.schema.json');

/** What one cluster size gets on DigitalOcean. @internal */
export interface DigitalOceanServiceSize {
  readonly databaseSize: string;
  readonly databaseNodes: number;
  readonly registryTier: string;
}

/** DigitalOcean's entry of the service catalog. @internal */
export interface DigitalOceanServiceCatalog {
  readonly sizes: Record<string, DigitalOceanServiceSize>;
  readonly databaseSizes: string[];
  readonly databaseNodes: number[];
  readonly registryTiers: string[];
  readonly registryRegions: string[];
  readonly spacesRegions: string[];
  /** For each cluster region: the nearest region that sells Spaces and the registry. */
  readonly nearest: Record<string, { readonly spaces: string; readonly registry: string }>;
}

/** What one cluster size gets on Azure. @internal */
export interface AzureServiceSize {
  readonly databaseSku: string;
  readonly databaseStorageGb: number;
  readonly registrySku: string;
  readonly storageReplication: string;
}

/** Azure's entry of the service catalog. @internal */
export interface AzureServiceCatalog {
  readonly sizes: Record<string, AzureServiceSize>;
  readonly databaseSkus: string[];
  readonly registrySkus: string[];
  readonly storageReplications: string[];
  readonly databaseStorageGb: { readonly minimum: number; readonly maximum: number };
}

/** Hetzner's entry: where it sells Object Storage, and the endpoint's domain (`<location>.<domain>`). @internal */
export interface HetznerServiceCatalog {
  readonly objectStorageLocations: string[];
  readonly objectStorageEndpoint: string;
}

/**
 * The service catalog (`lib/data/service-catalog.json`): per cloud, what each cluster size gets
 * and what may be chosen instead. Like the size catalog it ships with the package, so the tests
 * check it against its schema rather than every synth.
 * @internal
 */
export function serviceCatalog(): { digitalocean: DigitalOceanServiceCatalog; azure: AzureServiceCatalog; hetzner: HetznerServiceCatalog } {
  return catalogData as unknown as { digitalocean: DigitalOceanServiceCatalog; azure: AzureServiceCatalog; hetzner: HetznerServiceCatalog };
}

/** The schema errors of a service catalog, or undefined when it is valid. @internal */
export function serviceCatalogErrors(data: unknown): string | undefined {
  return schemaErrors(catalogSchema, data, 'serviceCatalog');
}
