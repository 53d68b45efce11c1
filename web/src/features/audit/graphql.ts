import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      nodes {
        id
        at
        action
        actionLabel
        objectLabel
        note
        ip
        result
        chainSeq
        actor {
          id
          username
          displayName
        }
        changes {
          field
          label
          from
          to
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AuditActionsQuery = graphql(`
  query AuditActions {
    auditActions {
      action
      label
    }
  }
`);

export const AuditChainCheckQuery = graphql(`
  query AuditChainCheck {
    auditChainCheck {
      ok
      checkedRows
      headSeq
      firstBrokenId
      firstBrokenSeq
      reason
      checkedAt
    }
  }
`);

export const AuditArchivesQuery = graphql(`
  query AuditArchives {
    auditArchives {
      id
      upToSeq
      rows
      fileName
      fileSha256
      archivedAt
      url
      archivedBy {
        id
        displayName
      }
    }
  }
`);

export const ArchiveAuditLogMutation = graphql(`
  mutation ArchiveAuditLog {
    archiveAuditLog {
      id
      rows
      fileName
    }
  }
`);
