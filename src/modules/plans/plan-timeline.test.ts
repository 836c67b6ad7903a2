import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { useTestApp } from '../../../test/support/test-app.js';

describe('action plans on the partnership timeline', () => {
  const testApp = useTestApp();

  it('shows the joint action plan among the visits and project groups, in date order', async () => {
    const response = await testApp.current.app.inject({
      method: 'GET',
      url: `/api/partnerships/${demoId('partnership:gruenau-darnytskyi')}/timeline?limit=100`,
    });
    expect(response.statusCode).toBe(200);
    const entries = response.json().items as { type: string; date: string; path: string }[];
    const plans = entries.filter((entry) => entry.type === 'action_plan');
    expect(plans).toHaveLength(1);
    expect(plans[0]!.path).toMatch(/^\/action-plans\//);
    expect(entries.map((entry) => entry.type)).toEqual(expect.arrayContaining(['exchange', 'project_group', 'action_plan']));
    const dates = entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
  });
});
