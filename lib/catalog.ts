import type Ajv from 'ajv';
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
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AjvClass: typeof Ajv = require('ajv').default;
  const ajv = new AjvClass({ allErrors: true });
  const validate = ajv.compile(catalogSchema);
  if (validate(data)) return undefined;
  return ajv.errorsText(validate.errors, { dataVar: 'catalog' });
}

/**
 * The size catalog entry of a cloud. The catalog ships with the package and cannot change
 * at run time, so the tests check it against its schema (`catalogErrors`), not every synth:
 * compiling the schema would cost a module synth about a tenth of its time.
 * @internal
 */
export function cloudCatalog(cloud: CloudName): CloudCatalog {
  return (catalogData as Record<CloudName, CloudCatalog>)[cloud];
}

/** The sizes a cloud builds today, in catalog order. @internal */
export function supportedSizes(cloud: CloudName): string[] {
  return Object.keys(cloudCatalog(cloud).sizes);
}
