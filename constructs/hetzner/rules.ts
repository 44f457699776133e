import { cloudCatalog, supportedSizes } from '../../lib/catalog';
import { InputRule, oneOfRule } from '../../lib/validation';

/** The Hetzner inputs that depend on the cloud: its locations and the sizes built there. @internal */
export function hetznerRules(): { location: InputRule; size: InputRule } {
  return {
    location: oneOfRule('location', 'location', Object.keys(cloudCatalog('hetzner').locations), 'a Hetzner Cloud location'),
    size: oneOfRule('size', 'size', supportedSizes('hetzner'), 'large also needs size_data.pools and hcloud_token'),
  };
}

/**
 * The rule of the autoscaler's token: `large` needs one. Its messages never show the token.
 * @internal
 */
export const AUTOSCALER_TOKEN_RULE = {
  prop: 'autoscalerToken',
  variable: 'hcloud_token',
  expectation: 'a Hetzner Cloud API token (Read & Write) of the cluster\'s project for the cluster-autoscaler when size is large, such as var.hcloud_token; it is kept in a Kubernetes Secret on the cluster.',
  check: (size: string, token: string | undefined) => size !== 'large' || (token !== undefined && token.length > 0),
  condition: (sizeRef: string, ref: string) => `${sizeRef} != "large" || length(${ref}) > 0`,
};

/** The Terraform validation of `hcloud_token` (it refers to `var.size`: Terraform 1.9 and later). @internal */
export function autoscalerTokenValidation(): { condition: string; errorMessage: string } {
  return {
    condition: `\${${AUTOSCALER_TOKEN_RULE.condition('var.size', 'var.hcloud_token')}}`,
    errorMessage: `Invalid hcloud_token: size large needs one. Expected ${AUTOSCALER_TOKEN_RULE.expectation}`,
  };
}
