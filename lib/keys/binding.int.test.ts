// A ciphertext is bound to the table, column and row it is stored in. Someone with
// write access to the database (a dump restored with edits, a compromised owner connection) who
// copies one person's encrypted document number onto another person's row must not make the app
// show the first person's number under the second person's name.
import { describe, expect, it, vi } from "vitest";
import { db as owner } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { getVictimRecord } from "@/lib/victims/data";
import { UNREADABLE_FIELD } from "@/lib/crypto";
import { logger } from "@/lib/log";
import type { OrgScope } from "@/lib/roles/scope";

const person = (givenName: string, documentNumber: string) =>
  registerVictimSchema.parse({
    givenName,
    familyName: "Karimova",
    sex: "FEMALE",
    estimatedAge: 29,
    citizenships: ["UZ"],
    identifiedOn: "2026-05-01",
    identifiedBy: "NGO_OUTREACH",
    documentNumber,
  });

describe("#14.14 (c) ciphertexts bound to their place", () => {
  it("does not show a value copied from another person's row: the page reads a marker and a warning names only the field", async () => {
    const org = await createOrganisation("binding");
    const scope = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    ) as OrgScope;
    const first = await registerVictim(scope, person("Dilnoza", "AA1234567"));
    const second = await registerVictim(scope, person("Malika", "BB7654321"));
    expect((await getVictimRecord(scope, first.id))?.record.documentNumber).toBe("AA1234567");

    // Behind the app's back, as the tables' owner: the first person's ciphertext onto the second's row.
    await owner.$executeRaw`UPDATE victims SET document_number_encrypted = (SELECT document_number_encrypted FROM victims WHERE id = ${first.id}::uuid) WHERE id = ${second.id}::uuid`;

    const warn = vi.spyOn(logger, "warn");
    const record = (await getVictimRecord(scope, second.id))?.record;
    expect(record).not.toBeNull();
    expect(record?.givenName).toBe("Malika");
    expect(record?.documentNumber).not.toBe("AA1234567");
    expect(record?.documentNumber).toBe(UNREADABLE_FIELD);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain("victims.document_number_encrypted");
    for (const secret of ["AA1234567", "Malika", "Dilnoza", first.id, second.id]) expect(logged).not.toContain(secret);
    warn.mockRestore();
    // The first person's own record still reads.
    expect((await getVictimRecord(scope, first.id))?.record.documentNumber).toBe("AA1234567");
  });
});
