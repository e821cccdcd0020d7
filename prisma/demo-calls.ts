// Sample hotline calls for the demo network: about three months per organisation, with the
// topic mix, urgency, channels, repeat callers and callbacks a real desk sees. Generated from a
// fixed seed, so every demo database looks alike. Summaries and numbers are encrypted exactly as
// the app encrypts them. No real person is described.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { encryptField, fieldContext, lookupHash } from "../lib/crypto";
import { summaryTokens } from "../lib/hotline/search";
import type { ActionCode, Topic } from "../lib/hotline/codes";

export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TOPIC_WEIGHTS: [Topic, number][] = [
  ["JOB_OFFER_CHECK", 22],
  ["PRE_DEPARTURE_INFO", 14],
  ["DOCUMENTS_AND_REGISTRATION", 16],
  ["WAGE_THEFT", 12],
  ["LABOUR_EXPLOITATION", 8],
  ["MISSING_PERSON", 6],
  ["SUSPECTED_TRAFFICKING", 5],
  ["DEPORTATION_OR_DETENTION", 5],
  ["SEXUAL_EXPLOITATION", 2],
  ["FORCED_MARRIAGE", 2],
  ["FORCED_BEGGING", 1],
  ["DOMESTIC_VIOLENCE", 3],
  ["HEALTH", 2],
  ["REMITTANCES", 2],
];

const SUMMARIES: Partial<Record<Topic, string[]>> = {
  JOB_OFFER_CHECK: [
    "Звонящий получил предложение работы на стройке в Москве через знакомого, просит проверить фирму.",
    "Caller asks whether an agency offering hotel jobs in Dubai is licensed; advised on warning signs.",
    "Предлагают работу в теплицах в Казахстане без договора, аванс за дорогу просят перевести заранее.",
  ],
  PRE_DEPARTURE_INFO: [
    "Собирается на сезонную работу в Россию, спрашивает о патенте и регистрации.",
    "Asked about safe migration, copies of documents and the embassy hotline before leaving for Turkey.",
  ],
  DOCUMENTS_AND_REGISTRATION: [
    "Работодатель забрал паспорт «для оформления» и не возвращает третью неделю.",
    "Registration expired; caller afraid to go to the police, asks how to renew it.",
  ],
  WAGE_THEFT: [
    "Бригада на стройке не получает зарплату два месяца, прораб угрожает депортацией.",
    "Worked four months on a farm near Almaty, was paid for one.",
  ],
  LABOUR_EXPLOITATION: [
    "Работают по 14 часов без выходных, живут в вагончике, выходить запрещают.",
    "Caller describes locked dormitory and debts for food and housing that keep growing.",
  ],
  MISSING_PERSON: [
    "Мать ищет сына: уехал в Екатеринбург полгода назад, связь пропала.",
    "Sister has not answered for five weeks after leaving for a restaurant job in Istanbul.",
  ],
  SUSPECTED_TRAFFICKING: [
    "Девушку пригласили работать официанткой, по приезде забрали документы и требуют «отработать долг».",
    "Several men recruited by a neighbour are held at a brick kiln, phones taken away.",
  ],
  DEPORTATION_OR_DETENTION: [
    "Брат задержан в спецприёмнике, родственники не знают, куда обращаться.",
    "Entry ban after deportation; asks how to check the ban and its duration.",
  ],
  SEXUAL_EXPLOITATION: ["Знакомая пишет, что её удерживают в квартире и принуждают к проституции."],
  FORCED_MARRIAGE: ["Девушку 17 лет собираются выдать замуж за человека из другой страны против её воли."],
  FORCED_BEGGING: ["Соседи видят подростков, которых каждый день привозят попрошайничать на рынок."],
  DOMESTIC_VIOLENCE: ["Женщина после возвращения из миграции сообщает о насилии со стороны мужа."],
  HEALTH: ["Травма на стройке, работодатель отказывается оплатить лечение."],
  REMITTANCES: ["Денежные переводы семье перестали приходить, звонящий подозревает обман посредника."],
};

const PREFIX: Record<string, string[]> = {
  UZ: ["+99890", "+99891", "+99893", "+99897"],
  KZ: ["+7701", "+7705", "+7747"],
  KG: ["+996555", "+996700", "+996770"],
  TJ: ["+99293", "+99292", "+99290"],
  RU: ["+7916", "+7926", "+7903"],
};

export function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

export function weighted<T>(rnd: () => number, items: [T, number][]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = rnd() * total;
  for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
  return items[0]![0];
}

export function phoneNumber(rnd: () => number, country: string) {
  const prefix = pick(rnd, PREFIX[country] ?? PREFIX.UZ!);
  let digits = "";
  while (prefix.length - 1 + digits.length < (prefix.startsWith("+7") ? 11 : 12)) digits += Math.floor(rnd() * 10);
  return prefix + digits;
}

/**
 * One call as the desk would log it: type, channel, topics with their usual mix, urgency,
 * actions and callbacks, encrypted number (30 % from the organisation's regular callers) and
 * summary. `today` calls may still be incomplete.
 */
