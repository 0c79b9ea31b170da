const KEY = 'ttp.token';

/** The session token, kept in localStorage so a reload stays signed in. */
export const tokenStore = {
  get: (): string | null => {
    try {
      return window.localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set: (token: string | null): void => {
    try {
      if (token) {
        window.localStorage.setItem(KEY, token);
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch {
      // private mode without storage: the session lasts until the tab closes
    }
  },
};
