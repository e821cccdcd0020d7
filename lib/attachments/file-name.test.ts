import { describe, expect, it } from "vitest";
import { attachmentDisposition, cleanFileName } from "./file-name";

describe("file names of attachments", () => {
  it("keeps a name that matches its content, in any script", () => {
    expect(cleanFileName("Согласие Каримовой.pdf", "application/pdf")).toBe("Согласие Каримовой.pdf");
    expect(cleanFileName("passport.JPEG", "image/jpeg")).toBe("passport.JPEG");
  });

  it("gives a name the extension of the type its content is", () => {
    expect(cleanFileName("form.exe", "application/pdf")).toBe("form.exe.pdf");
    expect(cleanFileName("scan", "image/png")).toBe("scan.png");
    expect(cleanFileName("", "image/png")).toBe("file.png");
  });

  it("drops folders, control characters and direction overrides", () => {
    expect(cleanFileName("C:\\Users\\x\\..\\scan.pdf", "application/pdf")).toBe("scan.pdf");
    expect(cleanFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(cleanFileName("invoice\u202Egpj.exe", "image/jpeg")).toBe("invoicegpj.exe.jpg");
    expect(cleanFileName("a\u0000b\nc.pdf", "application/pdf")).toBe("abc.pdf");
  });

  it("downloads as an attachment, with a UTF-8 name and an ASCII fallback without quotes", () => {
    const header = attachmentDisposition('Согласие "1".pdf');
    expect(header.startsWith("attachment;")).toBe(true);
    expect(header).toContain(`filename="________ _1_.pdf"`);
    expect(header).toContain("filename*=UTF-8''%D0%A1");
  });
});
