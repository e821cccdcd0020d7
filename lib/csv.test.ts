import { describe, expect, it } from "vitest";
import { csvLine } from "./csv";

describe("csvLine", () => {
  it("quotes separators and quotes, and ends with CRLF", () => {
    expect(csvLine(["a", 'say "hi"', "x,y", null, 3])).toBe('a,"say ""hi""","x,y",,3\r\n');
  });
  it("defuses formulas", () => {
    expect(csvLine(['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)"])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1)\r\n`,
    );
  });
});
