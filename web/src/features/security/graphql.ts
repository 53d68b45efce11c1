import { graphql } from '../../gql';

/** Accounts as the security administrator sees them: no units (those are the business roles' data). */
export const SecurityUsersQuery = graphql(`
  query SecurityUsers {
    users {
      id
      username
      displayName
      role
      active
      locked
      mustChangePassword
      twoFactorEnabled
      demo
      governmentIdentity
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($id: ID!, $role: Role!) {
    setUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const ResetTwoFactorMutation = graphql(`
  mutation ResetTwoFactor($userId: ID!) {
    disableTwoFactor(userId: $userId)
  }
`);

export const SecuritySettingsQuery = graphql(`
  query SecuritySettings {
    securitySettings {
      passwordMaxAgeDays
      lockoutFailures
      lockoutMinutes
      passwordMinLength
      passwordHistory
      sessionIdleMinutes
      sessionMaxHours
      twoFactorRequired
      auditRetentionDays
      updatedAt
    }
  }
`);

export const SetSecuritySettingsMutation = graphql(`
  mutation SetSecuritySettings($input: SecuritySettingsInput!) {
    setSecuritySettings(input: $input) {
      passwordMaxAgeDays
      lockoutFailures
      lockoutMinutes
      updatedAt
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($id: ID!) {
    unlockAccount(id: $id)
  }
`);
