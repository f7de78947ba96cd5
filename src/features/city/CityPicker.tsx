import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../../api/client';
import { citiesQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { chooseCity, useChosenCity } from './cityStore';
import { CityOptions } from './CityOptions';
import { filterOptions, optionKey, pickerOptions, type PickerOption } from './pickerOptions';
import './cityPicker.css';

interface CityPickerProps {
  /** Called once the dialog has closed (Done, Escape, a click outside, or a city clicked). */
  onClose: () => void;
}

/**
 * "Select the city": a modal dialog with a filter and one radio button per city. A choice applies at
 * once (arrow keys move through the cities); a click or Enter in the filter also closes the dialog.
 */
export function CityPicker({ onClose }: CityPickerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const current = useChosenCity();
  const cities = useQuery(citiesQuery());
  const [query, setQuery] = useState('');
  const ids = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    // Not closed in a cleanup: a closed dialog fires `close` later, which would end a StrictMode remount.
    if (!element.open) element.showModal();
    element.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);

  const options = filterOptions(pickerOptions(cities.data?.cities, current.choice), query);
  const close = () => dialog.current?.close();
  const choose = (option: PickerOption, andClose: boolean) => {
    chooseCity(option.choice);
    if (andClose) close();
  };
  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = options[0];
    if (event.key !== 'Enter' || first === undefined) return;
    event.preventDefault();
    choose(first, true);
  };

  return (
    <dialog
      ref={dialog}
      className="city-picker"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) close(); // a click on the backdrop
      }}
    >
      <div className="city-picker-body">
        <div className="city-picker-head">
          <h2 id={`${ids}-title`}>Select the city</h2>
          <button type="button" className="button" onClick={close}>
            Done
          </button>
        </div>
        <p className="city-picker-hint">Every time on Newswire is shown in the city you choose, with its offset from UTC.</p>
        <label className="city-picker-filter-label" htmlFor={`${ids}-filter`}>
          Find a city
        </label>
        <input
          id={`${ids}-filter`}
          className="city-picker-filter"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${ids}-count`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onFilterKey}
        />
        <p id={`${ids}-count`} className="visually-hidden" aria-live="polite">
          {query.trim() === '' ? '' : options.length === 1 ? '1 city found; Enter chooses it' : `${String(options.length)} cities found`}
        </p>
        {cities.isPending && cities.fetchStatus === 'fetching' && (
          <p className="city-picker-status" role="status">
            Loading the list of cities…
          </p>
        )}
        {cities.isPending && cities.fetchStatus === 'paused' && (
          <p className="city-picker-status" role="status">
            You are offline, so the list of cities cannot be loaded; it will appear when the connection returns. Your saved choice still applies.
          </p>
        )}
        {cities.isError && (
          <ErrorMessage title="The list of cities is unavailable" message={errorMessage(cities.error)} onRetry={() => void cities.refetch()} />
        )}
        {options.length === 0 ? (
          <p className="city-picker-status">No city matches “{query.trim()}”.</p>
        ) : (
          <CityOptions name={`${ids}-city`} options={options} checked={optionKey(current.choice)} onChoose={choose} />
        )}
      </div>
    </dialog>
  );
}
