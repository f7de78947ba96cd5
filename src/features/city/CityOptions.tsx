import { useRef } from 'react';
import { useMinuteValue } from '../../lib/useMinuteValue';
import { formatClockWithOffset } from '../../lib/zonedTime';
import type { PickerOption } from './pickerOptions';

interface CityOptionsProps {
  /** The radio group's name. */
  name: string;
  options: readonly PickerOption[];
  /** Key of the reader's current choice. */
  checked: string;
  /** A choice was made; `andClose` when it was a click or Enter (arrow keys only move the choice). */
  onChoose: (option: PickerOption, andClose: boolean) => void;
}

/** The cities as native radio buttons (arrow keys, screen readers and touch for free), each with its time now. */
export function CityOptions({ name, options, checked, onChoose }: CityOptionsProps) {
  const minute = new Date(useMinuteValue((now) => now));
  const byPointer = useRef(false);
  return (
    <fieldset
      className="city-options"
      onPointerDown={() => {
        byPointer.current = true;
      }}
      onKeyDown={() => {
        byPointer.current = false;
      }}
    >
      <legend className="visually-hidden">Cities</legend>
      <ul>
        {options.map((option) => (
          <li key={option.key}>
            <label className="city-option">
              <input
                type="radio"
                name={name}
                value={option.key}
                checked={option.key === checked}
                onChange={() => onChoose(option, byPointer.current)}
                onClick={() => {
                  // A click on the city already chosen changes nothing but should still close.
                  if (byPointer.current && option.key === checked) onChoose(option, true);
                }}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  onChoose(option, true);
                }}
              />
              <span className="city-option-name">
                {option.label}
                {option.detail !== undefined && <span className="city-option-detail">{option.detail}</span>}
              </span>
              <span className="city-option-time">{formatClockWithOffset(minute, option.timeZone)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
