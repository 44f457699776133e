export * from './cluster';
export * as scaleway from './gen';
