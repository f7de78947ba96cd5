import { createDeviceStore } from './deviceStore';

// When the reader last opened My News on this device (an ISO date-time), for "N new since your last visit".

/** A stored visit time, or null for none or a bad one. */
export const parseVisit = (json: unknown): string | null => (typeof json === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(json) && !Number.isNaN(Date.parse(json)) ? json : null);

export const myNewsVisitStore = createDeviceStore<string | null>('newswire.my.visit', parseVisit, null);
