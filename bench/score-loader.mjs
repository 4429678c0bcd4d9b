// Lets plain node (24+, type stripping) import the app's TypeScript sources: resolves
// extensionless relative imports to .ts (or a folder's index.ts) and JSON imports without an import attribute.
// Usage: `import './score-loader.mjs'` before any dynamic import of src/**/*.ts.
import { register } from 'node:module';

const hooks = `
export async function resolve(spec, ctx, next) {
  try { return await next(spec, ctx); } catch (e) {
    if (spec.startsWith('.') && !/\\.[cm]?[jt]s$|\\.json$/.test(spec)) {
      try { return await next(spec + '.ts', ctx); } catch { return next(spec + '/index.ts', ctx); }
    }
    throw e;
  }
}
export async function load(url, ctx, next) {
  if (url.endsWith('.json')) return next(url, { ...ctx, importAttributes: { type: 'json' } });
  if (url.endsWith('.ts')) return next(url, { ...ctx, format: 'module-typescript' });
  return next(url, ctx);
}`;
register('data:text/javascript,' + encodeURIComponent(hooks));
