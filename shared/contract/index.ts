export * from './channel-names';
export * from './contract';
export * from './error-codes';
