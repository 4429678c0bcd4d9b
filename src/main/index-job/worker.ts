// Placeholder worker entry; replaced by the indexing worker.
export {};
