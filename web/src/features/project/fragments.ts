import { graphql } from '../../gql';

/** Everything the project page shows; mutations return it so the page updates in place. */
export const ProjectDetailFragment = graphql(`
  fragment ProjectDetail on Project {
    id
    code
    likelihood
    expectedSigningMonth
    conflict
    investorRecord {
      id
      creditCode
    }
    lead {
      id
      title
    }

    name
    investor
    industry
    source
    isManufacturing
    isForeign
    foreignInvestmentUsd
    totalInvestmentUsd
    isChainProject
    kind {
      kind
      name
    }
    totalInvestment
    fixedAssetInvestment
    landArea
    responsibleLeader
    latitude
    longitude
    address
    stage
    signedOn
    startedOn
    acceptedOn
    productionOn
    capacityOn
    terminatedOn
    terminationReason
    tier
    countsTowardTarget
    light
    version
    viewerCanEdit
    createdAt
    updatedAt
    leadUnit {
      id
      name
    }
    platform {
      id
      name
    }
    owner {
      id
      displayName
    }
    responsibleLeaderUser {
      id
      displayName
    }
    serviceOfficer {
      id
      displayName
    }
    milestones {
      id
      key
      name
      plannedOn
      baselineOn
      actualOn
      note
      late
      lateAgainstBaseline
      slipDays
      settledByStage
      completedByStage
      status
    }
    problems {
      id
      title
      status
      level
      dueOn
      overdue
      leadUnit {
        id
        name
      }
    }
    stageEvents {
      id
      from
      to
      on
      note
      isCorrection
      at
      by {
        id
        displayName
      }
    }
    history {
      id
      at
      action
      note
      actor {
        id
        displayName
      }
      changes {
        field
        from
        to
      }
    }
  }
`);
