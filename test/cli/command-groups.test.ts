// A run that names a command group builds only that group (src/cli/run.ts); help, a typo and a run
// without a command build them all. The names the groups are looked up by must be the names they register.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { Command } from 'commander';
import { COMMAND_GROUPS } from '../../src/cli/groups.js';
import { namedGroup } from '../../src/cli/run.js';
import { insat, tempDataDir } from '../helpers/cli.js';

describe('the command groups by name', () => {
  test('each name is the one command its group registers', () => {
    const registered = Object.entries(COMMAND_GROUPS).map(([name, register]) => {
      const program = new Command('insat');
      register(program);
      return [name, program.commands.map((c) => c.name())];
    });
    expect(registered).toEqual(Object.keys(COMMAND_GROUPS).map((name) => [name, [name]]));
  });

  test('insat --help still lists every group', () => {
    const r = insat(tempDataDir(), ['--help']);
    expect(r.code).toBe(0);
    const listed = Object.keys(COMMAND_GROUPS).filter((name) => new RegExp(`^  ${name}\\b`, 'm').test(r.stdout));
    expect(listed).toEqual(Object.keys(COMMAND_GROUPS));
  });

  test('insat or a group without a command: the help on stderr and a usage error (exit 2), never exit 0', () => {
    const bare = insat(tempDataDir(), ['--lang', 'en']);
    expect({ code: bare.code, stdout: bare.stdout }).toEqual({ code: 2, stdout: '' });
    expect(bare.stderr).toMatch(/^Usage: insat \[options\] \[command\]/);
    expect(bare.stderr).toMatch(/^ {2}hours +book worked hours/m);
    expect(bare.stderr).toMatch(/\nerror: missing command — 'insat' needs one of the commands listed above\n$/);
    const group = insat(tempDataDir(), ['--lang', 'en', 'config', 'rate', '--json']);
    expect({ code: group.code, stdout: group.stdout }).toEqual({ code: 2, stdout: '' });
    expect(group.stderr).toMatch(/^Usage: insat config rate /);
    expect(
      group.stderr
        .trim()
        .split('\n')
        .slice(-1)
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        error: {
          code: 'usage',
          message: "missing command — 'insat config rate' needs one of the commands listed above",
        },
      },
    ]);
    expect(insat(tempDataDir(), ['--lang', 'de', 'hours']).stderr).toMatch(
      /\nFehler: Befehl fehlt — 'insat hours' braucht einen der oben aufgeführten Befehle\n$/,
    );
  });

  test('asking for help is no error: on stdout, exit 0', () => {
    for (const args of [['--help'], ['help'], ['help', 'hours'], ['hours', '--help'], ['hours', 'help', 'book']]) {
      const r = insat(tempDataDir(), args);
      expect({ args, code: r.code, stderr: r.stderr, usage: /^(Usage|Aufruf): insat/.test(r.stdout) }).toEqual({
        args,
        code: 0,
        stderr: '',
        usage: true,
      });
    }
  });

  test('a mistyped group is still told the group it likely meant (exit 2)', () => {
    const r = insat(tempDataDir(), ['--lang', 'en', 'hour', 'book']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: expect.stringContaining('(Did you mean hours?)'),
    });
  });

  test('the group is the first word that is no global option or its value', () => {
    expect(namedGroup(['--data', '/tmp/x', '--lang', 'en', '--no-color', '--json', 'hours', 'book'])).toBe(
      COMMAND_GROUPS.hours,
    );
    expect(namedGroup(['--data', 'hours', 'seats'])).toBe(COMMAND_GROUPS.seats);
    expect(namedGroup(['--data=/tmp/x', 'seats'])).toBe(COMMAND_GROUPS.seats);
    expect([namedGroup(['hour']), namedGroup(['--help']), namedGroup([]), namedGroup(['help', 'hours'])]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('a mistyped subcommand after global options is told the one it likely meant, with the group help', () => {
    const r = insat(tempDataDir(), ['--lang', 'en', '--no-color', 'hours', 'boo']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: expect.stringContaining("(Did you mean book?) — see 'insat hours --help'"),
    });
  });
});
