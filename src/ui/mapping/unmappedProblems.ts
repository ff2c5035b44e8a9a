import {
  activityKeyColumn,
  unmappedValues,
  type MappingDraft,
} from '../../core/profile/preview/mappingDraft.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';

/**
 * Values of the service and activity columns the draft leaves unmapped, one message per column (as the
 * import would group them): the dialog asks for them to be mapped or dropped before the file is opened.
 */
export function unmappedProblems(draft: MappingDraft, preview: ExportPreview): string[] {
  const out: string[] = [];
  const check = (what: string, map: Readonly<Record<string, string>>, column: string | undefined) => {
    const left = unmappedValues(map, preview, column);
    if (left.length === 0) return;
    const listed = left
      .slice(0, 3)
      .map((v) => `“${v.value}” (${String(v.count)} rows, first row ${String(v.firstRow)})`)
      .join(', ');
    const more = left.length > 3 ? ` and ${String(left.length - 3)} more` : '';
    out.push(
      `column “${column ?? ''}”: ${String(left.length)} ${what} ${left.length === 1 ? 'value is' : 'values are'} not mapped: ${listed}${more}. Map each, drop it, or map all remaining.`,
    );
  };
  check('service', draft.services, draft.columns.service);
  check('activity', draft.activities, activityKeyColumn(draft));
  return out;
}
