import type { ImportReport } from '../../utils/import/linkedin-export/report/report';
import { reportSections } from '../../utils/import/linkedin-export/report/reportText';
import type { ImportUiLang } from './strings';

/** The end-of-import report, as text only (imported names and texts are never markup). */
export function ImportReportView({ report, lang }: { report: ImportReport; lang: ImportUiLang }) {
  return (
    <div class="linkedin-import-report">
      {reportSections(report, lang).map((section) => (
        <section key={section.id} data-section={section.id}>
          <h3>{section.title}</h3>
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
