import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Pathway } from '../../core/pathway/types.ts';
import { formatProblem, type Problem } from '../../core/problems.ts';
import { discoveryDraft, profileOfDiscovery } from '../../core/profile/preview/discoveryDraft.ts';
import {
  draftFromPreview,
  draftFromProfile,
  profileOfDraft,
  withRole,
  type DraftRole,
  type MappingDraft,
} from '../../core/profile/preview/mappingDraft.ts';
import { parseProfile, validateProfile } from '../../core/profile/parseProfile.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import type { PreviewResult, ProfileChoice } from '../data/cohortClientTypes.ts';
import { downloadWithin, type ExportedFile } from '../export/saveAndCopy.ts';
import { useModalDialog } from '../export/useModalDialog.ts';
import { ColumnRoles } from './ColumnRoles.tsx';
import { DiscoveredServices } from './DiscoveredServices.tsx';
import { MappingFooter } from './MappingFooter.tsx';
import { TimeFormat } from './TimeFormat.tsx';
import { unmappedProblems } from './unmappedProblems.ts';
import { ValueMaps } from './ValueMaps.tsx';
import './mapping.css';

export interface MappingDialogProps {
  /** The user's export. */
  readonly file: File;
  /**
   * The pathway its services and activities are mapped onto. Absent: discovery mode ("Start from data"),
   * where only the columns' roles and the time format are asked for and a pathway is discovered from the
   * file's own service values (CONTRACT §6).
   */
  readonly pathway?: Pathway | undefined;
  /** Reads the file's first rows, columns and distinct values (in the cohort worker). */
  readonly previewFile: (file: File) => Promise<PreviewResult>;
  /** A profile to start from (remembered on this device, or the one the file was refused with). */
  readonly initial?: ProfileChoice | undefined;
  /** Offer to remember the mapping for this pathway on this device. */
  readonly canRemember?: boolean | undefined;
  /**
   * Open the file with this profile; `remember`: the user asked to keep it on this device. May answer with
   * the problems the file was refused with: the dialog stays open and lists them.
   */
  readonly onApply: (
    choice: ProfileChoice,
    remember: boolean,
  ) => Promise<readonly Problem[] | null> | undefined;
  readonly onClose: () => void;
  /** Where a saved profile goes; by default the browser downloads it. */
  readonly saveFile?: ((file: ExportedFile) => void) | undefined;
}

/** What the dialog lists under its sections: why the mapping was not used yet. */
interface Problems {
  readonly title: string;
  readonly items: readonly string[];
}

const INCOMPLETE = 'The mapping is not complete yet:';

/** `camhs-export.csv` → `camhs-export.profile.json`. */
export const profileFileName = (fileName: string): string =>
  `${fileName.replace(/\.[^.]*$/, '') || 'export'}.profile.json`;

/**
 * The mapping dialog (CONTRACT §5): a user's export that does not match §2 is read through an import
 * profile made here — each column's role, the time format with a live preview, and the service and
 * activity values mapped onto the pathway's ids — then opened. In discovery mode (no pathway) only the
 * roles and the time format are asked for: the service values stay as they are and a pathway is
 * discovered from them. Save profile / Load profile write and read the same JSON as the command line's
 * `--map`. The file itself is read in the worker, so a large export keeps the page responsive. A native
 * modal `<dialog>`: focus stays inside, Esc closes.
 */
