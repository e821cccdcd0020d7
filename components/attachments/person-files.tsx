// The files about a person on their case file: what each is attached to, its name, size and date,
// and a download link (an audited read, always saved as a file, never opened in the page). A file a
// partner organisation uploaded says so; its uploader is not named across organisations. The same
// list shows the files of one record (a claim, a repatriation's task, a shelter stay); a wrong
// upload of the reader's own organisation can be removed, after asking.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { AttachmentView } from "@/lib/attachments/types";
import { DeleteFileButton } from "./delete-file-button";

function size(bytes: number, locale: string) {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "megabyte"] : [Math.max(bytes / 1024, 1), "kilobyte"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(
    value,
  );
}

export async function PersonFiles({
  files,
  labelOf,
  timeZone,
  returnTo,
  testId = "person-files",
}: {
  files: AttachmentView[];
  /** What a file is attached to, in words ("Consent: services, 2 May 2026"); null: said by the place. */
  labelOf: ((file: AttachmentView) => string) | null;
  timeZone: string;
  /** The page to refresh after a removal; without it, no file offers removal. */
  returnTo?: string;
  testId?: string;
}) {
  const t = await getTranslations("attachments");
  const locale = await getLocale();
  if (files.length === 0) return null;
  return (
    <ul className="stack" data-testid={testId}>
      {files.map((f) => (
        <li key={f.id} className="card" data-testid={`file-${f.id}`}>
          <p>
            <a href={`/api/v1/attachments/${f.id}`} download={f.name} data-testid="file-download">
              {f.name}
            </a>{" "}
            <span className="muted">· {size(f.sizeBytes, locale)}</span>
          </p>
          <p className="muted">
            {labelOf ? `${labelOf(f)} · ` : ""}
            {formatDateTime(f.createdAt, locale, timeZone)}
            {f.ownOrganisation
              ? f.uploadedBy
                ? ` · ${t("uploadedBy", { name: f.uploadedBy })}`
                : ""
              : ` · ${t("sharedBy")}`}
          </p>
          {returnTo && f.mayDelete ? <DeleteFileButton id={f.id} name={f.name} returnTo={returnTo} /> : null}
        </li>
      ))}
    </ul>
  );
}
