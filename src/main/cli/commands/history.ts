// Placeholder until the compare engineer's command lands (this file will be overwritten).
import type { CliCommand } from '../command';

export const historyCommand: CliCommand = {
  name: 'history',
  usage: 'history ...   (not available yet)',
  async run(_args, io) {
    io.stderr('history is not available yet');
    return 1;
  },
};
