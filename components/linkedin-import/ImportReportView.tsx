import type { UiLang } from '../../utils/i18n';
import type { ImportReport } from '../../utils/import/linkedin-export/report/report';
import { reportSections } from '../../utils/import/linkedin-export/report/reportText';

/** The end-of-import report, as text only (imported names and texts are never markup). */
export function ImportReportView({ report, lang }: { report: ImportReport; lang: UiLang }) {
  return (
    <div class="linkedin-import-report">
      {reportSections(report, lang).map((section) => (
        <section key={section.id} data-section={section.id}>
          <h4>{section.title}</h4>
          <ul>
            {section.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
