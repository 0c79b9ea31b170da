import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '../lib/token-store';
import { enterpriseMe, pendingMe, connection } from '../testing/fixtures';
import { renderApp } from '../testing/render';
import { graphqlError } from '../testing/urql';

const submit = (name: RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('sign in and register', () => {
  it('says the e-mail or password is wrong on UNAUTHENTICATED, whatever the message', async () => {
    renderApp('/login', { Login: graphqlError('UNAUTHENTICATED', 'x') }, { signedIn: false });
    fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: 'a@b.cn' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong-password' } });
    submit(/登\s*录/);
    expect(await screen.findByText('邮箱或密码不正确')).toBeTruthy();
    expect(tokenStore.get()).toBeNull();
  });

  it('keeps the token and goes to the enterprise home after signing in', async () => {
    renderApp(
      '/login',
      {
        Login: { data: { login: { token: 'T1' } } },
        Me: { data: { me: enterpriseMe } },
        Demands: { data: { demands: connection([]) } },
      },
      { signedIn: false },
    );
    fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: 'shu@example.cn' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Demo@2026hc' } });
    submit(/登\s*录/);
    expect(await screen.findByRole('heading', { name: '我的需求' })).toBeTruthy();
    expect(tokenStore.get()).toBe('T1');
  });

  it('explains pending membership on the register page and shows a BAD_USER_INPUT beside its field', async () => {
    const view = renderApp(
      '/register',
      { Register: graphqlError('BAD_USER_INPUT', '姓名长度须为 2–50 个字符', { field: 'displayName' }) },
      { signedIn: false },
    );
    expect(screen.getByText(/成员资格为“待审核”/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('组织全称'), { target: { value: '怀化某某科技有限公司' } });
    fireEvent.change(screen.getByLabelText('您的姓名'), { target: { value: '张三' } });
    fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: 'z@b.cn' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Passw0rd!' } });
    fireEvent.change(screen.getByLabelText('确认密码'), { target: { value: 'Passw0rd!' } });
    submit(/注\s*册/);
    expect(await screen.findByText('姓名长度须为 2–50 个字符')).toBeTruthy();
    await waitFor(() =>
      expect(view.callsOf('Register')[0]!.variables).toMatchObject({
        input: { organizationKind: 'ENTERPRISE' },
      }),
    );
  });

  it('tells a pending member what they can do', async () => {
    renderApp('/library/achievements', {
      Me: { data: { me: pendingMe } },
      Achievements: { data: { achievements: connection([]) } },
    });
    expect(await screen.findByText('成员资格待审核')).toBeTruthy();
    expect(screen.getByText('没有符合条件的成果，换个条件试试')).toBeTruthy();
  });
});
