import { catalogErrors, cloudCatalog } from '../lib/catalog';
import catalogData = require('../lib/data/size-catalog.json');

/** The committed catalog with one cloud entry changed. */
function withScaleway(change: (entry: Record<string, unknown>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(catalogData));
  change(copy.scaleway);
  return copy;
}

describe('size catalog', () => {
  it('the committed catalog passes its schema', () => {
    expect(catalogErrors(catalogData)).toBeUndefined();
  });

  it('rootVolumeSizeGb is optional: Hetzner has none, Scaleway keeps the original 100 GB', () => {
    expect(cloudCatalog('hetzner').rootVolumeSizeGb).toBeUndefined();
    expect(cloudCatalog('scaleway').rootVolumeSizeGb).toBe(100);
    expect(catalogErrors(withScaleway((e) => { delete e.rootVolumeSizeGb; }))).toBeUndefined();
  });

  it('rootVolumeSizeGb must be a whole number of GB from 10 to 10000', () => {
    for (const bad of ['100', 5, 100.5, 20000]) {
      expect([bad, catalogErrors(withScaleway((e) => { e.rootVolumeSizeGb = bad; }))]).toEqual([bad, expect.stringMatching(/catalog\/scaleway\/rootVolumeSizeGb/)]);
    }
  });

  it('still refuses unknown cloud fields and sizes (a typo does not pass silently)', () => {
    expect(catalogErrors(withScaleway((e) => { e.rootVolumeGb = 100; }))).toMatch(/must NOT have additional properties/);
    expect(catalogErrors(withScaleway((e) => { (e.sizes as any).xl = (e.sizes as any).small; }))).toMatch(/property name must be valid|must be equal to one of the allowed values/);
  });

  it('large exists on every cloud, each of which autoscales VMs (DigitalOcean with Droplet Autoscale Pools)', () => {
    for (const cloud of ['hetzner', 'digitalocean', 'azure', 'scaleway'] as const) {
      expect([cloud, cloudCatalog(cloud).sizes.large]).toEqual([cloud, expect.objectContaining({ managerCount: 3, workerCount: 0, workerCountFromSizeData: false, workersAutoscaled: true, managersRunWorkloads: false })]);
    }
  });

  it('workersAutoscaled is optional and boolean; workerCount may be 0 (autoscaled workers only)', () => {
    expect(catalogErrors(withScaleway((e) => { delete (e.sizes as any).large.workersAutoscaled; }))).toBeUndefined();
    expect(catalogErrors(withScaleway((e) => { (e.sizes as any).large.workersAutoscaled = 'yes'; }))).toMatch(/workersAutoscaled must be boolean/);
    expect(catalogErrors(withScaleway((e) => { (e.sizes as any).large.workerCount = -1; }))).toMatch(/workerCount must be >= 0/);
  });

  it('the Scaleway entry builds small, medium and large', () => {
    expect(Object.keys(cloudCatalog('scaleway').sizes)).toEqual(['small', 'medium', 'large']);
    expect(cloudCatalog('scaleway')).toMatchObject({ defaultLocation: 'nl-ams', images: { '24.04': 'ubuntu_noble', '22.04': 'ubuntu_jammy', '20.04': 'ubuntu_focal' }, loadBalancerType: 'LB-S' });
  });
});
