import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { citiesQuery } from '../../api/queries';
import { TimeZoneContext } from '../../lib/TimeZoneContext';
import { reconcileCity, useChosenCity } from './cityStore';
import { DEFAULT_CITY } from './storedCity';

/**
 * Gives every timestamp the zone of the reader's city. A city other than Moscow is checked against
 * the server's list once it loads; offline, the saved choice applies as it is. Changing the city
 * re-renders only what reads the zone: `children` is the same element, so React skips the rest.
 */
export function CityProvider({ children }: { children: ReactNode }) {
  const city = useChosenCity();
  const stored = city.choice.kind === 'city' && city.choice.id !== DEFAULT_CITY.id;
  const cities = useQuery({ ...citiesQuery(), enabled: stored });
  useEffect(() => {
    if (cities.data !== undefined) reconcileCity(cities.data.cities);
  }, [cities.data, city]);
  return <TimeZoneContext value={city.timeZone}>{children}</TimeZoneContext>;
}
