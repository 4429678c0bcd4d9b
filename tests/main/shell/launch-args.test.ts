import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, seed } from '../../helpers/paths';
import { folderFromArgv } from '../../../src/main/shell/launch-args';

describe('folder from the command line', () => {
  it('takes an existing directory after the app entry and ignores flags and files', () => {
    expect(folderFromArgv(['/usr/bin/electron', '.', '--inspect', SEEDS], '/', 2)).toBe(SEEDS);
    expect(folderFromArgv(['/opt/policy-lens', seed(0)], '/', 1)).toBeNull();
    expect(folderFromArgv(['/opt/policy-lens', '--no-sandbox'], '/', 1)).toBeNull();
  });

  it('resolves relative paths against the launching directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-args-'));
    writeFileSync(join(dir, 'file.txt'), 'x');
    expect(folderFromArgv(['/opt/policy-lens', '.'], dir, 1)).toBeNull();
    expect(folderFromArgv(['/opt/policy-lens', '..'], dir, 1)).toBe(tmpdir());
  });
});
