import { downloadText } from '../export/download';
import { useAbstractsReady } from './abstracts-ready';
import { toCsvFile, type CsvCell } from '../export/csv';

interface Props {
  /** File name without extension, at the moment of saving: "speedboard-claims-2025-11-03". */
  name: () => string;
  what: string;
  csv: () => { header: readonly string[]; rows: CsvCell[][] };
  json: () => unknown;
}

/** CSV and JSON downloads of exactly the rows on screen, in their order. */
export function ExportButtons({ name, what, csv, json }: Props) {
  // The files hold the abstracts, which the site loads after the first rows.
  const disabled = !useAbstractsReady();
  return (
    <div className="export" role="group" aria-label={`Export ${what}`}>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          const { header, rows } = csv();
          downloadText(`${name()}.csv`, toCsvFile(header, rows), 'text/csv;charset=utf-8');
        }}
      >
        Download CSV
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          downloadText(`${name()}.json`, `${JSON.stringify(json(), null, 2)}\n`, 'application/json')
        }
      >
        Download JSON
      </button>
    </div>
  );
}
