import type { ConsentSheet } from "@/lib/sheets/content";

/**
 * A consent sheet as the person reads and signs it: one A4 page in large type (app/globals.css,
 * `.sheet`). The article carries the sheet's language, so a screen reader reads it in that
 * language whatever the interface's.
 */
export function ConsentSheetView({ sheet }: { sheet: ConsentSheet }) {
  const { common } = sheet;
  return (
    <article className="sheet" lang={sheet.language} data-testid="consent-sheet">
      <p className="sheet-kicker">{common.consentSheet}</p>
      <h1>{sheet.title}</h1>
      <p>{sheet.intro}</p>
      {sheet.parts.map((part) => (
        <section key={part.heading}>
          <h2>{part.heading}</h2>
          <p>{part.text}</p>
        </section>
      ))}
      <p className="sheet-choice">{common.yourChoice}</p>
      <p>{common.agree}</p>
      <div className="sheet-boxes">
        <span className="sheet-box">☐ {common.yes}</span>
        <span className="sheet-box">☐ {common.no}</span>
      </div>
      <dl className="sheet-lines">
        {sheet.kind === "SHARING" || sheet.kind === "AUTHORITY_REPORT" ? (
          <SignatureLine label={common.grantee} />
        ) : null}
        <SignatureLine label={common.personName} />
        <SignatureLine label={common.signature} />
        <SignatureLine label={common.date} />
        <SignatureLine label={common.staffName} />
        <SignatureLine label={common.witness} />
      </dl>
      <p className="sheet-version">{sheet.versionLabel}</p>
    </article>
  );
}

function SignatureLine({ label }: { label: string }) {
  return (
    <div className="sheet-line">
      <dt>{label}</dt>
      <dd />
    </div>
  );
}
