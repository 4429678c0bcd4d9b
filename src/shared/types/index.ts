/**
 * Domain types shared by main and renderer, one file per stage they describe. Plain data only:
 * everything here crosses IPC and is stored (see analysis.ts for what offsets index).
 */
export * from './analysis';
export * from './library';
export * from './compare';
export * from './export';
