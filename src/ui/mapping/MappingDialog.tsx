import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { activities, type Pathway } from '../../core/pathway/types.ts';
import { formatProblem, type Problem } from '../../core/problems.ts';
import {
  activityKeyColumn,
  draftFromPreview,
  draftFromProfile,
  profileOfDraft,
  unmappedValues,
  withRole,
  type DraftRole,
  type MappingDraft,
} from '../../core/profile/preview/mappingDraft.ts';
import { parseProfile, validateProfile } from '../../core/profile/parseProfile.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import type { PreviewResult, ProfileChoice } from '../data/cohortClientTypes.ts';
import { OpenCohortButton } from '../data/OpenCohortButton.tsx';
import { downloadWithin, type ExportedFile } from '../export/saveAndCopy.ts';
import { useModalDialog } from '../export/useModalDialog.ts';
import { ColumnRoles } from './ColumnRoles.tsx';
import { TimeFormat } from './TimeFormat.tsx';
import { ValueMap, type Target } from './ValueMap.tsx';
import './mapping.css';

export interface MappingDialogProps {
  /** The user's export. */
  readonly file: File;
  /** The pathway its services and activities are mapped onto. */
  readonly pathway: Pathway;
  /** Reads the file's first rows, columns and distinct values (in the cohort worker). */
  readonly previewFile: (file: File) => Promise<PreviewResult>;
  /** A profile to start from (remembered on this device, or the one the file was refused with). */
  readonly initial?: ProfileChoice | undefined;
  /** Offer to remember the mapping for this pathway on this device. */
  readonly canRemember?: boolean | undefined;
  /** Open the file with this profile; `remember`: the user asked to keep it on this device. */
  readonly onApply: (choice: ProfileChoice, remember: boolean) => void;
  readonly onClose: () => void;
  /** Where a saved profile goes; by default the browser downloads it. */
  readonly saveFile?: ((file: ExportedFile) => void) | undefined;
}

/**
 * Values of the service and activity columns the draft leaves unmapped, one message per column (as the
 * import would group them): the dialog asks for them to be mapped or dropped before the file is opened.
 */
