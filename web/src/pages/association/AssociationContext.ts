import { createContext, useContext } from 'react';

export interface AssociationSession {
  memberId: string;
  email: string;
  associationId: string;
  associationName: string;
  role: string;
  scopes: string[];
}

export const AssociationContext = createContext<AssociationSession | null>(null);

/** The signed-in member's association; pages render inside AssociationLayout, which provides it. */
export function useAssociation(): AssociationSession {
  const value = useContext(AssociationContext);
  if (!value) throw new Error('useAssociation outside AssociationLayout');
  return value;
}

/** Whether the member's role carries `scope` (the API decides; this only hides what would be refused). */
export function useCan(scope: string): boolean {
  return useAssociation().scopes.includes(scope);
}
