// The allowance statement's renderings, shared by `insat pay` and `insat export pay`.
import type { Format } from '../../cli/output.js';
import type { PayStatement } from '../../model/allowance.js';
import { formatDateDe } from '../../model/dates.js';
import { centsToDecimal, formatEuroDe } from '../../model/money.js';
import type { Pseudonymizer } from '../../reports/pseudonym.js';
import type { Tabular } from '../../reports/tabular.js';

/** With `alias` (a pseudonymised export) the id and the name give way to the pseudonym. */
export function payJson(st: PayStatement, alias?: Pseudonymizer) {
  return {
    month: st.month,
    from: st.from,
    to: st.to,
    totalCents: st.totalCents,
    workedMinutes: st.workedMinutes,
    participants: st.participants.map((p) => ({
      ...(alias ? { pseudonym: alias(p.id) } : { id: p.id, name: p.name }),
      area: p.area,
      seatFrom: p.seatFrom,
      seatTo: p.seatTo,
      workedMinutes: p.workedMinutes,
      daysWorked: p.daysWorked,
      amountCents: p.amountCents,
      rates: p.rates.map((r) => ({
        rateFrom: r.rateFrom,
        centsPerHour: r.centsPerHour,
        from: r.from,
        to: r.to,
        workedMinutes: r.workedMinutes,
      })),
      absences: p.absences,
      absenceDays: p.absenceDays,
      unbookedDays: p.unbookedDays,
    })),
    daysWithoutRate: st.daysWithoutRate,
    unbookedDays: st.unbookedDays,
  };
}

/** The rate(s) a person was paid at, in the format's number style: 2,00 € · 2.00 · 1,50/2,00. */
function ratesText(cents: number[], format: Format): string {
  if (format === 'table') return cents.map(formatEuroDe).join(' / ');
  return cents.map((c) => centsToDecimal(c, format === 'csv-de' ? ',' : '.')).join('/');
}

/** Entry or exit within the month, for the table: "from 12.10." · "to 13.11.". */
function seatNote(st: PayStatement, p: PayStatement['participants'][number]): string {
  const parts: string[] = [];
  if (p.seatFrom && p.seatFrom > st.from) parts.push(`from ${formatDateDe(p.seatFrom).slice(0, 6)}`);
  if (p.seatTo && p.seatTo < st.to) parts.push(`to ${formatDateDe(p.seatTo).slice(0, 6)}`);
  if (!p.seatFrom) parts.push('no seat');
  return parts.join(', ');
}

/** The table shows the essentials; csv and csv-de (for the payroll spreadsheet) every column. */
export function payTabular(st: PayStatement, format: Format, alias?: Pseudonymizer): Tabular {
  const detail = format !== 'table';
  return {
    columns: [
      ...(alias
        ? [{ key: 'name', header: 'pseudonym', kind: 'text' as const }]
        : [
            { key: 'id', header: 'id', kind: 'text' as const },
            { key: 'name', header: 'name', kind: 'text' as const },
          ]),
      { key: 'area', header: 'area', kind: 'text' },
      ...(detail
        ? [
            { key: 'seatFrom', header: 'from', kind: 'date' as const },
            { key: 'seatTo', header: 'to', kind: 'date' as const },
          ]
        : [{ key: 'note', header: 'seat', kind: 'text' as const }]),
      { key: 'daysWorked', header: 'days worked', kind: 'int' },
      { key: 'workedMinutes', header: 'hours', kind: 'hours' },
      { key: 'rate', header: 'euros per hour', kind: 'figures' },
      { key: 'amountCents', header: 'amount', kind: 'cents' },
      ...(detail
        ? [
            { key: 'sick-certified', header: 'sick (certified)', kind: 'int' as const },
            { key: 'sick', header: 'sick', kind: 'int' as const },
            { key: 'excused', header: 'excused', kind: 'int' as const },
            { key: 'unexcused', header: 'unexcused', kind: 'int' as const },
            { key: 'holiday', header: 'leave', kind: 'int' as const },
            { key: 'closed', header: 'closed', kind: 'int' as const },
          ]
        : [{ key: 'absenceDays', header: 'absence days', kind: 'int' as const }]),
      { key: 'unbookedDays', header: 'not booked', kind: 'int' },
    ],
    rows: st.participants.map((p) => ({
      id: p.id,
      name: alias ? alias(p.id) : p.name,
      area: p.area,
      seatFrom: p.seatFrom,
      seatTo: p.seatTo,
      note: seatNote(st, p),
      daysWorked: p.daysWorked,
      workedMinutes: p.workedMinutes,
      rate: ratesText(
        p.rates.map((r) => r.centsPerHour),
        format,
      ),
      amountCents: p.amountCents,
      ...p.absences,
      absenceDays: p.absenceDays,
      unbookedDays: p.unbookedDays,
    })),
  };
}
