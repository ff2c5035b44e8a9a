import type { ReactNode } from 'react';
import { formatProblem } from '../../core/problems.ts';
import { useEditor } from './EditorStore.tsx';

/**
 * The editor's live check: the schema's messages for the pathway as it is now (field, value, what is
 * allowed), or a line saying it is valid; and why the last change was not made, if it was not. Polite
 * live regions, so a screen reader hears a problem appear and go.
 */
export function EditorProblems(): ReactNode {
  const problems = useEditor((c) => c.problems);
  const refused = useEditor((c) => c.refused);
  return (
    <div className="editor-problems">
      <div role="status" aria-live="polite" data-testid="editor-validity">
        {problems.length === 0 ? (
          <p className="editor-problems__ok">
            <span aria-hidden="true">✓ </span>The pathway is valid.
          </p>
        ) : (
          <>
            <p className="editor-problems__bad">
              <span aria-hidden="true">⚠ </span>
              {problems.length === 1 ? 'One problem' : `${String(problems.length)} problems`} to fix before
              the pathway can be saved:
            </p>
            <ul className="editor-problems__list">
              {problems.map((p, i) => (
                <li key={i}>
                  <code>{formatProblem(p)}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p role="alert" className="editor-problems__refused" data-testid="editor-refused">
        {refused ? `Not changed: ${refused}` : null}
      </p>
    </div>
  );
}
