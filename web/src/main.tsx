import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { probablySignedIn } from './features/signin/hint';
import { SignInScreen } from './features/signin/SignInScreen';
import { signedIn } from './features/signin/signIn';

// After a release the old page's chunks are gone: load the new page once rather than fail.
window.addEventListener('vite:preloadError', (event) => {
  const key = 'zdyq.reloadedForRelease';
  if (sessionStorage.getItem(key) === location.pathname) return;
  sessionStorage.setItem(key, location.pathname);
  event.preventDefault();
  location.reload();
});

const AppRoot = lazy(() => import('./AppRoot'));

/**
 * The address becomes /login, remembering the page asked for as the router does (its state's `usr`),
 * so the app opens that page once signed in.
 */
function toSignIn() {
  const from = `${location.pathname}${location.search}`;
  history.replaceState({ usr: from === '/' ? null : { from }, key: 'signin', idx: 0 }, '', '/login');
}

type Start = 'app' | 'sign-in' | 'asking';

/**
 * The first screen: the app at once when this browser signed in last time; else the sign-in page,
 * drawn by this entry alone (on /login at once, elsewhere once the server says nobody is signed in),
 * and the app only after signing in. A phone on a slow network waits for the app's script only
 * when it is going to use it.
 */
function Boot() {
  const [start, setStart] = useState<Start>(() =>
    probablySignedIn() ? 'app' : location.pathname === '/login' ? 'sign-in' : 'asking',
  );
  useEffect(() => {
    if (start === 'app') return;
    // A page other than /login is mostly asked for by someone signed in: its script comes meanwhile.
    if (start === 'asking') void import('./AppRoot');
    let current = true;
    // Signed in without this browser's hint (through the identity provider): the app.
    void signedIn().then((yes) => {
      if (!current) return;
      if (!yes && location.pathname !== '/login') toSignIn();
      setStart((was) => (yes ? 'app' : was === 'asking' ? 'sign-in' : was));
    });
    return () => {
      current = false;
    };
  }, [start]);
  if (start === 'asking') return null;
  if (start === 'sign-in') return <SignInScreen onSignedIn={() => setStart('app')} />;
  return (
    <Suspense fallback={null}>
      <AppRoot />
    </Suspense>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root element');
createRoot(container).render(
  <StrictMode>
    <Suspense fallback={null}>
      <Boot />
    </Suspense>
  </StrictMode>,
);
