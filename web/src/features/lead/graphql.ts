import { graphql } from '../../gql';

export const TalkFields = graphql(`
  fragment TalkFields on Interaction {
    id
    on
    kind
    summary
    nextStep
    followUpOn
    theirParticipants
    ourParticipants {
      id
      displayName
    }
    recordedBy {
      id
      displayName
    }
  }
`);

export const DocumentFields = graphql(`
  fragment DocumentFields on ProjectDocument {
    id
    kind
    title
    signedOn
    versions {
      id
      fileName
      size
      uploadedAt
      url
      superseded
      uploadedBy {
        id
        displayName
      }
    }
  }
`);

export const ConflictFields = graphql(`
  fragment ConflictFields on InvestorConflict {
    id
    matchedOn
    foundAt
    decidedAt
    decisionNote
    leadingUnit {
      id
      name
    }
    first {
      unit {
        id
        name
      }
      lead {
        id
        title
      }
      project {
        id
        name
      }
    }
    second {
      unit {
        id
        name
      }
      lead {
        id
        title
      }
      project {
        id
        name
      }
    }
  }
`);

export const LeadsQuery = graphql(`
  query Leads($filter: LeadFilter, $first: Int, $after: String) {
    leads(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        status
        source
        industry
        intendedInvestment
        receivedOn
        conflict
        investor {
          id
          name
        }
        unit {
          id
          name
        }
        owner {
          id
          displayName
        }
      }
    }
  }
`);

export const LeadPageQuery = graphql(`
  query LeadPage($id: ID!) {
    lead(id: $id) {
      id
      title
      status
      source
      industry
      intendedInvestment
      receivedOn
      droppedOn
      dropReason
      convertedOn
      version
      conflict
      region {
        id
        name
      }
      investor {
        id
        version
        name
        creditCode
        country
        contacts {
          id
          name
          title
          phone
          email
        }
      }
      unit {
        id
        name
      }
      owner {
        id
        displayName
      }
      project {
        id
        code
        name
        stage
      }
      conflicts {
        ...ConflictFields
      }
      interactions {
        ...TalkFields
      }
      documents {
        ...DocumentFields
      }
    }
  }
`);

export const InvestorsQuery = graphql(`
  query Investors($search: String) {
    investors(search: $search, first: 20) {
      id
      name
      creditCode
    }
  }
`);

export const SaveInvestorMutation = graphql(`
  mutation SaveInvestor($input: InvestorInput!) {
    saveInvestor(input: $input) {
      id
      name
      creditCode
    }
  }
`);

export const CreateLeadMutation = graphql(`
  mutation CreateLead($input: LeadInput!) {
    createLead(input: $input) {
      id
    }
  }
`);

export const DropLeadMutation = graphql(`
  mutation DropLead($id: ID!, $version: Int!, $reason: String!) {
    dropLead(id: $id, version: $version, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const ConvertLeadMutation = graphql(`
  mutation ConvertLead($id: ID!, $version: Int!, $responsibleLeaderId: ID) {
    convertLead(id: $id, version: $version, responsibleLeaderId: $responsibleLeaderId) {
      id
    }
  }
`);

export const RecordTalkMutation = graphql(`
  mutation RecordTalk($input: InteractionInput!) {
    recordInteraction(input: $input) {
      id
    }
  }
`);

export const DecideConflictMutation = graphql(`
  mutation DecideConflict($id: ID!, $leadingUnitId: ID!, $note: String) {
    decideConflict(id: $id, leadingUnitId: $leadingUnitId, note: $note) {
      id
      decidedAt
    }
  }
`);

export const FunnelGroupFields = graphql(`
  fragment FunnelGroupFields on FunnelGroup {
    source
    unit {
      id
      name
    }
    leads
    negotiating
    signed
    started
  }
`);

export const FunnelQuery = graphql(`
  query Funnel($from: Date!, $to: Date!) {
    funnel(from: $from, to: $to) {
      from
      to
      leads
      negotiating
      signed
      started
      negotiatingRate
      signedRate
      startedRate
      medianDaysToSign
      medianDaysToStart
      bySource {
        ...FunnelGroupFields
      }
      byUnit {
        ...FunnelGroupFields
      }
      entries {
        reached
        daysToSign
        daysToStart
        lead {
          id
          title
          source
          receivedOn
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const ProjectTalksQuery = graphql(`
  query ProjectTalks($id: ID!) {
    project(id: $id) {
      id
      interactions {
        ...TalkFields
      }
      documents {
        ...DocumentFields
      }
    }
  }
`);

export const ProjectConflictsQuery = graphql(`
  query ProjectConflicts($id: ID!) {
    project(id: $id) {
      id
      conflicts {
        ...ConflictFields
      }
    }
  }
`);
