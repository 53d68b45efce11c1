import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInOptionsQuery } from '../../gql/graphql';
import { rememberSignedIn } from './hint';
import { login, ServerRefusal, signInOptions } from './signIn';
import './signIn.css';

type Options = SignInOptionsQuery['signInOptions'];
type Field = 'username' | 'password' | 'otp';

/** Why the provider's sign-in was refused, as the server's callback names it in the address. */
function providerRefusal(): string | null {
  return new URLSearchParams(window.location.search).get('signin');
}

/**
 * The sign-in page, drawn by the first script a phone loads: plain React and its own small
 * stylesheet, no component library and no GraphQL client. The government identity provider's
 * button first where one is configured; the password form (folded away for administrators when
 * PASSWORD_LOGIN=admins); the second factor's code asked for once the password is right.
 */
export function SignInScreen({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Options | null>(null);
  const refused = providerRefusal();
  const [failure, setFailure] = useState<string | undefined>(
    refused ? t(`login.refused.${refused}`, t('login.refused.FAILED')) : undefined,
  );
  const [showPassword, setShowPassword] = useState(false);
  const [askCode, setAskCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<ReadonlySet<Field>>(new Set());

  useEffect(() => {
    signInOptions()
      .then((data) => setOptions(data.signInOptions))
      .catch(() => setOptions({ providerLabel: null, passwordLogin: 'ALL' }));
  }, []);

  const provider = options?.providerLabel;
  const passwordFolded = options?.passwordLogin === 'ADMINS' && !showPassword;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: Field) => String(form.get(name) ?? '').trim();
    const empty = new Set<Field>(
      (['username', 'password', ...(askCode ? ['otp' as const] : [])] as Field[]).filter((f) => !value(f)),
    );
    setMissing(empty);
    if (empty.size > 0) return;
    setFailure(undefined);
    setBusy(true);
    try {
      await login({ username: value('username'), password: String(form.get('password')), otp: value('otp') || null });
      rememberSignedIn(true);
      onSignedIn();
    } catch (error) {
      if (error instanceof ServerRefusal && error.code === 'TWO_FACTOR_REQUIRED' && !askCode) setAskCode(true);
      else if (error instanceof ServerRefusal) setFailure(error.message || t(`error.${error.code ?? 'unknown'}`));
      else setFailure(t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <div className="signin-card">
        <h1 className="signin-title">
          {t('app.shortTitle')} · {t('login.title')}
        </h1>
        <p className="signin-subtitle">{t('login.subtitle')}</p>
        {failure && passwordFolded && <Failure text={failure} />}
        {provider && (
          <>
            <a className="signin-button signin-primary" href="/api/auth/oidc/login">
              {provider}
            </a>
            <div className="signin-divider">
              {passwordFolded ? (
                <button type="button" className="signin-link" onClick={() => setShowPassword(true)}>
                  {t('login.adminPassword')}
                </button>
              ) : (
                <span>{t('login.orPassword')}</span>
              )}
            </div>
          </>
        )}
        {!passwordFolded && (
          <form name="login" noValidate onSubmit={submit}>
            {failure && <Failure text={failure} />}
            <TextField
              name="username"
              label={t('login.username')}
              missing={missing}
              error={t('login.usernameRequired')}
              autoComplete="username"
              autoFocus={!provider}
            />
            <TextField
              name="password"
              type="password"
              label={t('login.password')}
              missing={missing}
              error={t('login.passwordRequired')}
              autoComplete="current-password"
            />
            {askCode && (
              <TextField
                name="otp"
                label={t('login.otp')}
                hint={t('login.otpHint')}
                missing={missing}
                error={t('twoFactor.codeRequired')}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={20}
                autoFocus
              />
            )}
            <button
              type="submit"
              className={`signin-button ${provider ? '' : 'signin-primary'}`}
              disabled={busy}
              aria-busy={busy}
            >
              {t('login.submit')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}

function Failure({ text }: { text: string }) {
  return (
    <div className="signin-failure" role="alert">
      {text}
    </div>
  );
}

function TextField({
  name,
  label,
  hint,
  error,
  missing,
  ...input
}: {
  name: Field;
  label: string;
  hint?: string;
  error: string;
  missing: ReadonlySet<Field>;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const invalid = missing.has(name);
  const described = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="signin-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint && (
        <div id={`${id}-hint`} className="signin-hint">
          {hint}
        </div>
      )}
      {invalid && (
        <div id={`${id}-error`} className="signin-error">
          {error}
        </div>
      )}
    </div>
  );
}
