"use client";
// Attach a file to a record. The form posts the file itself (multipart) to /api/v1/attachments, so it
// works before the page's JavaScript has started: the route then sends the browser back here with
// the outcome. Once the script runs, the upload goes through XMLHttpRequest instead, to show its
// progress (a 20 MB scan over a weak mobile connection takes minutes), and the list refreshes.
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/codes";
import { Alert } from "@/components/ui/alert";

export interface AttachTarget {
  /** `PARENT_TYPE:parentId`. */
  value: string;
  label: string;
}

type Outcome = "tooLarge" | "type" | "empty" | "failed";

/** What the route's refusal means for the person uploading (its message is for machines, in English). */
function outcomeOf(status: number, body: unknown): Outcome {
  if (status === 413) return "tooLarge";
  const fields = (body as { error?: { fields?: Record<string, string> } } | null)?.error?.fields;
  if (status === 422 && fields?.file) return "type";
  if (status === 400 && fields?.file) return "empty";
  return "failed";
}

export function UploadForm({
  targets,
  returnTo,
  testId,
}: {
  targets: AttachTarget[];
  returnTo: string;
  testId?: string;
}) {
  const t = useTranslations("attachments");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(null);
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    // Said at once, without sending 25 MB first; the server checks again whatever is sent.
    if (!(file instanceof File) || file.size === 0) return setError(tErrors("fileRequired"));
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(tErrors("fileTooLarge"));
    const request = new XMLHttpRequest();
    request.open("POST", "/api/v1/attachments");
    request.responseType = "json";
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100));
    };
    request.onload = () => {
      setPercent(null);
      if (request.status === 201) {
        setDone(t("uploaded", { name: (request.response as { name: string }).name }));
        form.current?.reset();
        router.refresh();
      } else setError(t(`outcome.${outcomeOf(request.status, request.response)}`));
    };
    request.onerror = () => {
      setPercent(null);
      setError(t("outcome.failed"));
    };
    setPercent(0);
    request.send(data);
  }

  const busy = percent !== null;
  return (
    <form
      ref={form}
      method="post"
      action="/api/v1/attachments"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      data-testid={testId}
      className="stack"
    >
      <input type="hidden" name="returnTo" value={returnTo} />
      <fieldset disabled={busy} className="stack">
        {targets.length === 1 ? (
          // One record (a claim, a stay): named, not chosen.
          <p className="muted">
            <input type="hidden" name="target" value={targets[0]!.value} />
            {t("attachTo")}: {targets[0]!.label}
          </p>
        ) : (
          <div className="field">
            <label htmlFor={`${testId ?? "upload"}-target`}>{t("attachTo")}</label>
            <select id={`${testId ?? "upload"}-target`} name="target" defaultValue={targets[0]?.value}>
              {targets.map((target) => (
                <option key={target.value} value={target.value}>
                  {target.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${testId ?? "upload"}-file`}>{t("file")}</label>
          <input
            id={`${testId ?? "upload"}-file`}
            name="file"
            type="file"
            required
            accept={ACCEPT_ATTRIBUTE}
            aria-describedby={`${testId ?? "upload"}-hint`}
          />
          <p className="muted" id={`${testId ?? "upload"}-hint`}>
            {t("fileHint")}
          </p>
        </div>
        <p>
          <button type="submit" className="btn">
            {t("upload")}
          </button>
        </p>
      </fieldset>
      {busy ? (
        <p role="status">
          <progress max={100} value={percent} aria-label={t("uploading", { percent })} /> {t("uploading", { percent })}
        </p>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {done ? <Alert kind="success">{done}</Alert> : null}
    </form>
  );
}
