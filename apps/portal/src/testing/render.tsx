import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders, AppRoutes } from '../app';
import { tokenStore } from '../lib/token-store';
import { fixtureClient, type Fixtures } from './urql';

/** Renders the whole portal at a path, signed in (unless `signedIn: false`), answering from fixtures. */
export function renderApp(path: string, fixtures: Fixtures, options: { signedIn?: boolean } = {}) {
  if (options.signedIn !== false) {
    tokenStore.set('fixture-token');
  }
  const fixture = fixtureClient({
    UnreadNotificationCount: { data: { unreadNotificationCount: 0 } },
    ...fixtures,
  });
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders createClient={() => fixture.client}>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
  return { ...view, ...fixture };
}
