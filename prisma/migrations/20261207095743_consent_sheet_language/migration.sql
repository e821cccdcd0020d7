-- AlterTable
ALTER TABLE "victim_consents" ADD COLUMN     "sheet_language" TEXT,
ADD COLUMN     "sheet_version" INTEGER;

-- A consent records the sheet that was read or signed (issue 21): its language, one of the sheets'
-- languages (lib/sheets/schema.ts), and its text's version, together or not at all (consents
-- recorded before the sheets existed have neither). Written so that no part is NULL: a CHECK whose
-- expression is NULL passes.
ALTER TABLE "victim_consents" ADD CONSTRAINT "victim_consents_sheet_check" CHECK (
  ("sheet_language" IS NULL AND "sheet_version" IS NULL)
  OR (
    "sheet_language" IS NOT NULL AND "sheet_version" IS NOT NULL
    AND "sheet_language" IN ('en', 'ru', 'uz', 'uz-Cyrl', 'kk', 'ky', 'tg') AND "sheet_version" > 0
  )
);
