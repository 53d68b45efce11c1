import { graphql } from '../../gql';

export const BackupFieldsFragment = graphql(`
  fragment BackupFields on Backup {
    id
    fileName
    status
    startedAt
    finishedAt
    size
    sha256
    error
    scheduledFor
    downloadUrl
    startedBy {
      id
      displayName
    }
  }
`);

export const BackupsQuery = graphql(`
  query Backups {
    backups {
      ...BackupFields
    }
  }
`);

export const StartBackupMutation = graphql(`
  mutation StartBackup {
    startBackup {
      ...BackupFields
    }
  }
`);