export function makeCall(
  rnd: () => number,
  org: { id: string; countryCode: string; operatorIds: string[] },
  receivedAt: Date,
  regulars: string[],
  now: Date,
  today = false,
) {
  const typeRoll = rnd();
  const callType =
    typeRoll < 0.72
      ? "DATA"
      : typeRoll < 0.82
        ? "SILENT"
        : typeRoll < 0.9
          ? "HANG_UP"
          : typeRoll < 0.95
            ? "WRONG_NUMBER"
            : typeRoll < 0.97
              ? "THANKS"
              : "TEST";
  const phone = rnd() < 0.3 ? pick(rnd, regulars) : phoneNumber(rnd, org.countryCode);
  // Made here so the encrypted fields can be bound to their row (not drawn from rnd: the seed's numbers stay as they were).
  const id = crypto.randomUUID();
  const base = {
    id,
    organisationId: org.id,
    operatorId: pick(rnd, org.operatorIds),
    receivedAt,
    channel: weighted(rnd, [
      ["PHONE", 70],
      ["WHATSAPP", 12],
      ["TELEGRAM", 10],
      ["IMO", 4],
      ["WALK_IN", 2],
      ["EMAIL", 2],
    ] as [never, number][]),
    callType: callType as never,
    callerPhoneEncrypted: encryptField(phone, fieldContext("hotline_calls", "caller_phone_encrypted", id)),
    callerPhoneHash: lookupHash(phone),
    durationSeconds: callType === "DATA" ? 120 + Math.floor(rnd() * 900) : Math.floor(rnd() * 40),
  };
  if (callType !== "DATA") return base;
  const topic = weighted(rnd, TOPIC_WEIGHTS);
  const topics: Topic[] = rnd() < 0.2 ? [...new Set([topic, weighted(rnd, TOPIC_WEIGHTS)])] : [topic];
  const serious = topics.some((t) =>
    [
      "SUSPECTED_TRAFFICKING",
      "SEXUAL_EXPLOITATION",
      "FORCED_MARRIAGE",
      "MISSING_PERSON",
      "LABOUR_EXPLOITATION",
    ].includes(t),
  );
  const urgency = serious ? (rnd() < 0.35 ? "CRITICAL" : "URGENT") : rnd() < 0.1 ? "URGENT" : "NON_CRITICAL";
  const callback = serious && rnd() < 0.5;
  const actions: ActionCode[] = serious
    ? [pick(rnd, ["REFERRED_TO_NGO", "REFERRED_TO_POLICE", "REFERRED_TO_EMBASSY_OR_IOM"] as const), "INFORMATION_GIVEN"]
    : ["INFORMATION_GIVEN"];
  if (callback) actions.push("CALLBACK_SCHEDULED");
  const dueAt = new Date(receivedAt.getTime() + (1 + Math.floor(rnd() * 4)) * 86_400_000);
  const summary = pick(rnd, SUMMARIES[topic] ?? SUMMARIES.JOB_OFFER_CHECK!);
  return {
    ...base,
    status: (today && rnd() < 0.3 ? "INCOMPLETE" : "COMPLETE") as never,
    language: pick(rnd, ["ru", "ru", "uz", "tg", "ky", "kk"]),
    callerRelationship: pick(rnd, [
      "VICTIM_SELF",
      "FAMILY_MEMBER",
      "FAMILY_MEMBER",
      "PROSPECTIVE_MIGRANT",
      "FRIEND_OR_NEIGHBOUR",
      "ANONYMOUS",
    ]) as never,
    callerCountry: rnd() < 0.6 ? org.countryCode : pick(rnd, ["RU", "KZ", "TR", "AE"]),
    personSex: pick(rnd, ["FEMALE", "MALE", "MALE"]) as never,
    personAgeGroup: pick(rnd, ["AGE_18_24", "AGE_25_34", "AGE_25_34", "AGE_35_49", "AGE_12_17"]) as never,
    personCitizenship: org.countryCode === "RU" ? pick(rnd, ["UZ", "TJ", "KG"]) : org.countryCode,
    personCountryNow: pick(rnd, ["RU", "RU", "KZ", "TR", "AE", org.countryCode]),
    callbackConsent: callback || rnd() < 0.5,
    topics: topics as never,
    urgency: urgency as never,
    summaryEncrypted: encryptField(summary, fieldContext("hotline_calls", "summary_encrypted", id)),
    summaryTokens: summaryTokens(summary),
    actions: actions as never,
    callbackDueAt: callback ? dueAt : null,
    // Older callbacks were made; recent ones are still due or overdue.
    callbackCompletedAt: callback && dueAt.getTime() < now.getTime() - 3 * 86_400_000 ? dueAt : null,
  };
}

export async function seedDemoCalls(
  db: PrismaClient,
  organisations: { id: string; countryCode: string; operatorIds: string[]; callsPerDay: number }[],
  now = new Date(),
) {
  for (const [index, org] of organisations.entries()) {
    const rnd = random(2026 + index * 97);
    const regulars = Array.from({ length: 25 }, () => phoneNumber(rnd, org.countryCode));
    const rows = [];
    for (let daysAgo = 92; daysAgo >= 0; daysAgo--) {
      const day = new Date(now.getTime() - daysAgo * 86_400_000);
      const weekday = day.getUTCDay();
      const perDay = Math.round(org.callsPerDay * (weekday === 0 || weekday === 6 ? 0.5 : 1.2) * (0.6 + rnd() * 0.8));
      for (let i = 0; i < perDay; i++) {
        const receivedAt = new Date(
          Date.UTC(
            day.getUTCFullYear(),
            day.getUTCMonth(),
            day.getUTCDate(),
            3 + Math.floor(rnd() * 12),
            Math.floor(rnd() * 60),
          ),
        );
        if (receivedAt > now) continue;
        rows.push(makeCall(rnd, org, receivedAt, regulars, now, daysAgo === 0));
      }
    }
    await db.hotlineCall.createMany({ data: rows });
  }
}
