import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { dateArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { caseloadOn, type CaseloadRow } from '../../model/caseload.js';
import { AREAS } from '../../model/types.js';

export async function runCaseload(ctx: Ctx, opts: { date?: string; format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const date = opts.date === undefined ? ctx.today : dateArg(opts.date, '--date');
  const load = caseloadOn((await openStore(ctx)).main, date);
  const T = ctx.m.caseload;
  // csv is read by scripts: role codes, and no words for "nobody"; people read the words
  const plain = format === 'csv';
  const roles = plain ? { socialWorker: 'social-worker', instructor: 'instructor' } : T.roles;
  const nobody = (words: string) => (plain ? '' : words);
  const row = (role: string, r: CaseloadRow) => ({
    role,
    id: r.id,
    name: r.active ? r.name : `${r.name}${T.left}`,
    area: r.area ?? '',
    participants: r.count,
    target: r.target ?? '',
    over: r.target === null ? '' : r.over,
    people: r.participants.join(' '),
  });
  const rows = [
    ...load.socialWorkers.map((r) => row(roles.socialWorker, r)),
    ...(load.withoutSocialWorker.length
      ? [
          {
            ...row(roles.socialWorker, emptyRow(nobody(T.noSocialWorker), null, load.withoutSocialWorker)),
            target: '',
            over: '',
          },
        ]
      : []),
    ...load.instructors.map((r) => row(roles.instructor, r)),
    ...AREAS.filter((a) => load.withoutInstructor[a].length > 0).map((a) =>
      row(roles.instructor, emptyRow(nobody(T.noInstructor), a, load.withoutInstructor[a])),
    ),
  ];
  if (format === 'table') {
    for (const r of load.socialWorkers) if (r.over > 0) ctx.warn(T.overTarget(r.name, r.count, load.target));
    if (load.withoutSocialWorker.length > 0) ctx.warn(T.withoutSocialWorker(load.withoutSocialWorker));
  }
  const words = T.columns;
  await emit(ctx, format, {
    json: () => load,
    tabular: () => ({
      columns: [
        { key: 'role', header: 'role', label: words.role, kind: 'text' },
        { key: 'id', header: 'staff', label: words.id, kind: 'text' },
        { key: 'name', header: 'name', label: words.name, kind: 'text' },
        { key: 'area', header: 'area', label: words.area, kind: 'text', words: ctx.m.participant.show.areaWords },
        { key: 'participants', header: 'participants', label: words.participants, kind: 'int' },
        { key: 'target', header: 'target', label: words.target, kind: 'int' },
        { key: 'over', header: 'over target', label: words.over, kind: 'int' },
        { key: 'people', header: 'who', label: words.people, kind: 'text' },
      ],
      rows,
    }),
    text: () => T.summary(date, load.participants, load.target),
  });
}

function emptyRow(name: string, area: CaseloadRow['area'], participants: string[]): CaseloadRow {
  return { id: '', name, area, active: true, participants, count: participants.length, target: null, over: 0 };
}
