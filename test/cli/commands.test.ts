/** The command table and the option table of `yusuan` name the same commands. */
import { COMMAND_HANDLERS } from '../../src/cli/commands';
import { COMMANDS } from '../../src/cli/options';

test('every command of the help has a handler, and every handler is in the help', () => {
  const listed = COMMANDS.map((c) => c.name).filter((n) => n !== 'help'); // help is answered by the command line itself
  expect(Object.keys(COMMAND_HANDLERS).sort()).toEqual(listed.sort());
});
