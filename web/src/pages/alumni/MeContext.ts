import { createContext, useContext } from 'react';
import type { components } from '../../api/schema';

export type Me = components['schemas']['AlumnusResponseDto'];

export interface MeState {
  me: Me;
  setMe(me: Me): void;
  reload(): Promise<void>;
}

export const MeContext = createContext<MeState | null>(null);

/** The signed-in alumnus, loaded once by AlumniLayout. */
export function useMe(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMe outside AlumniLayout');
  return state;
}
