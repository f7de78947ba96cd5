import { useState } from 'react';
import { followStore, isFollowed, setFollowed, type Follow } from '../lib/follows';
import './follow.css';

interface FollowButtonProps {
  follow: Follow;
  /** Beside a tag: only "Follow" / "Following" shows, the name is in the accessible name. */
  compact?: boolean;
}

const REFUSED = {
  full: 'You follow 100 already: unfollow one on My News first.',
  unsaved: 'This browser would not store it: followed for this visit only.',
};

/**
 * "Follow <name>" (a toggle button; "Following <name>" when pressed). Follows live on this device,
 * so the button needs the script: without it, it is not shown.
 */
export function FollowButton({ follow, compact = false }: FollowButtonProps) {
  const followed = isFollowed(followStore.use(), follow.kind, follow.slug);
  const [refusal, setRefusal] = useState('');
  const verb = followed ? 'Following' : 'Follow';
  return (
    <span className="follow needs-script">
      <button
        type="button"
        className={compact ? 'follow-button follow-compact' : 'button button-small follow-button'}
        aria-pressed={followed}
        aria-label={`${verb} ${follow.name}`}
        onClick={() => {
          const outcome = setFollowed(follow, !followed);
          setRefusal(outcome === 'saved' ? '' : REFUSED[outcome]);
        }}
      >
        <span aria-hidden="true" className="follow-mark">
          {followed ? '✓' : '+'}
        </span>
        {compact ? verb : `${verb} ${follow.name}`}
      </button>
      <span role="status" className="follow-status">
        {refusal}
      </span>
    </span>
  );
}
