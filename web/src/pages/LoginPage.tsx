import { SignInScreen } from '../features/signin/SignInScreen';

/** The sign-in page inside the app (after signing out, or a session that ended): the first screen's own. */
export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  return <SignInScreen onSignedIn={onSignedIn} />;
}
