// Hotline vocabularies, shared by browser and server (no Prisma import). The values match the
// enums in prisma/models/hotline.prisma; labels live in messages/*.json under "hotline".
export const CHANNELS = [
  "PHONE",
  "SMS",
  "WHATSAPP",
  "TELEGRAM",
  "IMO",
  "VIBER",
  "WEBCHAT",
  "EMAIL",
  "WALK_IN",
  "OTHER",
] as const;
export const CALL_TYPES = ["DATA", "SILENT", "HANG_UP", "WRONG_NUMBER", "ABUSIVE", "TEST", "THANKS"] as const;
export const RELATIONSHIPS = [
  "VICTIM_SELF",
  "FAMILY_MEMBER",
  "FRIEND_OR_NEIGHBOUR",
  "WITNESS",
  "PROSPECTIVE_MIGRANT",
  "EMPLOYER",
  "PROFESSIONAL",
  "ANONYMOUS",
] as const;
export const AGE_GROUPS = [
  "AGE_0_11",
  "AGE_12_17",
  "AGE_18_24",
  "AGE_25_34",
  "AGE_35_49",
  "AGE_50_PLUS",
  "UNKNOWN",
] as const;
export const TOPICS = [
  "JOB_OFFER_CHECK",
  "PRE_DEPARTURE_INFO",
  "DOCUMENTS_AND_REGISTRATION",
  "WAGE_THEFT",
  "LABOUR_EXPLOITATION",
  "SEXUAL_EXPLOITATION",
  "FORCED_MARRIAGE",
  "FORCED_BEGGING",
  "MISSING_PERSON",
  "SUSPECTED_TRAFFICKING",
  "DEPORTATION_OR_DETENTION",
  "DOMESTIC_VIOLENCE",
  "HEALTH",
  "REMITTANCES",
  "OTHER",
] as const;
export const URGENCIES = ["CRITICAL", "URGENT", "NON_CRITICAL"] as const;
export const ACTIONS = [
  "INFORMATION_GIVEN",
  "REFERRED_TO_NGO",
  "REFERRED_TO_POLICE",
  "REFERRED_TO_EMBASSY_OR_IOM",
  "CASE_OPENED",
  "CALLBACK_SCHEDULED",
  "NONE",
] as const;
/** Languages calls are taken in across the region. */
export const CALL_LANGUAGES = ["ru", "uz", "tg", "ky", "kk", "tk", "en", "other"] as const;

export type Channel = (typeof CHANNELS)[number];
export type CallTypeCode = (typeof CALL_TYPES)[number];
export type Topic = (typeof TOPICS)[number];
export type UrgencyCode = (typeof URGENCIES)[number];
export type ActionCode = (typeof ACTIONS)[number];

/** Number keys that pick a call type on the intake page (digits work in every keyboard layout). */
export const CALL_TYPE_KEYS: Record<string, CallTypeCode> = {
  "1": "DATA",
  "2": "SILENT",
  "3": "HANG_UP",
  "4": "WRONG_NUMBER",
  "5": "ABUSIVE",
  "6": "TEST",
  "7": "THANKS",
};

/** Everything longer than this is not a phone call anyone logs by hand. */
export const MAX_DURATION_SECONDS = 4 * 60 * 60;
export const MAX_SUMMARY_LENGTH = 4000;

/** Age groups give a middle age to start a new record from; the case worker corrects it later. */
export const AGE_OF_GROUP: Record<string, number> = {
  AGE_0_11: 8,
  AGE_12_17: 15,
  AGE_18_24: 21,
  AGE_25_34: 30,
  AGE_35_49: 42,
  AGE_50_PLUS: 55,
};
