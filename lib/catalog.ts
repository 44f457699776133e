import Ajv from 'ajv';
import catalogData = require('./data/size-catalog.json');
import catalogSchema = require('./data/size-catalog.schema.json');

/** Machine type per location group; `default` applies everywhere else. @internal */
export type MachineTypes = Record<string, string>;

/** What one size builds on one cloud. @internal */
export interface SizeSpec {
  readonly managerCount: number;
  readonly managersRunWorkloads: boolean;
  readonly managerLoadBalancer: boolean;
  readonly workerCount: number;
  readonly workerCountFromSizeData: boolean;
  readonly managerType: MachineTypes;
  readonly workerType: MachineTypes;
  /** The workers are autoscaled pools from size data (`large`); absent means false. */
  readonly workersAutoscaled?: boolean;
}

/** One cloud's entry of the size catalog. @internal */
export interface CloudCatalog {
  readonly defaultLocation: string;
  readonly image: string;
  readonly loadBalancerType: string;
  /** Root volume of every node in GB, where the cloud's default is too small. */
  readonly rootVolumeSizeGb?: number;
  readonly locations: Record<string, string>;
  readonly sizes: Record<string, SizeSpec>;
}

/** The clouds the catalog describes. @internal */
export type CloudName = 'hetzner' | 'digitalocean' | 'azure' | 'scaleway';

/**
 * Validates a size catalog against its JSON schema.
 * @returns the error text, or undefined when it is valid
 * @internal
 */
export function catalogErrors(data: unknown): string | undefined {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(catalogSchema);
  if (validate(data)) return undefined;
  return ajv.errorsText(validate.errors, { dataVar: 'catalog' });
}

let checked = false;

/**
 * The size catalog entry of a cloud, checked against its schema on first use.
 * @internal
 */
export function cloudCatalog(cloud: CloudName): CloudCatalog {
  if (!checked) {
    const errors = catalogErrors(catalogData);
    if (errors) throw new Error(`lib/data/size-catalog.json is invalid: ${errors}`);
    checked = true;
  }
  return (catalogData as Record<CloudName, CloudCatalog>)[cloud];
}

/** The sizes a cloud builds today, in catalog order. @internal */
export function supportedSizes(cloud: CloudName): string[] {
  return Object.keys(cloudCatalog(cloud).sizes);
}
