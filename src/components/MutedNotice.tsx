import { Link } from 'react-router';
import { storyCount } from '../lib/formatCount';
import { muteStore, muteTest, type Mute } from '../lib/mutes';
import { provideMutes, type MutesInUse } from '../lib/muteLoader';

interface MutedNoticeProps {
  /** How many stories of the list the reader's mutes hide. */
  hidden: number;
  /** True while they are shown all the same. */
  showing: boolean;
  onToggle: () => void;
}

/** "3 stories hidden by your mutes — Show · Your mutes" (then "Showing 3 stories … — Hide them"). */
export function MutedNotice({ hidden, showing, onToggle }: MutedNoticeProps) {
  const count = storyCount(hidden);
  return (
    <p className="muted-notice">
      {showing ? `Showing ${count} hidden by your mutes` : `${count} hidden by your mutes`} —{' '}
      <button type="button" className="link-button" onClick={onToggle}>
        {showing ? 'Hide them' : 'Show'}
      </button>{' '}
      · <Link to="/my#mutes">Your mutes</Link>
    </p>
  );
}

// Loaded, this module hands the lists the test of the current mutes (made once per change) and the note.
let made: { mutes: readonly Mute[]; inUse: MutesInUse } | undefined;
if (typeof window !== 'undefined') {
  provideMutes(muteStore.subscribe, () => {
    const mutes = muteStore.get();
    if (made?.mutes !== mutes) made = { mutes, inUse: { test: muteTest(mutes), Notice: MutedNotice } };
    return made.inUse;
  });
}
