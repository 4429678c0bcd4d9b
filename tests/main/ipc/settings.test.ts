// The UI language is unset until the user picks one, then remembered across restarts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_ERROR_PREFIX } from '../../../src/shared/api';
import { createApiHandlers, createServices } from '../../../src/main/ipc';
import { inProcessRunner } from '../../../src/main/index-job/jobs';
import { fixturePipeline } from '../index-job/fixturePipeline';

const open = (dbPath: string) => {
  const services = createServices({ dbPath, runner: inProcessRunner(fixturePipeline()) });
  return { services, api: createApiHandlers(services) };
};

describe('settings', () => {
  it('leaves the language unset on first run and keeps a choice after reopening the library', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'pl-settings-')), 'library.db');
    const first = open(dbPath);
    expect(await first.api.getSettings()).toEqual({ language: null, recentFolders: [] });
    expect((await first.api.setSettings({ language: 'en' })).language).toBe('en');
    first.services.close();

    const second = open(dbPath);
    expect((await second.api.getSettings()).language).toBe('en');
    await expect(second.api.setSettings({ language: 'de' as never })).rejects.toThrow(USER_ERROR_PREFIX);
    await expect(second.api.setSettings({ language: null })).rejects.toThrow(USER_ERROR_PREFIX);
    expect((await second.api.getSettings()).language).toBe('en');
    second.services.close();
  });
});
