// Placeholder until the compare engineer's command lands (this file will be overwritten).
import type { CliCommand } from '../command';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export ...   (not available yet)',
  async run(_args, io) {
    io.stderr('export is not available yet');
    return 1;
  },
};
