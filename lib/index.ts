export * as hcloud from './gen/hcloud';
