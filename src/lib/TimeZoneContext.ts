import { createContext, useContext } from 'react';
import { DEFAULT_TIME_ZONE } from './zonedTime';

/** The IANA zone every timestamp is shown in (the reader's chosen city); Moscow by default. */
export const TimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

/** The zone timestamps are shown in. */
export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}
