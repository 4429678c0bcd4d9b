import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../../src/main/cli/commands/compare';
import { diffCommand } from '../../../src/main/cli/commands/diff';
import { exportCommand } from '../../../src/main/cli/commands/export';
import { historyCommand } from '../../../src/main/cli/commands/history';
import type { CliIo } from '../../../src/main/cli/command';

const io: CliIo = { stdout: () => undefined, stderr: () => undefined };
const run = (cmd: { run: typeof compareCommand.run }, positional: string[], flags: Record<string, string | true> = {}) =>
  cmd.run({ positional, flags }, io);

describe('compare-stage CLI argument errors', () => {
  it('explains missing or bad arguments before touching the library', async () => {
    await expect(run(compareCommand, [], { apps: 'a,b' })).rejects.toThrow(/--topic is required/);
    await expect(run(compareCommand, [], { topic: 'nonsense', apps: 'a,b' })).rejects.toThrow(/unknown topic "nonsense"/);
    await expect(run(compareCommand, [], { topic: 'storage', apps: 'a' })).rejects.toThrow(/2 to 4 apps/);
    await expect(run(diffCommand, ['only-one'])).rejects.toThrow(/exactly two/);
    await expect(run(diffCommand, ['/nonexistent/a.txt', '/nonexistent/b.txt'])).rejects.toThrow(/file not found/);
    await expect(run(historyCommand, [])).rejects.toThrow(/missing <app>/);
    await expect(run(exportCommand, [])).rejects.toThrow(/--out/);
  });
});
