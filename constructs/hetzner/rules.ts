import { cloudCatalog, supportedSizes } from '../../lib/catalog';
import { InputRule, oneOfRule } from '../../lib/validation';

/** The Hetzner inputs that depend on the cloud: its locations and the sizes built there. @internal */
export function hetznerRules(): { location: InputRule; size: InputRule } {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('hetzner').locations), 'a Hetzner Cloud location'),
    size: oneOfRule('size', 'size', supportedSizes('hetzner'),
      'large needs autoscaled workers, which this library does not build on Hetzner yet'),
  };
}