export function MappingDialog(props: MappingDialogProps): ReactNode {
  const { file, pathway, previewFile, initial } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog, props.onClose);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [refused, setRefused] = useState<readonly Problem[] | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [note, setNote] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const problemsBox = useRef<HTMLDivElement>(null);
  // Listed problems are brought into view (the alert is read out as well).
  useEffect(() => {
    if (problems) problemsBox.current?.scrollIntoView({ block: 'nearest' });
  }, [problems]);
  useEffect(() => {
    let live = true;
    void previewFile(file).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setRefused(r.problems);
        return;
      }
      setPreview(r.preview);
      setDraft(
        initial
          ? draftFromProfile(initial.profile)
          : pathway
            ? draftFromPreview(r.preview, pathway)
            : discoveryDraft(r.preview),
      );
    });
    return () => {
      live = false;
    };
  }, [file, pathway, previewFile, initial]);
  const incomplete = (items: readonly string[]) => {
    setProblems(items.length > 0 ? { title: INCOMPLETE, items } : null);
  };

  /** The profile, validated: problems are listed (field and what is allowed) instead. */
  const checked = () => {
    if (!draft || !preview) return null;
    const object = pathway ? profileOfDraft(draft) : profileOfDiscovery(draft);
    const r = validateProfile(object, profileFileName(file.name));
    if (!r.ok) {
      incomplete(r.problems.map(formatProblem));
      return null;
    }
    // Discovery maps no value: each becomes a service of its own.
    const unmapped = pathway ? unmappedProblems(draft, preview) : [];
    incomplete(unmapped);
    return unmapped.length > 0 ? null : r.value;
  };
  const roleOf = (column: string) =>
    draft
      ? (Object.entries(draft.columns).find(([, c]) => c === column)?.[0] as DraftRole | undefined)
      : undefined;
  const apply = async () => {
    const profile = checked();
    if (!profile) return;
    setBusy(true);
    setNote(pathway ? `Opening ${file.name}…` : `Discovering a pathway from ${file.name}…`);
    const answer = await props.onApply({ profile, file: profileFileName(file.name) }, remember);
    setBusy(false);
    setNote('');
    if (answer && answer.length > 0) {
      setProblems({
        title: `${file.name} could not be ${pathway ? 'opened' : 'discovered'} with this mapping:`,
        items: answer.map(formatProblem),
      });
    }
  };

  return (
    <dialog
      ref={dialog}
      className="export-dialog mapping"
      aria-labelledby={`${id}-title`}
      data-testid="mapping-dialog"
      data-mode={pathway ? 'map' : 'discover'}
    >
      <header className="export-dialog__header">
        <h2 id={`${id}-title`} className="export-dialog__title">
          {pathway ? `Map ${file.name} onto ${pathway.title}` : `Discover a pathway from ${file.name}`}
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
        {pathway ? null : (
          <p className="mapping__hint">
            The log is not in Pathway Lens&apos;s columns. Say which column holds each journey, the time and
            the service, and how times are written; every service value becomes a service of a draft pathway
            you can then edit.
          </p>
        )}
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
            {pathway ? null : <DiscoveredServices preview={preview} draft={draft} />}
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
            {pathway ? (
              <ValueMaps preview={preview} pathway={pathway} draft={draft} onChange={setDraft} />
            ) : null}
          </>
        )}
        {problems ? (
          <div ref={problemsBox} role="alert" className="mapping__problems" data-testid="mapping-problems">
            <p>{problems.title}</p>
            <ul>
              {problems.items.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <MappingFooter
        ready={draft !== null}
        note={note}
        onLoadProfile={(f) => {
          void f.text().then((text) => {
            const r = parseProfile(text, f.name);
            if (!r.ok) {
              incomplete(r.problems.map(formatProblem));
              return;
            }
            setProblems(null);
            setDraft(draftFromProfile(r.value));
            setNote(`Loaded ${f.name}.`);
          });
        }}
        onSave={() => {
          const profile = checked();
          if (!profile) return;
          const name = profileFileName(file.name);
          (props.saveFile ?? downloadWithin(dialog.current))({
            name,
            blob: new Blob([`${JSON.stringify(profile, null, 2)}\n`], { type: 'application/json' }),
          });
          setNote(`Saved ${name}.`);
        }}
        rememberFor={props.canRemember && pathway ? pathway.title : undefined}
        remember={remember}
        onRemember={setRemember}
        applyLabel={pathway ? 'Open with this mapping' : 'Discover the pathway'}
        busy={busy}
        onApply={() => {
          void apply();
        }}
      />
    </dialog>
  );
}
