/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameUnitDocument,
    "\n  query AuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        note\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameUnitDocument,
    "\n  query AuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        note\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      displayName\n      role\n      active\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        note\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($after: String) {\n    auditLog(first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        entityType\n        entityId\n        note\n        actor {\n          id\n          displayName\n        }\n        changes {\n          field\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;