/**
 * A hint kept in the browser that it signed in last time: the app then loads at once, without asking
 * first. Only a hint — the server decides, and a stale one ends on the sign-in page as any lost session does.
 */
const HINT_KEY = 'zdyq.signedIn';

export function rememberSignedIn(yes: boolean): void {
  try {
    if (yes) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {}
}

export function probablySignedIn(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}
