// A year's figures of the work for customers and of the § 45 group offers, for `insat stats`:
// orders per area, customers by type, income from material contributions, offers per month and
// the share of recorded places attended. No names.
import { attendanceRate } from './groups.js';
import type { Cents } from './money.js';
import { materialIncomeCents, ordersOfYear } from './orders.js';
import { AREAS, ORDER_STATUSES, type Area, type MainData, type OrderStatus } from './types.js';

export interface WorkStats {
  orders: number;
  ordersByArea: Record<Area, number>;
  ordersByStatus: Record<OrderStatus, number>;
  /** Customers with an order received in the year, by type. */
  customersByType: Record<string, number>;
  materialIncomeCents: Cents;
  groupOffers: number;
  groupOffersByMonth: { month: string; offers: number; present: number; recorded: number }[];
  /** Present ÷ recorded places of the year's offers; null when no attendance was recorded. */
  groupAttendanceRate: number | null;
}

/** The year's places at group offers with recorded attendance, and the present among them (the months summed). */
export function groupPlacesOfYear(w: WorkStats): { present: number; recorded: number } {
  return w.groupOffersByMonth.reduce(
    (t, x) => ({ present: t.present + x.present, recorded: t.recorded + x.recorded }),
    {
      present: 0,
      recorded: 0,
    },
  );
}

export function workStats(data: MainData, year: number): WorkStats {
  const orders = ordersOfYear(data.orders, year);
  const ordersByArea = Object.fromEntries(AREAS.map((a) => [a, orders.filter((o) => o.area === a).length])) as Record<
    Area,
    number
  >;
  const ordersByStatus = Object.fromEntries(
    ORDER_STATUSES.map((s) => [s, orders.filter((o) => o.status === s).length]),
  ) as Record<OrderStatus, number>;
  const customerIds = new Set(orders.filter((o) => o.status !== 'cancelled').map((o) => o.customerId));
  const customersByType: Record<string, number> = {};
  for (const c of data.customers)
    if (customerIds.has(c.id)) customersByType[c.type] = (customersByType[c.type] ?? 0) + 1;
  const offers = data.groupOffers.filter((o) => Number(o.date.slice(0, 4)) === year);
  const groupOffersByMonth = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const inMonth = offers.filter((o) => o.date.startsWith(month));
    const r = attendanceRate(inMonth);
    return { month, offers: inMonth.length, present: r.present, recorded: r.recorded };
  });
  return {
    orders: orders.length,
    ordersByArea,
    ordersByStatus,
    customersByType: Object.fromEntries(
      Object.entries(customersByType).sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'de')),
    ),
    materialIncomeCents: materialIncomeCents(data.orders, year),
    groupOffers: offers.length,
    groupOffersByMonth,
    groupAttendanceRate: attendanceRate(offers).rate,
  };
}
