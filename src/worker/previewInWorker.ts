import { decodeText } from '../core/cohort/decodeText.ts';
import { createPreviewJob } from '../core/profile/preview/previewExport.ts';
import type { FromWorker, PreviewRequest } from './protocol.ts';

/** A preview for the mapping dialog, in slices so that cancel and other requests still get through. */
export async function previewInWorker(request: PreviewRequest): Promise<FromWorker> {
  const text = typeof request.data === 'string' ? request.data : decodeText(request.data);
  const job = createPreviewJob(request.fileName, text);
  while (!job.step()) await new Promise((resolve) => setTimeout(resolve, 0));
  const r = job.result();
  return r.ok
    ? { type: 'previewed', id: request.id, preview: r.value }
    : { type: 'previewFailed', id: request.id, problems: r.problems };
}
