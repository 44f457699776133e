import { cloudCatalog, supportedSizes } from '../../lib/catalog';
import { CloudInputs } from '../../lib/inputs';
import { oneOfRule } from '../../lib/validation';

/** What DigitalOcean decides about the inputs: its regions and the sizes built there. @internal */
export function digitalOceanInputs(): CloudInputs {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('digitalocean').locations), 'a DigitalOcean region'),
    size: oneOfRule('size', 'size', supportedSizes('digitalocean'),
      'large needs autoscaled workers, and the Kubernetes cluster-autoscaler supports DigitalOcean only for its managed Kubernetes (DOKS), not for plain droplets'),
    rules: [],
    variables: [],
  };
}