function unmappedProblems(draft: MappingDraft, preview: ExportPreview): string[] {
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

const ACTIVITY_TARGETS: Target[] = activities.map((a) => ({ id: a, label: a.replace(/_/g, ' ') }));

/** `camhs-export.csv` → `camhs-export.profile.json`. */
export const profileFileName = (fileName: string): string =>
  `${fileName.replace(/\.[^.]*$/, '') || 'export'}.profile.json`;

/**
 * The mapping dialog (CONTRACT §5): a user's export that does not match §2 is read through an import
 * profile made here — each column's role, the time format with a live preview, and the service and
 * activity values mapped onto the pathway's ids — then opened. Save profile / Load profile write and read
 * the same JSON as the command line's `--map`. The file itself is read in the worker, so a large export
 * keeps the page responsive. A native modal `<dialog>`: focus stays inside, Esc closes.
 */
export function MappingDialog(props: MappingDialogProps): ReactNode {
  const { file, pathway, previewFile, initial } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog, props.onClose);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [refused, setRefused] = useState<readonly Problem[] | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [note, setNote] = useState('');
  const [remember, setRemember] = useState(false);
  useEffect(() => {
    let live = true;
    void previewFile(file).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setRefused(r.problems);
        return;
      }
      setPreview(r.preview);
      setDraft(initial ? draftFromProfile(initial.profile) : draftFromPreview(r.preview, pathway));
    });
    return () => {
      live = false;
    };
  }, [file, pathway, previewFile, initial]);
  const services = useMemo(() => pathway.services.map((s) => ({ id: s.id, label: s.label })), [pathway]);

  /** The profile, validated: problems are listed (field and what is allowed) instead. */
  const checked = () => {
    if (!draft || !preview) return null;
    const r = validateProfile(profileOfDraft(draft), profileFileName(file.name));
    if (!r.ok) {
      setProblems(r.problems.map(formatProblem));
      return null;
    }
    const unmapped = unmappedProblems(draft, preview);
    if (unmapped.length > 0) {
      setProblems(unmapped);
      return null;
    }
    setProblems([]);
    return r.value;
  };
  const roleOf = (column: string) =>
    draft
      ? (Object.entries(draft.columns).find(([, c]) => c === column)?.[0] as DraftRole | undefined)
      : undefined;

  return (
    <dialog
      ref={dialog}
      className="export-dialog mapping"
      aria-labelledby={`${id}-title`}
      data-testid="mapping-dialog"
    >
      <header className="export-dialog__header">
        <h2 id={`${id}-title`} className="export-dialog__title">
          Map {file.name} onto {pathway.title}
        </h2>
        <button
          type="button"
          className="button export-dialog__close"
          onClick={() => {
            dialog.current?.close();
          }}
        >
          Cancel
        </button>
      </header>
      <div className="mapping__body">
        {refused ? (
          <div role="alert" className="mapping__problems">
            <p>The file could not be read:</p>
            <ul>
              {refused.map((p, i) => (
                <li key={i}>{formatProblem(p)}</li>
              ))}
            </ul>
          </div>
        ) : !preview || !draft ? (
          <p role="status">Reading {file.name}…</p>
        ) : (
          <>
            <ColumnRoles
              preview={preview}
              roleOf={roleOf}
              onRole={(column, role) => {
                const from = roleOf(column);
                let next = from ? withRole(draft, from, undefined, preview, pathway) : draft;
                if (role) next = withRole(next, role, column, preview, pathway);
                setDraft(next);
              }}
            />
            <TimeFormat
              preview={preview}
              column={draft.columns.time ?? draft.columns.start}
              formats={draft.formats}
              zone={draft.zone}
              dayColumn={draft.columns.day}
              onChange={(change) => {
                setDraft({ ...draft, ...change });
              }}
            />
            <ValueMap
              title="Service"
              preview={preview}
              column={draft.columns.service}
              map={draft.services}
              targets={services}
              onChange={(map) => {
                setDraft({ ...draft, services: map });
              }}
            />
            <ValueMap
              title="Activity"
              preview={preview}
              column={activityKeyColumn(draft)}
              map={draft.activities}
              targets={ACTIVITY_TARGETS}
              onChange={(map) => {
                setDraft({ ...draft, activities: map });
              }}
            />
          </>
        )}
        {problems.length > 0 ? (
          <div role="alert" className="mapping__problems" data-testid="mapping-problems">
            <p>The mapping is not complete yet:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <footer className="mapping__footer">
        <OpenCohortButton
          label="Load profile"
          hint="A .profile.json file saved from this dialog or written for the command line's --map."
          accept=".json,application/json"
          testId="profile-file-input"
          inputLabel="Profile file"
          onFile={(f) => {
            void f.text().then((text) => {
              const r = parseProfile(text, f.name);
              if (!r.ok) {
                setProblems(r.problems.map(formatProblem));
                return;
              }
              setProblems([]);
              setDraft(draftFromProfile(r.value));
              setNote(`Loaded ${f.name}.`);
            });
          }}
        />
        <button
          type="button"
          className="button"
          disabled={!draft}
          onClick={() => {
            const profile = checked();
            if (!profile) return;
            const name = profileFileName(file.name);
            (props.saveFile ?? downloadWithin(dialog.current))({
              name,
              blob: new Blob([`${JSON.stringify(profile, null, 2)}\n`], { type: 'application/json' }),
            });
            setNote(`Saved ${name}.`);
          }}
        >
          Save profile
        </button>
        <span role="status" className="mapping__note">
          {note}
        </span>
        {props.canRemember ? (
          <label className="mapping__remember">
            <input
              type="checkbox"
              checked={remember}
              onChange={(event) => {
                setRemember(event.target.checked);
              }}
            />
            Remember this mapping for {pathway.title} on this device
          </label>
        ) : null}
        <button
          type="button"
          className="button mapping__apply"
          disabled={!draft}
          onClick={() => {
            const profile = checked();
            if (profile) props.onApply({ profile, file: profileFileName(file.name) }, remember);
          }}
        >
          Open with this mapping
        </button>
      </footer>
    </dialog>
  );
}
