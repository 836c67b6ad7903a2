import { describe, expect, it } from 'vitest';
import { slugFrom } from './workspaces.service.js';

describe('workspace addresses', () => {
  it('are readable for German, Ukrainian and mixed names', () => {
    expect(slugFrom('Amt für Stadterneuerung')).toBe('amt-fur-stadterneuerung');
    expect(slugFrom('Громада Бровари')).toBe('hromada-brovary');
    expect(slugFrom('Партнерство Київ – Лейпциг')).toBe('partnerstvo-kyiv-leiptsyh');
    expect(slugFrom('—')).toBe('workspace');
  });
});
