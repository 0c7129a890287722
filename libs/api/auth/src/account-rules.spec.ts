import { canSeeEmail, visibleEmail } from './account-rules';

describe('email privacy', () => {
  const ada = { id: 'ada', email: 'ada@example.com' };
  const viewer = (id: string, role: 'ADMIN' | 'MEMBER') => ({ id, role, sessionId: 's' });

  it('shows a person their own email and admins everyone', () => {
    expect(visibleEmail(viewer('ada', 'MEMBER'), ada)).toBe('ada@example.com');
    expect(visibleEmail(viewer('root', 'ADMIN'), ada)).toBe('ada@example.com');
  });

  it('hides it from other members and from no one signed in', () => {
    expect(visibleEmail(viewer('bob', 'MEMBER'), ada)).toBeNull();
    expect(visibleEmail(null, ada)).toBeNull();
  });

  it('lets only admins see emails in bulk (search, exports)', () => {
    expect(canSeeEmail(viewer('root', 'ADMIN'))).toBe(true);
    expect(canSeeEmail(viewer('ada', 'MEMBER'))).toBe(false);
  });
});
