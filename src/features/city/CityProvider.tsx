import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { citiesQuery } from '../../api/queries';
import { TimeZoneContext } from '../../lib/TimeZoneContext';
import { reconcileCity, useChosenCity } from './cityStore';
import { DEFAULT_CITY } from './storedCity';

/**
 * Gives every timestamp the zone of the reader's city. A stored city other than Moscow is checked
 * against the server's list once it loads; offline, the saved choice applies as it is. Changing the city
 * re-renders only what reads the zone: `children` is the same element, so React skips the rest.
 */
export function CityProvider({ children }: { children: ReactNode }) {
  const city = useChosenCity();
  const { choice } = city;
  // Anything but the untouched default is checked, a hand-edited "moscow" with another zone included.
  const stored = choice.kind === 'city' && (choice.id !== DEFAULT_CITY.id || choice.name !== DEFAULT_CITY.name || choice.timeZone !== DEFAULT_CITY.timeZone);
  const cities = useQuery({ ...citiesQuery(), enabled: stored });
  useEffect(() => {
    if (cities.data !== undefined) reconcileCity(cities.data.cities);
  }, [cities.data, city]);
  return <TimeZoneContext value={city.timeZone}>{children}</TimeZoneContext>;
}
