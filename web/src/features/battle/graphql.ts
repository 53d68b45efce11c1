import { graphql } from '../../gql';

export const BattleMapQuery = graphql(`
  query BattleMap($minTier: Tier) {
    battleMap(minTier: $minTier) {
      id
      code
      name
      totalInvestment
      tier
      stage
      responsibleLeader
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
        name
        plannedOn
        status
      }
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
    appConfig {
      mapTileUrl
      mapTileAttribution
    }
  }
`);
