import { onDemand, useOnDemandDialog } from '../../lib/useOnDemandDialog';
import { useChosenCity } from './cityStore';
import { HeaderClock } from './HeaderClock';
import './city.css';

// The picker (list, filter, dialog) loads on demand: the first load carries only this button and the clock.
const loadPicker = onDemand(async () => (await import('./CityPicker')).CityPicker);

const UNAVAILABLE = 'The list of cities could not be opened: Newswire cannot reach its server. Check your connection and try again.';

/** "Select the city" in the masthead: the chosen city (a button opening the picker) and its current time. */
export function CityMenu() {
  const city = useChosenCity();
  const { button, Component: Picker, failed, open, preload, close, dismissFailure } = useOnDemandDialog(loadPicker);

  return (
    <div className="city-menu">
      <button
        ref={button}
        type="button"
        className="masthead-button city-button"
        aria-haspopup="dialog"
        aria-expanded={Picker !== null}
        onClick={open}
        onPointerEnter={preload}
        onFocus={preload}
      >
        <span className="city-button-prefix">Select the city:</span> <span className="city-button-name">{city.label}</span>
        <svg className="city-button-arrow" viewBox="0 0 10 6" width="10" height="6" aria-hidden="true" focusable="false">
          <path d="M1 1l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      <HeaderClock label={city.choice.kind === 'local' ? city.label : `Time in ${city.label}`} timeZone={city.timeZone} />
      {failed && (
        <div className="masthead-error" role="alert">
          <p>{UNAVAILABLE}</p>
          <button type="button" className="button" onClick={dismissFailure}>
            Close
          </button>
        </div>
      )}
      {Picker !== null && <Picker onClose={close} />}
    </div>
  );
}
