import { useDeferredValue, useId, useState } from 'react';
import { Link } from 'react-router';
import { cleanPhrase, MAX_PHRASE, muteKey, muteName, muteStore, setMuted, type Mute } from '../../lib/mutes';
import { MuteImpact } from './MutePreview';
import '../../components/follow.css';
// The lists of this page follow the mutes at once (src/lib/muteLoader.ts).
import '../../components/MutedNotice';
import './mutes.css';

const KIND_PATH = { person: '/persons', topic: '/topics' };

/** Why a typed phrase cannot be muted, or null when it can. */
function phraseProblem(text: string): string | null {
  if (text.trim() === '') return 'Type a word or phrase to mute.';
  if (text.normalize('NFKC').trim().length > MAX_PHRASE) return `A muted phrase is at most ${String(MAX_PHRASE)} characters.`;
  if (cleanPhrase(text) === null) return 'A muted word needs at least one letter or digit.';
  return null;
}

/**
 * The reader's mutes on My News: a word or phrase to mute, previewed on the newest 100 stories as it
 * is typed, and every mute with its Unmute button.
 */
export function MuteManager() {
  const mutes = muteStore.use();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const typed = useDeferredValue(text);
  const phrase = cleanPhrase(typed);
  const errorId = useId();
  const save = (mute: Mute, on: boolean) => {
    const outcome = setMuted(mute, on);
    setStatus(
      outcome === 'full'
        ? 'You keep 200 mutes already: remove one first.'
        : `${muteName(mute)} ${on ? 'is muted' : 'is no longer muted'}${outcome === 'unsaved' ? ' for this visit only (this browser would not store it)' : ''}.`,
    );
    return outcome !== 'full';
  };
  return (
    <section aria-labelledby="mutes-heading" className="my-mutes" id="mutes">
      <h2 id="mutes-heading" className="block-heading">
        Your mutes
      </h2>
      <p>Stories with a muted word or phrase, person or topic leave the feed, the sections, Top stories, Most read and My News. Search still finds them, marked “Muted”.</p>
      <form
        aria-label="Mute a word or phrase"
        onSubmit={(event) => {
          event.preventDefault();
          const problem = phraseProblem(text);
          setError(problem);
          const clean = cleanPhrase(text);
          if (problem === null && clean !== null && save({ kind: 'word', phrase: clean }, true)) setText('');
        }}
      >
        <label>
          Mute a word or phrase
          <input
            type="text"
            value={text}
            maxLength={MAX_PHRASE * 2}
            autoComplete="off"
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : errorId}
            onChange={(event) => {
              setText(event.target.value);
              setError(null);
            }}
          />
        </label>
        <button type="submit" className="button button-small">
          Mute
        </button>
        {error !== null && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </form>
      {phrase !== null && text.trim() !== '' && <MuteImpact mute={{ kind: 'word', phrase }} />}
      <p role="status" className="follow-status">
        {status}
      </p>
      {mutes.length === 0 ? (
        <p>You mute nothing. Use “Mute” beside the Persons and Topics of an article, on a topic’s or a person’s page, or type a word above.</p>
      ) : (
        <>
        <h3 className="tags-heading">{`You mute ${String(mutes.length)}`}</h3>
        <ul className="tag-list">
          {mutes.map((mute) => (
            <li key={muteKey(mute)} className="tag-item">
              {mute.kind === 'word' ? (
                <span className="tag">{muteName(mute)}</span>
              ) : (
                <Link to={`${KIND_PATH[mute.kind]}/${mute.slug}`} className="tag">
                  {mute.name}
                </Link>
              )}
              <button type="button" className="follow-button follow-compact" aria-label={`Unmute ${muteName(mute)}`} onClick={() => save(mute, false)}>
                Unmute
              </button>
            </li>
          ))}
        </ul>
        </>
      )}
    </section>
  );
}
