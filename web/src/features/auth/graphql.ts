import { graphql } from '../../gql';

export const MyAccountQuery = graphql(`
  query MyAccount {
    myAccount {
      restriction
      twoFactorEnabled
      twoFactorRequired
      recoveryCodesLeft
      passwordChangedAt
      passwordExpiresOn
    }
  }
`);

export const StartTwoFactorMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      uri
      qrDataUrl
    }
  }
`);

export const ConfirmTwoFactorMutation = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactor(code: $code)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

export const DisableOwnTwoFactorMutation = graphql(`
  mutation DisableOwnTwoFactor($code: String!) {
    disableTwoFactor(code: $code)
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);
