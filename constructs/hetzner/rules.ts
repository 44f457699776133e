import { cloudCatalog, isAutoscaledSize, sizeIsNotAutoscaled, supportedSizes } from 'cdktf-gitpod-self-hosted/lib/catalog';
import { CloudInputs } from 'cdktf-gitpod-self-hosted/lib/inputs';
import { InputRule, oneOfRule } from 'cdktf-gitpod-self-hosted/lib/validation';

/**
 * The rule of the autoscaler's token: `large` needs one. Its messages never show the token.
 * @internal
 */
export const AUTOSCALER_TOKEN_RULE: InputRule = {
  prop: 'autoscalerToken',
  variable: 'hcloud_token',
  after: ['size'],
  secret: true,
  expectation: 'a Hetzner Cloud API token (Read & Write) of the cluster\'s project for the cluster-autoscaler when size is large, such as var.hcloud_token; it is kept in a Kubernetes Secret on the cluster.',
  check: (token, inputs) => !isAutoscaledSize(inputs.size) || (typeof token === 'string' && token.length > 0),
  condition: (ref, refs) => `${sizeIsNotAutoscaled(refs?.size ?? "var.size")} || length(${ref}) > 0`,
};

/** What Hetzner decides about the inputs: its locations, its sizes, and the autoscaler's token. @internal */
export function hetznerInputs(): CloudInputs {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('hetzner').locations), 'a Hetzner Cloud location'),
    size: oneOfRule('size', 'size', supportedSizes('hetzner'), 'large also needs size_data.pools and hcloud_token'),
    rules: [AUTOSCALER_TOKEN_RULE],
    variables: [{
      name: 'hcloud_token',
      type: 'string',
      description: 'Hetzner Cloud API token (Read & Write) for the cluster-autoscaler of the large size; kept in a Kubernetes Secret on the cluster and used on destroy to delete the servers it made',
      default: '',
      sensitive: true,
      props: (v) => ({ autoscalerToken: v.stringValue }),
    }],
    defaults: (props) => ({ autoscalerToken: props.autoscalerToken ?? '' }),
  };
}
