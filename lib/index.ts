export * from './cluster-props';
export * from './cluster-size';
export * from './dns';
export * from './firewall';
export * from './labels';
export * from '../constructs/hetzner/cluster';
export * from '../constructs/hetzner/module-stack';
export * as hcloud from './gen/hcloud';
export * as scaleway from './gen/scaleway';
