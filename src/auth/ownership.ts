import { NotFoundError } from '../common/domain-error';
import { Principal } from './principal';

/**
 * The association a caller may address through `/v1/associations/{id}/…`: platform admins any,
 * an association key only its own. Another association's id is answered as "not found" so
 * callers cannot probe which ids exist.
 */
export function addressableAssociationId(principal: Principal, associationId: string): string {
  if (principal.kind === 'admin') return associationId;
  if (principal.kind === 'association' && principal.associationId === associationId) return associationId;
  throw new NotFoundError('Association');
}
