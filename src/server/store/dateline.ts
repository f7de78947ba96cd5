const moscowDay = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Moscow', month: 'long', day: 'numeric' });

/** The agency's dateline: "MOSCOW, January 23. /NEWSWIRE/." (the date as in Moscow). */
export function formatDateline(place: string, publishedAt: number): string {
  const day = moscowDay.format(publishedAt);
  return place.length > 0 ? `${place}, ${day}. /NEWSWIRE/.` : `${day}. /NEWSWIRE/.`;
}
