import { describe, expect, it } from "vitest";
import { travelDocumentState } from "./travel-document";

const row = (over: Partial<Parameters<typeof travelDocumentState>[0] & object> = {}) => ({
  type: "PASSPORT",
  holder: "EMPLOYER",
  expiresOn: null,
  workUnderWay: false,
  ...over,
});

describe("where the travel document stands, read from the person's document", () => {
  it("is issued once the person or the organisation holds it, whatever was done to get it", () => {
    expect(travelDocumentState(row({ holder: "PERSON" })).documentStatus).toBe("ISSUED");
    expect(travelDocumentState(row({ holder: "ORGANISATION", workUnderWay: true })).documentStatus).toBe("ISSUED");
  });

  it("is applied for while a recovery or replacement step is pending or succeeded, and not started otherwise", () => {
    expect(travelDocumentState(row({ holder: "EMPLOYER", workUnderWay: true })).documentStatus).toBe("APPLIED");
    expect(travelDocumentState(row({ holder: "CONSULATE", workUnderWay: true })).documentStatus).toBe("APPLIED");
    expect(travelDocumentState(row({ holder: "LOST" })).documentStatus).toBe("NOT_STARTED");
  });

  it("carries the kind and the expiry, and says nothing of a document that is not for travel or not there", () => {
    expect(travelDocumentState(row({ type: "CERTIFICATE_OF_RETURN", expiresOn: "2027-01-31" }))).toEqual({
      documentType: "CERTIFICATE_OF_RETURN",
      documentStatus: "NOT_STARTED",
      documentExpiry: "2027-01-31",
    });
    expect(travelDocumentState(row({ type: "MIGRATION_CARD", holder: "PERSON" }))).toEqual({});
    expect(travelDocumentState(null)).toEqual({});
  });
});
