import type { ConsentSheet } from "@/lib/sheets/content";

/**
 * The same consent, as a script to read to a person who cannot read: short parts, each ending
 * with a question that checks it was understood (in italics), and the closing question.
 */
export function ReadAloudView({ sheet }: { sheet: ConsentSheet }) {
  const { common } = sheet;
  return (
    <article className="sheet sheet-read-aloud" lang={sheet.language} data-testid="read-aloud">
      <p className="sheet-kicker">{common.readAloudTitle}</p>
      <h1>{sheet.title}</h1>
      <p className="sheet-note">{common.readAloudNote}</p>
      <ol className="read-aloud-parts">
        {sheet.readAloud.map((runs, index) => (
          <li key={index}>
            {runs.map((run, i) => (run.question ? <em key={i}>{run.text}</em> : <span key={i}>{run.text}</span>))}
          </li>
        ))}
      </ol>
      <p className="sheet-choice">{common.readAloudEnd}</p>
      <p className="sheet-version">{sheet.versionLabel}</p>
    </article>
  );
}
