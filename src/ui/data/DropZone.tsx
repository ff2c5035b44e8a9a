import { useState, type DragEvent, type ReactNode } from 'react';
import './data.css';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Drag and drop of a cohort file anywhere on the page. While a file is dragged over the page, a frame
 * says where it will go; dropping hands the first file to `onFile`. (The "Open cohort file" button does
 * the same from the keyboard.)
 */
export function DropZone(props: {
  onFile: (file: File) => void;
  children: ReactNode;
  className?: string;
}): ReactNode {
  const [over, setOver] = useState(0);
  return (
    <div
      className={`${props.className ?? ''} drop-zone${over > 0 ? ' is-dragging' : ''}`}
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver((n) => n + 1);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!hasFiles(event)) return;
        setOver((n) => Math.max(0, n - 1));
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(0);
        const file = event.dataTransfer.files[0];
        if (file) props.onFile(file);
      }}
    >
      {props.children}
      {over > 0 ? (
        <div className="drop-zone__frame" aria-hidden="true">
          <p>Drop a cohort file (CSV, JSON or XES) to open it. It stays on this computer.</p>
        </div>
      ) : null}
    </div>
  );
}
