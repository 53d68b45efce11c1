import { graphql } from '../../gql';

/** The account fields the users table shows; every user query and mutation returns them. */
export const AdminUserFragment = graphql(`
  fragment AdminUser on User {
      id
      username
      displayName
      role
      active
      locked
      mustChangePassword
      twoFactorEnabled
      demo
      reportReviewer
      unit {
        id
        name
      }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users {
      ...AdminUser
    }
    units {
      id
      name
      kind
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUser
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...AdminUser
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($id: ID!, $newPassword: String!) {
    resetPassword(id: $id, newPassword: $newPassword)
  }
`);

export const UnitsQuery = graphql(`
  query Units {
    units {
      id
      name
      kind
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($name: String!, $kind: UnitKind!) {
    createUnit(name: $name, kind: $kind) {
      id
      name
      kind
    }
  }
`);

export const RenameUnitMutation = graphql(`
  mutation RenameUnit($id: ID!, $name: String!) {
    renameUnit(id: $id, name: $name) {
      id
      name
    }
  }
`);

/** 项目类型 and their node templates, as the editor shows and saves them. */
export const NodeTemplateFields = graphql(`
  fragment NodeTemplateFields on NodeTemplate {
    kind
    name
    version
    projectCount
    updatedAt
    nodes {
      key
      name
      months
      stage
    }
  }
`);

export const NodeTemplatesQuery = graphql(`
  query NodeTemplates {
    nodeTemplates {
      ...NodeTemplateFields
    }
  }
`);

export const SaveNodeTemplateMutation = graphql(`
  mutation SaveNodeTemplate($input: NodeTemplateInput!) {
    saveNodeTemplate(input: $input) {
      ...NodeTemplateFields
    }
  }
`);
