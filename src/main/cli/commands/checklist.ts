// Placeholder until the compare engineer's command lands (this file will be overwritten).
import type { CliCommand } from '../command';

export const checklistCommand: CliCommand = {
  name: 'checklist',
  usage: 'checklist ...   (not available yet)',
  async run(_args, io) {
    io.stderr('checklist is not available yet');
    return 1;
  },
};
