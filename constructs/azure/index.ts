export * from './cluster';
export * from './services';
export * from './services-module';
