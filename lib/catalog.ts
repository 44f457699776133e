import type Ajv from 'ajv';
import { byUbuntuRelease } from './platform';
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
  /** The cloud's image of each Ubuntu release (lib/platform.ts). */
  readonly images: Record<string, string>;
  /** The images' display names, where a template finds its image by name (Scaleway). */
  readonly imageNames?: Record<string, string>;
  readonly loadBalancerType: string;
  /** Root volume of every node in GB, where the cloud's default is too small. */
  readonly rootVolumeSizeGb?: number;
  readonly locations: Record<string, string>;
  readonly sizes: Record<string, SizeSpec>;
}

/**
 * Validates a size catalog against its JSON schema.
 * @returns the error text, or undefined when it is valid
 * @internal
 */
export function catalogErrors(data: unknown): string | undefined {
  return schemaErrors(catalogSchema, data, 'catalog');
}

/**
 * Every error of `data` against a JSON schema, its paths starting at `dataVar`, or undefined
 * when it is valid. Ajv loads here, on the first check, not when the library is imported.
 * @internal
 */
export function schemaErrors(schema: object, data: unknown, dataVar: string): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AjvClass: typeof Ajv = require('ajv').default;
  const ajv = new AjvClass({ allErrors: true });
  const validate = ajv.compile(schema);
  if (validate(data)) return undefined;
  return ajv.errorsText(validate.errors, { dataVar });
}

/**
 * The size catalog entry of a cloud. The catalog ships with the package and cannot change
 * at run time, so the tests check it against its schema (`catalogErrors`), not every synth:
 * compiling the schema would cost a module synth about a tenth of its time.
 * @internal
 */
export function cloudCatalog(cloud: string): CloudCatalog {
  const entry = (catalogData as Record<string, CloudCatalog>)[cloud];
  if (!entry) throw new Error(`lib/data/size-catalog.json has no entry for cloud "${cloud}": add one beside its row in lib/clouds.ts`);
  return entry;
}

/** The clouds the catalog has an entry for (the registry, lib/clouds.ts, is the list; a test holds the two together). @internal */
export function catalogClouds(): string[] {
  return Object.keys(catalogData);
}

/** The sizes a cloud builds today, in catalog order. @internal */
export function supportedSizes(cloud: string): string[] {
  return Object.keys(cloudCatalog(cloud).sizes);
}

/**
 * The sizes whose workers are autoscaled pools on the clouds that build them (`large`): the
 * catalog's `workersAutoscaled` flag, the one place that says so.
 * @internal
 */
export function autoscaledSizes(): string[] {
  const sizes = Object.values(catalogData as Record<string, CloudCatalog>).flatMap((c) => Object.entries(c.sizes));
  return [...new Set(sizes.filter(([, spec]) => spec.workersAutoscaled === true).map(([name]) => name))];
}

/** Whether a literal size has autoscaled workers. @internal */
export function isAutoscaledSize(size: unknown): boolean {
  return typeof size === 'string' && autoscaledSizes().includes(size);
}

/** The Terraform condition that a size (a reference) has no autoscaled workers. @internal */
export function sizeIsNotAutoscaled(sizeRef: string): string {
  const sizes = autoscaledSizes();
  return sizes.length === 1 ? `${sizeRef} != ${JSON.stringify(sizes[0])}` : `!contains(${JSON.stringify(sizes)}, ${sizeRef})`;
}

/**
 * The image a cloud's nodes boot for an Ubuntu release (a `lookup` where the release is a
 * module variable).
 * @internal
 */
export function nodeImage(cloud: string, ubuntuRelease: string): string {
  return byUbuntuRelease(ubuntuRelease, cloudCatalog(cloud).images);
}
