// Files on the records around a person (a repatriation's checklist tasks, a shelter stay, a labour
// claim) and the removal of a wrong upload: each list and each download goes through the one person
// rule (lib/attachments/policy.ts), a stranger gets "not found", and a removal takes the content
// with it and is audited.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { consentAll, setup as repatriationSetup } from "@/tests/support/repatriations";
import { person, placementSetup } from "@/tests/support/placements";
import type { OrgRole } from "@/lib/roles/roles";
import { AppError } from "@/lib/errors";
import { recordConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral } from "@/lib/referrals/mutations";
import { addTask, transitionRepatriation } from "@/lib/repatriations/mutations";
import { transitionSchema } from "@/lib/repatriations/schema";
import { admitToShelter, assignShelterStaff, createShelter, updateStay } from "@/lib/shelters/mutations";
import { createShelterSchema } from "@/lib/shelters/schema";
import { createLabourClaim } from "@/lib/labour-claims/mutations";
import { labourClaimSchema } from "@/lib/labour-claims/schema";
import { createAttachment, deleteAttachment } from "./mutations";
import {
  listPersonAttachments,
  listRecordAttachments,
  listRepatriationTaskAttachments,
  listStayAttachments,
  openAttachment,
} from "./data";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);
const file = (name: string) => ({ name, content: pdf(`${name}-${crypto.randomUUID()}`) });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

/** An accepted return home with a task for the receiving side; `sharedFields` is what the request shares. */
async function acceptedCase(sharedFields: string[]) {
  const s = await repatriationSetup();
  await consentAll(s.sender, s.victimId, s.tashkent.id);
  await transitionRepatriation(s.sender, s.id, transitionSchema.parse({ to: "REQUESTED", sharedFields }));
  await transitionRepatriation(s.receiver, s.id, { to: "ACCEPTED" });
  const task = await addTask(s.sender, s.id, { title: "Certificate of return", assigneeSide: "RECEIVING" });
  return { ...s, taskId: task.id };
}

/** A partner the person's organisation referred them to, with a grant naming `fields`. */
async function partnerOf(owner: ReturnType<typeof scopeOf>, victimId: string, fields: ("documents" | "notes")[]) {
  const org = await createOrganisation();
  await recordConsent(owner, victimId, {
    sheetLanguage: "ru",
    kind: "SHARING",
    granteeOrganisationId: org.id,
    givenOn: new Date("2026-05-02"),
    method: "WRITTEN",
  });
  const referral = await createReferral(owner, victimId, {
    toOrganisationId: org.id,
    reason: "legal aid",
    sharedFields: fields,
  });
  const receiver = await member(org.id, "COORDINATOR");
  await decideReferral(receiver, referral.id, { decision: "ACCEPT" });
  return receiver;
}

const ids = (files: { id: string }[] | null) => (files ?? []).map((f) => f.id).sort();

describe("files on a repatriation's checklist tasks", () => {
  it("lets the receiving side attach a certificate of return that the sending side lists and downloads", async () => {
    const s = await acceptedCase([]);
    const certificate = await createAttachment(
      s.receiver,
      { parentType: "REPATRIATION_STEP", parentId: s.taskId },
      file("certificate-of-return.pdf"),
    );
    expect(certificate.victimId).toBe(s.victimId);

    const atSender = await listRepatriationTaskAttachments(s.sender, s.id);
    expect(atSender?.map((f) => [f.id, f.parentType, f.parentId, f.ownOrganisation])).toEqual([
      [certificate.id, "REPATRIATION_STEP", s.taskId, false],
    ]);
    // A partner's staff are not named, and the sending side may not remove the receiving side's file.
    expect(atSender?.[0]).toMatchObject({ uploadedBy: null, mayDelete: false });
    expect((await openAttachment(s.sender, certificate.id)).name).toBe("certificate-of-return.pdf");
    // The reading is audited, in the trail of the person's organisation (the sender's own).
    expect(
      await db.auditEvent.count({
        where: { organisationId: s.almaty.id, action: "attachment.list", recordId: s.victimId },
      }),
    ).toBe(1);
  });

  it("shows the receiving side the sending side's files only where the request shared documents", async () => {
    for (const [shared, seesSenders] of [
      [[], false],
      [["documents"], true],
    ] as const) {
      const s = await acceptedCase([...shared]);
      const senders = await createAttachment(
        s.sender,
        { parentType: "REPATRIATION_STEP", parentId: s.taskId },
        file("travel-document.pdf"),
      );
      const own = await createAttachment(
        s.receiver,
        { parentType: "REPATRIATION_STEP", parentId: s.taskId },
        file("reception-note.pdf"),
      );
      const listed = await listRepatriationTaskAttachments(s.receiver, s.id);
      expect(ids(listed)).toEqual((seesSenders ? [senders.id, own.id] : [own.id]).sort());
      if (seesSenders) expect((await openAttachment(s.receiver, senders.id)).name).toBe("travel-document.pdf");
      else expect(await refusal(openAttachment(s.receiver, senders.id))).toBe("NOT_FOUND");
    }
  });

  it("gives an outsider and a partner without documents in its grant nothing", async () => {
    const s = await acceptedCase(["documents"]);
    const certificate = await createAttachment(
      s.receiver,
      { parentType: "REPATRIATION_STEP", parentId: s.taskId },
      file("certificate-of-return.pdf"),
    );
    const outsider = await member((await createOrganisation()).id, "COORDINATOR");
    const partner = await partnerOf(s.sender, s.victimId, ["notes"]);
    expect(await listRepatriationTaskAttachments(outsider, s.id)).toBeNull();
    // The partner is not a side of the case: it does not see the case at all.
    expect(await listRepatriationTaskAttachments(partner, s.id)).toBeNull();
    for (const stranger of [outsider, partner]) {
      expect(await refusal(openAttachment(stranger, certificate.id))).toBe("NOT_FOUND");
      expect(await refusal(deleteAttachment(stranger, certificate.id))).toBe("NOT_FOUND");
      expect(await listPersonAttachments(stranger, s.victimId)).toEqual(stranger === partner ? [] : null);
    }
    // Nor may a task be given a file once the case has ended (the receiving side no longer sees it).
    await transitionRepatriation(s.sender, s.id, { to: "CANCELLED", reason: "the person changed her mind" });
    for (const [side, answer] of [
      [s.sender, "UNPROCESSABLE"],
      [s.receiver, "NOT_FOUND"],
    ] as const)
      expect(
        await refusal(
          createAttachment(side, { parentType: "REPATRIATION_STEP", parentId: s.taskId }, file("late.pdf")),
        ),
      ).toBe(answer);
  });
});

