import { lazy, Suspense, useId, useRef, useState } from 'react';
import { isMuted, muteStore, setMuted, type Mute } from '../lib/mutes';
import './follow.css';
// With a Mute control on the page, the lists follow the mutes at once (src/lib/muteLoader.ts).
import './MutedNotice';

const MutePreview = lazy(async () => ({ default: (await import('../features/mutes/MutePreview')).MutePreview }));

interface MuteButtonProps {
  mute: Mute & { kind: 'person' | 'topic' };
  /** Beside a tag: only "Mute" / "Unmute" shows, the name is in the accessible name. */
  compact?: boolean;
}

const REFUSED = {
  full: 'You keep 200 mutes already: remove one on My News first.',
  unsaved: 'This browser would not store it: for this visit only.',
};

/**
 * "Mute <name>": opens a preview of what it would hide (of the newest 100 stories), muted once the
 * reader confirms (Escape or Cancel closes it); "Unmute <name>" once muted. Mutes live on this device: without the script it is not shown.
 */
export function MuteButton({ mute, compact = false }: MuteButtonProps) {
  const muted = isMuted(muteStore.use(), mute);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const panel = useId();
  const verb = muted ? 'Unmute' : 'Mute';
  const done = (on: boolean | null) => {
    setOpen(false);
    if (on !== null) {
      const outcome = setMuted(mute, on);
      setStatus(outcome === 'saved' ? `${mute.name} is ${on ? 'muted' : 'no longer muted'}.` : REFUSED[outcome]);
    }
    button.current?.focus();
  };
  return (
    <span
      className="follow mute needs-script"
      onKeyDown={(event) => {
        if (open && event.key === 'Escape') done(null);
      }}
    >
      <button
        ref={button}
        type="button"
        className={compact ? 'follow-button follow-compact' : 'button button-small follow-button'}
        aria-label={`${verb} ${mute.name}`}
        aria-expanded={muted ? undefined : open}
        aria-controls={open ? panel : undefined}
        onClick={() => (muted ? done(false) : setOpen(!open))}
      >
        {compact ? verb : `${verb} ${mute.name}`}
      </button>
      {open && (
        <Suspense fallback={<span role="status">Loading the preview…</span>}>
          <MutePreview id={panel} mute={mute} onMute={() => done(true)} onCancel={() => done(null)} />
        </Suspense>
      )}
      <span role="status" className="follow-status">
        {status}
      </span>
    </span>
  );
}
