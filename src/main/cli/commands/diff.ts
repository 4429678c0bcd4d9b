// Placeholder until the compare engineer's command lands (this file will be overwritten).
import type { CliCommand } from '../command';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: 'diff ...   (not available yet)',
  async run(_args, io) {
    io.stderr('diff is not available yet');
    return 1;
  },
};
