import type { ExportRecord } from '@shared/model';

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Which exact files left the app: the fingerprint lets anyone check a circulated copy is unchanged. */
export function ExportHistory({ exports }: { exports: readonly ExportRecord[] }) {
  if (exports.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>Documents exported from this meeting</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">File</th>
            <th scope="col">Layout</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {[...exports].reverse().map((record) => (
            <tr key={record.id}>
              <td>{TIME.format(new Date(record.at))}</td>
              <th scope="row">{record.fileName}</th>
              <td>
                {record.layout === 'summary' ? 'Summary' : 'Formal minutes'}
                {record.audience === 'public' ? ', public' : ''}
              </td>
              <td>
                <code className="fingerprint">{record.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
