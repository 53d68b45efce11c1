import { graphql } from '../../gql';

export const MeetingsQuery = graphql(`
  query Meetings {
    meetings(first: 100) {
      id
      kind
      title
      heldOn
      chair {
        id
        displayName
      }
      decisions {
        id
        status
      }
    }
  }
`);

export const MeetingFragment = graphql(`
  fragment MeetingDetail on Meeting {
    id
    kind
    title
    heldOn
    minutes
    version
    chair {
      id
      displayName
    }
    attendingUnits {
      id
      name
    }
    agenda {
      id
      title
      source
      project {
        id
        name
      }
      problem {
        id
        status
      }
    }
    decisions {
      id
      title
      status
      dueOn
      overdue
      project {
        id
        name
      }
      leadUnit {
        id
        name
      }
      coUnits {
        id
        name
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingDetail
    }
  }
`);

export const UnitsQuery = graphql(`
  query MeetingUnits {
    units {
      id
      name
      kind
    }
  }
`);

export const MeetingFormOptionsQuery = graphql(`
  query MeetingFormOptions {
    leaders {
      id
      displayName
    }
    units {
      id
      name
      kind
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: MeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingUpdateInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      ...MeetingDetail
    }
  }
`);

export const AddDecisionMutation = graphql(`
  mutation AddMeetingDecision($meetingId: ID!, $input: MeetingDecisionInput!) {
    addMeetingDecision(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);

export const BulletinsQuery = graphql(`
  query Bulletins {
    bulletins(first: 100) {
      id
      kind
      period
      asOf
      title
      issuedAt
      downloadUrl
      issuedBy {
        id
        displayName
      }
    }
  }
`);

export const IssueBulletinMutation = graphql(`
  mutation IssueBulletin($input: BulletinInput!) {
    issueBulletin(input: $input) {
      id
      title
    }
  }
`);
