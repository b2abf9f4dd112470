import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Cue } from '@shared/teams/transcript';
import { passageSummary } from './passage-summary';

/** How far the pointer travels to move the boundary by one passage. */
const PIXELS_PER_PASSAGE = 14;
const PAGE = 10;

const KEY_STEPS: Record<string, (start: number, earliest: number, latest: number) => number> = {
  ArrowUp: (start) => start - 1,
  ArrowLeft: (start) => start - 1,
  ArrowDown: (start) => start + 1,
  ArrowRight: (start) => start + 1,
  PageUp: (start) => start - PAGE,
  PageDown: (start) => start + PAGE,
  Home: (_start, earliest) => earliest,
  End: (_start, _earliest, latest) => latest,
};

interface BoundaryHandleProps {
  number: number;
  cues: readonly Cue[];
  /** The passage the item starts with now. */
  start: number;
  /** The earliest and latest passages it may start with: the neighbouring items' starts. */
  earliest: number;
  latest: number;
  moveTo: (start: number) => void;
}

/**
 * The boundary between this item and the one before, as a bar the secretary drags up or down, or
 * moves with the arrow keys (Page Up/Down by ten passages, Home/End to the neighbouring items): a
 * slider over the transcript's passages, so a screen reader says where the item would start.
 */
export function BoundaryHandle({
  number,
  cues,
  start,
  earliest,
  latest,
  moveTo,
}: BoundaryHandleProps) {
  const [dragging, setDragging] = useState<{ fromY: number; target: number } | null>(null);
  const handle = useRef<HTMLDivElement>(null);
  const within = (passage: number) => Math.min(latest, Math.max(earliest, passage));
  const shown = dragging?.target ?? start;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const target = within(step(start, earliest, latest));
    if (target !== start) moveTo(target);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.current?.focus();
    handle.current?.setPointerCapture(event.pointerId);
    setDragging({ fromY: event.clientY, target: start });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!dragging) return;
    const by = Math.round((event.clientY - dragging.fromY) / PIXELS_PER_PASSAGE);
    setDragging({ ...dragging, target: within(start + by) });
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (!dragging) return;
    handle.current?.releasePointerCapture(event.pointerId);
    setDragging(null);
    if (dragging.target !== start) moveTo(dragging.target);
  }

  return (
    <div className="teams-boundary">
      <div
        ref={handle}
        className={`teams-boundary__handle${dragging ? ' teams-boundary__handle--dragging' : ''}`}
        role="slider"
        tabIndex={0}
        aria-label={`Start of item ${number}`}
        aria-orientation="vertical"
        aria-valuemin={earliest + 1}
        aria-valuemax={Math.min(latest + 1, cues.length)}
        aria-valuenow={shown + 1}
        aria-valuetext={`passage ${shown + 1} of ${cues.length}: ${passageSummary(cues[shown])}`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDragging(null)}
      >
        <span aria-hidden="true" className="teams-boundary__grip">
          ⠿
        </span>
        <span>
          {dragging
            ? `Release to start item ${number} at passage ${shown + 1}`
            : `Item ${number} starts here: drag up or down, or use the arrow keys`}
        </span>
      </div>
      {dragging && (
        <p className="teams-boundary__preview">Would start at {passageSummary(cues[shown])}</p>
      )}
    </div>
  );
}
