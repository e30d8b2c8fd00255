// The programme's codes as people type them: the English codes of the contract (CLI.md) or the
// German words of the office (DOMAIN.md), in any case. Output always uses the codes.
import type { ApplicantStatus } from './assignment.js';
import {
  ABSENCE_CODES,
  AREAS,
  CERTIFICATION_KINDS,
  GROUP_KINDS,
  ORDER_STATUSES,
  REFERRAL_SOURCES,
  STAFF_ROLES,
  type AbsenceCode,
  type Area,
  type CertificationKind,
  type GoalStatus,
  type GroupKind,
  type Note,
  type OrderStatus,
  type ReferralSource,
  type StaffRole,
} from './types.js';

/** Lower case, umlauts spelled out, inner spaces as hyphens: "Krank mit AU" → "krank-mit-au", "Küche" → "kueche". */
function normalized(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, '-');
}

const AREA_WORDS: Record<string, Area> = Object.fromEntries(AREAS.map((a) => [a, a]));

const ABSENCE_WORDS: Record<string, AbsenceCode> = {
  ...Object.fromEntries(ABSENCE_CODES.map((c) => [c, c])),
  krank: 'sick',
  'krank-ohne-au': 'sick',
  'krank-au': 'sick-certified',
  'krank-mit-au': 'sick-certified',
  entschuldigt: 'excused',
  unentschuldigt: 'unexcused',
  urlaub: 'holiday',
  schliesstag: 'closed',
};

/** A work area from its code or German name (`holz`, `Küche`, `KUECHE`, `Gestaltung`), or null. */
export function areaOfWord(text: string): Area | null {
  return AREA_WORDS[normalized(text)] ?? null;
}

/** An absence code from the code or the German word (`sick`, `krank`, `krank-au`, `Urlaub`, `Schließtag`), or null. */
export function absenceOfWord(text: string): AbsenceCode | null {
  return ABSENCE_WORDS[normalized(text)] ?? null;
}

/** The German words accepted besides the codes, for help texts and messages. */
export const GERMAN_ABSENCE_WORDS = 'krank, krank-au, entschuldigt, unentschuldigt, urlaub, schliesstag';

/** The codes themselves plus the German words that name them (normalized: lower case, ae/oe/ue/ss, hyphens). */
function words<C extends string>(codes: readonly C[], german: Record<string, C>): (text: string) => C | null {
  const all: Record<string, C> = { ...Object.fromEntries(codes.map((c) => [c, c])), ...german };
  return (text) => (Object.prototype.hasOwnProperty.call(all, normalized(text)) ? all[normalized(text)]! : null);
}

/** `--role`: `instructor` or Anleiter/in, `social-worker` or Sozialarbeiter/in, `admin` or Verwaltung. */
export const staffRoleOfWord = words<StaffRole>(STAFF_ROLES, {
  anleiter: 'instructor',
  anleiterin: 'instructor',
  'anleiter/in': 'instructor',
  'anleiter-in': 'instructor',
  sozialarbeiter: 'social-worker',
  sozialarbeiterin: 'social-worker',
  'sozialarbeiter/in': 'social-worker',
  'sozialarbeiter-in': 'social-worker',
  verwaltung: 'admin',
});

/** `--referred-by`: the codes or selbst, Jobcenter, Krisenhilfe, Beratungsstelle, andere. */
export const referralOfWord = words<ReferralSource>(REFERRAL_SOURCES, {
  selbst: 'self',
  beratungsstelle: 'counselling',
  andere: 'other',
});

/** `--kind` of a group offer: the codes or Unterricht, Gruppenangebot, Exkursion. */
export const groupKindOfWord = words<GroupKind>(GROUP_KINDS, {
  unterricht: 'lesson',
  gruppenangebot: 'group',
  exkursion: 'excursion',
});

/** `--status` of a goal: the codes or erreicht, teilweise (erreicht), offen, nicht mehr verfolgt. */
export const goalStatusOfWord = words<GoalStatus>(['achieved', 'partly', 'open', 'dropped'], {
  erreicht: 'achieved',
  teilweise: 'partly',
  'teilweise-erreicht': 'partly',
  offen: 'open',
  'nicht-mehr-verfolgt': 'dropped',
});

/** `--visibility` of a note: the codes or intern, Jobcenter. */
export const visibilityOfWord = words<Note['visibility']>(['internal', 'jobcenter'], { intern: 'internal' });

/** `order list --status`: the codes or eingegangen, in Arbeit, fertig, übergeben, storniert. */
export const orderStatusOfWord = words<OrderStatus>(ORDER_STATUSES, {
  eingegangen: 'received',
  'in-arbeit': 'in-progress',
  fertig: 'done',
  uebergeben: 'delivered',
  storniert: 'cancelled',
});

/** `applicant list --status`: the codes or neu, Termin vereinbart, Termin wahrgenommen, geeignet, nicht geeignet, aufgenommen, zurückgezogen. */
export const applicantStatusOfWord = words<ApplicantStatus>(
  ['new', 'scheduled', 'attended', 'suitable', 'unsuitable', 'enrolled', 'withdrawn'],
  {
    neu: 'new',
    'termin-vereinbart': 'scheduled',
    'termin-wahrgenommen': 'attended',
    geeignet: 'suitable',
    'nicht-geeignet': 'unsuitable',
    aufgenommen: 'enrolled',
    zurueckgezogen: 'withdrawn',
  },
);

/** `certification --kind`: the codes or Konzept (Rezertifizierung), Audit (Überwachungsaudit). */
export const certificationKindOfWord = words<CertificationKind>(CERTIFICATION_KINDS, {
  konzept: 'concept',
  rezertifizierung: 'concept',
  'konzept-rezertifizierung': 'concept',
  ueberwachungsaudit: 'audit',
});
