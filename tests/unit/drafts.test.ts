import { describe, expect, it } from 'vitest';
import { draftKey, readDraft, writeDraft } from '../../src/worksheets/drafts';

describe('drafts', () => {
  it('are kept per session, plate, column and field', () => {
    const key = draftKey('ABC234', 'smjp', 'open-vraag', 'text');
    writeDraft(key, 'half getypt');
    expect(readDraft(key)).toBe('half getypt');
    expect(readDraft(draftKey('ABC234', 'smjp', 'open-vraag', 'detail'))).toBe('');
    expect(readDraft(draftKey('ABC234', 'meerjarenplan', 'open-vraag', 'text'))).toBe('');
    expect(readDraft(draftKey('XYZ234', 'smjp', 'open-vraag', 'text'))).toBe('');
  });

  it('are emptied by writing nothing', () => {
    const key = draftKey('solo', 'smjp', 'open-vraag', 'text');
    writeDraft(key, 'iets');
    writeDraft(key, '');
    expect(readDraft(key)).toBe('');
  });
});
