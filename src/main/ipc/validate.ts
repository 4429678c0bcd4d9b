// Argument checks for IPC handlers: the renderer is untrusted input. Every failure is a UserError
// whose message starts with USER_ERROR_PREFIX so the renderer can show it as is.
import { isAbsolute } from 'node:path';
import { USER_ERROR_PREFIX } from '../../shared/api';

export class UserError extends Error {
  constructor(message: string) {
    super(USER_ERROR_PREFIX + message);
    this.name = 'UserError';
  }
}

export const MAX_PATH_CHARS = 4096;
export const MAX_QUERY_CHARS = 1000;

export function expectId(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new UserError(`${what} must be a positive whole number, got ${describe(value)}`);
  }
  return value;
}

export function expectInt(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`${what} must be a whole number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

export function expectString(value: unknown, what: string, maxChars: number): string {
  if (typeof value !== 'string') throw new UserError(`${what} must be text, got ${describe(value)}`);
  if (value.length > maxChars) throw new UserError(`${what} is too long (${value.length} characters, at most ${maxChars})`);
  return value;
}

export function expectAbsolutePath(value: unknown, what: string): string {
  const path = expectString(value, what, MAX_PATH_CHARS);
  if (path.includes('\0')) throw new UserError(`${what} contains a NUL character`);
  if (!isAbsolute(path)) throw new UserError(`${what} must be an absolute path, got "${path}"`);
  return path;
}

export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UserError(`${what} must be one of ${allowed.join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

export function expectArray(value: unknown, what: string, maxItems: number): unknown[] {
  if (!Array.isArray(value)) throw new UserError(`${what} must be a list, got ${describe(value)}`);
  if (value.length > maxItems) throw new UserError(`${what} has too many entries (${value.length}, at most ${maxItems})`);
  return value;
}

export function expectObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${what} must be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'number') return String(value);
  return typeof value;
}
