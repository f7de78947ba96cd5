import { useAppUpdate } from '../../lib/appUpdate';
import './offline.css';

/** "A new version is available — Reload": shown when a new version of Newswire has been deployed. */
export function UpdatePrompt() {
  const reload = useAppUpdate();
  return (
    <div className="update-prompt-region" role="status">
      {reload !== null && (
        <p className="update-prompt">
          <span>A new version is available — </span>
          <button type="button" className="button button-small" onClick={reload}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