describe("files on a shelter stay", () => {
  it("lets the shelter's staff attach to a stay and see only their organisation's stay files, not the person's papers", async () => {
    const { shelterOrg, shelterCoordinator, shelter } = await placementSetup();
    const staffUser = await createUser({ organisationId: shelterOrg.id, role: "SHELTER_STAFF" });
    await assignShelterStaff(shelterCoordinator, shelter.id, staffUser.id);
    const staff = scopeOf(staffUser, "SHELTER_STAFF", shelterOrg.id);
    const victimId = await person(shelterCoordinator, "Resident");
    const stay = await admitToShelter(shelterCoordinator, shelter.id, { victimId, admittedAt: new Date() });

    const passportScan = await createAttachment(
      shelterCoordinator,
      { parentType: "VICTIM", parentId: victimId },
      file("passport-scan.pdf"),
    );
    const intake = await createAttachment(staff, { parentType: "SHELTER_STAY", parentId: stay.id }, file("intake.pdf"));
    const byCoordinator = await createAttachment(
      shelterCoordinator,
      { parentType: "SHELTER_STAY", parentId: stay.id },
      file("medical-referral.pdf"),
    );

    // The care view has no documents: the organisation's stay files, never the passport scan.
    const atStaff = await listStayAttachments(staff, [stay.id]);
    expect(ids(atStaff)).toEqual([intake.id, byCoordinator.id].sort());
    expect(atStaff.every((f) => f.mayDelete)).toBe(true);
    expect((await openAttachment(staff, intake.id)).name).toBe("intake.pdf");
    expect(await refusal(openAttachment(staff, passportScan.id))).toBe("NOT_FOUND");
    expect(await refusal(deleteAttachment(staff, passportScan.id))).toBe("NOT_FOUND");
    // The coordinator sees the whole person: every file, on the stay and elsewhere.
    expect(ids(await listStayAttachments(shelterCoordinator, [stay.id]))).toEqual([intake.id, byCoordinator.id].sort());
    expect(ids(await listPersonAttachments(shelterCoordinator, victimId))).toEqual(
      [intake.id, byCoordinator.id, passportScan.id].sort(),
    );

    // Staff of another shelter, a case worker who is not the person's, an outsider: nothing.
    const otherStaff = await member(shelterOrg.id, "SHELTER_STAFF");
    const caseWorker = await member(shelterOrg.id, "CASE_WORKER");
    const outsider = await member((await createOrganisation()).id, "SHELTER_STAFF");
    for (const stranger of [otherStaff, caseWorker, outsider]) {
      expect(await listStayAttachments(stranger, [stay.id])).toEqual([]);
      expect(await refusal(openAttachment(stranger, intake.id))).toBe("NOT_FOUND");
      expect(
        await refusal(createAttachment(stranger, { parentType: "SHELTER_STAY", parentId: stay.id }, file("x.pdf"))),
      ).toBe("NOT_FOUND");
    }

    // Her earlier stay in another of the organisation's shelters is not theirs: its file stays out of reach.
    const other = await createShelter(
      shelterCoordinator,
      createShelterSchema.parse({
        name: "Other shelter",
        city: "Almaty",
        countryCode: "KZ",
        population: "WOMEN",
        capacity: 1,
      }),
    );
    const earlierPerson = await person(shelterCoordinator, "Moved");
    const earlier = await admitToShelter(shelterCoordinator, other.id, {
      victimId: earlierPerson,
      admittedAt: new Date("2026-01-05"),
    });
    const earlierFile = await createAttachment(
      shelterCoordinator,
      { parentType: "SHELTER_STAY", parentId: earlier.id },
      file("earlier-stay.pdf"),
    );
    await updateStay(shelterCoordinator, earlier.id, {
      version: 1,
      discharge: { dischargedAt: new Date("2026-01-10"), exitDestination: "FAMILY" },
    });
    const now = await admitToShelter(shelterCoordinator, shelter.id, {
      victimId: earlierPerson,
      admittedAt: new Date("2026-01-11"),
    });
    expect(ids(await listStayAttachments(staff, [now.id, earlier.id]))).toEqual([]);
    expect(await refusal(openAttachment(staff, earlierFile.id))).toBe("NOT_FOUND");

    // Shelter staff remove a wrong upload on the stay; its content goes with it.
    await deleteAttachment(staff, intake.id);
    expect(await db.attachment.count({ where: { id: intake.id } })).toBe(0);
    expect(await db.attachmentBlob.count({ where: { id: intake.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { organisationId: shelterOrg.id, action: "attachment.delete", actorUserId: staff.userId },
      }),
    ).toBe(1);
  });
});

describe("files on a labour claim", () => {
  it("lists a claim's files for its organisation's case staff only", async () => {
    const org = await createOrganisation();
    const coordinator = await member(org.id, "COORDINATOR");
    const victimId = await person(coordinator, "Worker");
    const claim = await createLabourClaim(
      coordinator,
      victimId,
      labourClaimSchema.parse({
        employerName: "OOO Stroy",
        countryCode: "RU",
        currency: "RUB",
        route: "NEGOTIATION",
        status: "PREPARING",
        people: [{ victimId, owed: "120000", recovered: "" }],
      }),
    );
    const contract = await createAttachment(
      coordinator,
      { parentType: "LABOUR_CLAIM", parentId: claim.id },
      file("contract.pdf"),
    );
    expect(ids(await listRecordAttachments(coordinator, "LABOUR_CLAIM", [claim.id]))).toEqual([contract.id]);
    const outsider = await member((await createOrganisation()).id, "COORDINATOR");
    const shelterStaff = await member(org.id, "SHELTER_STAFF");
    for (const stranger of [outsider, shelterStaff]) {
      expect(await listRecordAttachments(stranger, "LABOUR_CLAIM", [claim.id])).toEqual([]);
      expect(await refusal(openAttachment(stranger, contract.id))).toBe("NOT_FOUND");
      expect(await refusal(deleteAttachment(stranger, contract.id))).toBe("NOT_FOUND");
    }
  });
});

describe("removing a wrong upload", () => {
  it("is the uploader's organisation's case staff's, takes the content with it, and is audited", async () => {
    const s = await acceptedCase(["documents"]);
    const senders = await createAttachment(
      s.sender,
      { parentType: "REPATRIATION_STEP", parentId: s.taskId },
      file("wrong-person.pdf"),
    );
    const receivers = await createAttachment(
      s.receiver,
      { parentType: "REPATRIATION_STEP", parentId: s.taskId },
      file("certificate-of-return.pdf"),
    );
    // The receiving side reads the sender's file (documents are shared) but may not remove it, and
    // the other way round; nor may the sender's shelter staff (not case staff).
    expect(await refusal(deleteAttachment(s.receiver, senders.id))).toBe("NOT_FOUND");
    expect(await refusal(deleteAttachment(s.sender, receivers.id))).toBe("NOT_FOUND");
    expect(await refusal(deleteAttachment(await member(s.almaty.id, "SHELTER_STAFF"), senders.id))).toBe("NOT_FOUND");
    expect(await db.attachment.count({ where: { id: { in: [senders.id, receivers.id] } } })).toBe(2);

    const removed = await deleteAttachment(s.sender, senders.id);
    expect(removed).toEqual({ victimId: s.victimId, parentType: "REPATRIATION_STEP", parentId: s.taskId });
    expect(await db.attachment.count({ where: { id: senders.id } })).toBe(0);
    expect(await db.attachmentBlob.count({ where: { id: senders.id } })).toBe(0);
    expect(await refusal(openAttachment(s.sender, senders.id))).toBe("NOT_FOUND");
    expect(ids(await listRepatriationTaskAttachments(s.sender, s.id))).toEqual([receivers.id]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: s.almaty.id, action: "attachment.delete" },
    });
    expect(audit).toMatchObject({ recordType: "VICTIM", recordId: s.victimId, actorUserId: s.sender.userId });
    expect(JSON.stringify(audit.details)).not.toContain("wrong-person");
  });
});
