import type { JSX } from 'react';
import type { ResponseOf } from '../../shared/api/channels';

type Quarantined = ResponseOf<'drafts.list'>['quarantined'];

/** Files that failed to load were moved aside, never reset: say which and why. */
export function QuarantineNotice({ files }: { files: Quarantined }): JSX.Element | null {
  if (files.length === 0) return null;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title" className="notice-title">
        {files.length === 1 ? '1 file could not be opened' : `${files.length} files could not be opened`}
      </h2>
      <p>It was set aside unchanged in the library’s quarantine folder; the other drafts are safe.</p>
      <ul className="quarantine-list">
        {files.map((file) => (
          <li key={`${file.fileName}-${file.quarantinedAt}`}>
            <span className="file-name">{file.fileName}</span>
            <span className="file-reason">{file.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
