// Files on a person's records: sealed in the database, typed by their content, bounded in size, and
// downloadable only through the one person rule (a partner only where its grant names documents).
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import type { OrgRole } from "@/lib/roles/roles";
import { AppError } from "@/lib/errors";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral } from "@/lib/referrals/mutations";
import { createAttachment } from "./mutations";
import { listPersonAttachments, openAttachment } from "./data";
import { readUpload } from "./upload-request";
import { MAX_ATTACHMENT_BYTES } from "./codes";
import en from "@/messages/en.json";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

const marker = () => `consent-of-Дилноза-${crypto.randomUUID()}`;
/** A small PDF whose text holds `text` (file-type knows a PDF by its header). */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);
/** A Windows program: "MZ", then the PE header file-type looks for. */
function program() {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
}

async function setup() {
  const [almaty, tashkent, bishkek] = await Promise.all([1, 2, 3].map(() => createOrganisation()));
  const worker = await member(almaty!.id, "CASE_WORKER");
  const { id: victimId } = await registerVictim(
    worker,
    registerVictimSchema.parse({
      givenName: "Дилноза",
      sex: "FEMALE",
      estimatedAge: 27,
      citizenships: ["UZ"],
      identifiedOn: "2026-05-01",
      identifiedBy: "HOTLINE",
    }),
  );
  const consent = await recordConsent(worker, victimId, {
    sheetLanguage: "ru",
    kind: "SERVICES",
    givenOn: new Date("2026-05-02"),
    method: "WRITTEN",
  });
  return { almaty: almaty!, tashkent: tashkent!, bishkek: bishkek!, worker, victimId, consentId: consent.id };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function share(s: Setup, to: { id: string }, fields: ("documents" | "notes")[]) {
  const coordinator = await member(s.almaty.id, "COORDINATOR");
  await recordConsent(coordinator, s.victimId, {
    sheetLanguage: "ru",
    kind: "SHARING",
    granteeOrganisationId: to.id,
    givenOn: new Date("2026-05-02"),
    method: "WRITTEN",
  });
  const referral = await createReferral(coordinator, s.victimId, {
    toOrganisationId: to.id,
    reason: "return home",
    sharedFields: fields,
  });
  const receiver = await member(to.id, "COORDINATOR");
  await decideReferral(receiver, referral.id, { decision: "ACCEPT" });
  return receiver;
}

const stored = async (victimId: string) => ({
  rows: await db.attachment.count({ where: { victimId } }),
  blobs: await db.attachmentBlob.count({ where: { attachment: { victimId } } }),
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("attachments", () => {
  it("stores the signed consent scan sealed: neither its content nor its name is readable in the database", async () => {
    const s = await setup();
    const text = marker();
    const created = await createAttachment(
      s.worker,
      { parentType: "CONSENT", parentId: s.consentId },
      { name: `Согласие ${text}.pdf`, content: pdf(text) },
    );
    expect(created.contentType).toBe("application/pdf");

    const row = await db.attachment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.victimId).toBe(s.victimId);
    expect(row.organisationId).toBe(s.almaty.id);
    expect(row.fileNameEncrypted).not.toContain(text);
    const blob = await db.attachmentBlob.findUniqueOrThrow({ where: { id: created.id } });
    const raw = Buffer.from(blob.contentEncrypted);
    expect(raw.length).toBeGreaterThan(pdf(text).length);
    expect(raw.includes(Buffer.from(text))).toBe(false);
    expect(raw.includes(Buffer.from("%PDF"))).toBe(false);
    // Nor through any text rendering of the column PostgreSQL can give.
    const [asText] = await db.$queryRaw<
      { t: string }[]
    >`SELECT encode(content_encrypted, 'escape') AS t FROM attachment_blobs WHERE id = ${created.id}::uuid`;
    expect(asText!.t).not.toContain("consent-of");

    const listed = await listPersonAttachments(s.worker, s.victimId);
    expect(listed?.map((f) => [f.name, f.parentType, f.parentId])).toEqual([
      [`Согласие ${text}.pdf`, "CONSENT", s.consentId],
    ]);
    const opened = await openAttachment(s.worker, created.id);
    expect(opened.content.equals(pdf(text))).toBe(true);
    const audit = await db.auditEvent.findMany({
      where: { organisationId: s.almaty.id, action: { in: ["attachment.upload", "attachment.download"] } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["attachment.download", "attachment.upload"]);
    expect(asJson(audit)).not.toContain(text);
  });

  it("refuses a program renamed as a PDF, and stores nothing", async () => {
    const s = await setup();
    const error = await refusal(
      createAttachment(
        s.worker,
        { parentType: "VICTIM", parentId: s.victimId },
        { name: "consent.pdf", content: program() },
      ),
    );
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fields).toEqual({ file: "errors.fileTypeNotAllowed" });
    expect(await stored(s.victimId)).toEqual({ rows: 0, blobs: 0 });
  });

  it("refuses a 25 MB file with a clear message before storing anything, as a call and as an upload", async () => {
    const s = await setup();
    const big = Buffer.alloc(25 * 1024 * 1024, 0x20);
    pdf("big").copy(big);
    const error = await refusal(
      createAttachment(s.worker, { parentType: "VICTIM", parentId: s.victimId }, { name: "scan.pdf", content: big }),
    );
    expect(error.code).toBe("TOO_LARGE");
    expect(en.errors.fileTooLarge).toMatch(/20 MB/);

    // The upload itself: refused when the form is read, before any record is looked at.
    const form = new FormData();
    form.set("parentType", "VICTIM");
    form.set("parentId", s.victimId);
    form.set("file", new File([big], "scan.pdf", { type: "application/pdf" }));
    const request = new Request("http://localhost/api/v1/attachments", { method: "POST", body: form });
    expect((await refusal(readUpload(request))).code).toBe("TOO_LARGE");
    // A declared length over the limit is refused without reading the body at all.
    const declared = new Request("http://localhost/api/v1/attachments", {
      method: "POST",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(MAX_ATTACHMENT_BYTES * 2),
      },
      body: "never read",
    });
    expect((await refusal(readUpload(declared))).code).toBe("TOO_LARGE");
    expect(await stored(s.victimId)).toEqual({ rows: 0, blobs: 0 });
  });

  it("lets a partner download only where its grant names documents; another organisation gets not found", async () => {
    const s = await setup();
    const text = marker();
    const file = await createAttachment(
      s.worker,
      { parentType: "VICTIM", parentId: s.victimId },
      { name: "passport.pdf", content: pdf(text) },
    );
    const withDocuments = await share(s, s.tashkent, ["documents"]);
    const withoutDocuments = await share(s, s.bishkek, ["notes"]);
    const outsider = await member((await createOrganisation()).id, "COORDINATOR");

    expect((await openAttachment(withDocuments, file.id)).content.equals(pdf(text))).toBe(true);
    expect((await listPersonAttachments(withDocuments, s.victimId))?.map((f) => f.id)).toEqual([file.id]);
    // The partner's reading is in the trail of the organisation whose person it is.
    expect(
      await db.auditEvent.count({
        where: { organisationId: s.almaty.id, action: "attachment.download", actorUserId: withDocuments.userId },
      }),
    ).toBe(1);

    for (const stranger of [withoutDocuments, outsider]) {
      expect((await refusal(openAttachment(stranger, file.id))).code).toBe("NOT_FOUND");
      const listed = await listPersonAttachments(stranger, s.victimId);
      expect(listed ?? []).toEqual([]);
    }
    // A partner cannot attach to a record it does not own either (it sees the person: it is told the
    // record is not its to change).
    expect(
      (
        await refusal(
          createAttachment(
            withDocuments,
            { parentType: "VICTIM", parentId: s.victimId },
            { name: "x.pdf", content: pdf("x") },
          ),
        )
      ).code,
    ).toBe("UNPROCESSABLE");
    expect(await stored(s.victimId)).toEqual({ rows: 1, blobs: 1 });
  });
});
