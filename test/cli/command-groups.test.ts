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

  test('insat or a group without a command: a usage error (exit 2) on one line, with --json its JSON too', () => {
    const bare = insat(tempDataDir(), ['--lang', 'en']);
    expect({ code: bare.code, stdout: bare.stdout, stderr: bare.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: 'insat' needs a command — see 'insat --help'\n",
    });
    const group = insat(tempDataDir(), ['--lang', 'en', 'config', 'rate', '--json']);
    expect({ code: group.code, stdout: group.stdout }).toEqual({ code: 2, stdout: '' });
    expect(
      group.stderr
        .trim()
        .split('\n')
        .map((line) => line.startsWith('{') && JSON.parse(line))[1],
    ).toEqual({
      error: {
        code: 'usage',
        message: "'insat config rate' needs a command: set, delete, list — see 'insat config rate --help'",
      },
    });
    expect(insat(tempDataDir(), ['--lang', 'de', 'hours']).stderr).toMatch(
      /^Fehler: 'insat hours' braucht einen Befehl: book, .* — siehe 'insat hours --help'\n$/,
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

  test.each([
    [['order', 'delete'], "error: unknown command 'delete' (Did you mean deliver?) — see 'insat order --help'"],
    [['orde', 'list'], "error: unknown command 'orde' (Did you mean order?) — see 'insat --help'"],
    [
      ['seats', '--dat', '2026-11-25'],
      "error: unknown option '--dat' (Did you mean --data, --date?) — see 'insat seats --help'",
    ],
    [
      ['--lang', 'de', 'order', 'delete'],
      "Fehler: unbekannter Befehl 'delete' (Meinten Sie deliver?) — siehe 'insat order --help'",
    ],
  ])("commander's suggestion joins the error on its one line: insat %j", (args, line) => {
    const r = insat(tempDataDir(), ['--lang', 'en', ...args]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: `${line}\n` });
  });

  test.each([
    [
      ['order'],
      "error: 'insat order' needs a command: add, start, done, deliver, cancel, assign, unassign, edit, kinds, list, show — see 'insat order --help'",
    ],
    [
      ['config', 'rate'],
      "error: 'insat config rate' needs a command: set, delete, list — see 'insat config rate --help'",
    ],
    [[], "error: 'insat' needs a command — see 'insat --help'"],
    [
      ['--lang', 'de', 'config'],
      "Fehler: 'insat config' braucht einen Befehl: show, set, rate — siehe 'insat config --help'",
    ],
  ])(
    'a group without its command is a usage error on one line, not the whole help with exit 0: insat %j',
    (args, line) => {
      const r = insat(tempDataDir(), ['--lang', 'en', ...args]);
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr: `${line}\n`,
      });
    },
  );

  test('help asked for is still the help, on stdout, exit 0', () => {
    for (const args of [['order', '--help'], ['help', 'order'], ['--help']]) {
      const r = insat(tempDataDir(), args);
      expect({ code: r.code, stderr: r.stderr, usage: r.stdout.startsWith('Usage: insat') }).toEqual({
        code: 0,
        stderr: '',
        usage: true,
      });
    }
  });
});
