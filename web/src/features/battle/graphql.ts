import { graphql } from '../../gql';

export const BattleMapQuery = graphql(`
  query BattleMap($minTier: Tier) {
    battleMap(minTier: $minTier) {
      id
      code
      name
      region {
        id
        name
      }
      totalInvestment
      tier
      stage
      responsibleLeader
      responsibleLeaderUser {
        id
      }
      serviceOfficer {
        id
        displayName
      }
      light
      latitude
      longitude
      openProblemCount
      worstOpenProblemLevel
      complianceStatus
      leadUnit {
        id
        name
      }
      nextMilestone {
        id
        key
        name
        plannedOn
        status
      }
    }
    battleMapCount(minTier: $minTier)
    appConfig {
      mapTileUrl
      mapTileAttribution
    }
  }
`);

/** The nodes of the board's projects, for the timeline tab only: the board itself stays light. */
export const BattleTimelineQuery = graphql(`
  query BattleTimeline($minTier: Tier) {
    battleMap(minTier: $minTier) {
      id
      milestones {
        id
        key
        name
        baselineOn
        plannedOn
        actualOn
        status
      }
    }
  }
`);
