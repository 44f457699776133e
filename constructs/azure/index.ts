export * from './cluster';
export * from './services';
export * from './services-module';
export * as azurerm from './gen';
