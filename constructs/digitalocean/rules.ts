import { cloudCatalog, supportedSizes } from '../../lib/catalog';
import { InputRule, oneOfRule } from '../../lib/validation';

/** The DigitalOcean inputs that depend on the cloud: its regions and the sizes built there. @internal */
export function digitalOceanRules(): { location: InputRule; size: InputRule } {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('digitalocean').locations), 'a DigitalOcean region'),
    size: oneOfRule('size', 'size', supportedSizes('digitalocean'),
      'large needs autoscaled workers, and the Kubernetes cluster-autoscaler supports DigitalOcean only for its managed Kubernetes (DOKS), not for plain droplets'),
  };
}
