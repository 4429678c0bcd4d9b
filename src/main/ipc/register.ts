// Registers one handler per channel; structural types keep electron out of this module.
import { channels, type ApiMethod } from '../../shared/api';
import type { ApiHandlers } from './handlers';

export interface IpcMainLike {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void;
}

/** Registers the handlers present in `handlers` (dialog/shell methods are the shell's own). Returns the channels registered. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: Partial<Record<ApiMethod, (...args: never[]) => Promise<unknown>>> | ApiHandlers): string[] {
  const registered: string[] = [];
  for (const [method, channel] of Object.entries(channels) as [ApiMethod, string][]) {
    const handler = (handlers as Record<string, ((...args: unknown[]) => Promise<unknown>) | undefined>)[method];
    if (!handler) continue;
    ipcMain.handle(channel, (_event, ...args) => handler(...args));
    registered.push(channel);
  }
  return registered;
}
