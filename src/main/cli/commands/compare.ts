// Placeholder until the compare engineer's command lands (this file will be overwritten).
import type { CliCommand } from '../command';

export const compareCommand: CliCommand = {
  name: 'compare',
  usage: 'compare ...   (not available yet)',
  async run(_args, io) {
    io.stderr('compare is not available yet');
    return 1;
  },
};
