import { DatabaseError } from 'pg';
import { DomainError } from '../common/domain-error';
import { isOutcomeUnknown, onceMoreIfOutcomeUnknown } from './pg-errors';

describe('isOutcomeUnknown / onceMoreIfOutcomeUnknown', () => {
  const serverError = Object.assign(new DatabaseError('deadlock detected', 40, 'error'), { code: '40P01' });
  const lost = new Error('Connection terminated unexpectedly');

  it('tells errors the server reported, and refusals, from lost connections', () => {
    expect(isOutcomeUnknown(serverError)).toBe(false);
    expect(isOutcomeUnknown({ message: 'QueryFailedError', driverError: serverError })).toBe(false);
    expect(isOutcomeUnknown(new DomainError('insufficient_credits', 'No credits'))).toBe(false);
    expect(isOutcomeUnknown(lost)).toBe(true);
    expect(isOutcomeUnknown({ message: 'QueryFailedError', driverError: lost })).toBe(true);
  });

  it('runs once more, with again = true, only after an unknown outcome, and only once', async () => {
    const calls: boolean[] = [];
    await expect(onceMoreIfOutcomeUnknown(async (again) => (calls.push(again), again ? 'found' : Promise.reject(lost)))).resolves.toBe(
      'found',
    );
    expect(calls).toEqual([false, true]);

    calls.length = 0;
    await expect(onceMoreIfOutcomeUnknown(async (again) => (calls.push(again), Promise.reject(lost)))).rejects.toBe(lost);
    expect(calls).toEqual([false, true]);

    calls.length = 0;
    await expect(onceMoreIfOutcomeUnknown(async (again) => (calls.push(again), Promise.reject(serverError)))).rejects.toBe(serverError);
    expect(calls).toEqual([false]);
  });
});
