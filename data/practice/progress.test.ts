import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../backup/backup';
import { getProgress, markRead, setLearned } from './progress';

beforeEach(() => clearAllData());

describe('section progress', () => {
  it('keeps the first read time', async () => {
    await markRead('django/orm', 10);
    await markRead('django/orm', 20);
    expect(await getProgress('django/orm')).toEqual({ sectionId: 'django/orm', readAt: 10 });
  });

  it('marks learned (and so read), and unmarks without forgetting the read', async () => {
    await setLearned('django/q-csrf', true, 30);
    expect(await getProgress('django/q-csrf')).toEqual({
      sectionId: 'django/q-csrf',
      readAt: 30,
      learnedAt: 30,
    });
    await setLearned('django/q-csrf', false, 40);
    expect(await getProgress('django/q-csrf')).toEqual({ sectionId: 'django/q-csrf', readAt: 30 });
  });
});
