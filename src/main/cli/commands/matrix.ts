// Placeholder until the compare engineer's command lands (this file will be overwritten).
import type { CliCommand } from '../command';

export const matrixCommand: CliCommand = {
  name: 'matrix',
  usage: 'matrix ...   (not available yet)',
  async run(_args, io) {
    io.stderr('matrix is not available yet');
    return 1;
  },
};
