// The stores' one way to the main process; components never call it.
import { USER_ERROR_PREFIX, type PolicyLensApi } from '../../../shared/api';

export function api(): PolicyLensApi {
  if (!window.api) throw new Error('window.api is missing: the preload did not run');
  return window.api;
}

/**
 * A message fit for the screen. Electron wraps handler errors as
 * "Error invoking remote method 'x': Error: PolicyLensError: …"; keep only the user part.
 */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const at = raw.indexOf(USER_ERROR_PREFIX);
  if (at >= 0) return raw.slice(at + USER_ERROR_PREFIX.length);
  return raw.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
}
