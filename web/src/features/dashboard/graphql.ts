import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard($asOf: Date) {
    targets(asOf: $asOf) {
      code
      name
      unit
      kind
      annual
      baseline
      baselineYear
      target
      current
      percent
      periodStart
      periodEnd
      elapsedPercent
      onTrack
    }
    dashboard(asOf: $asOf) {
      asOf
      stageFunnel {
        stage
        count
        investment
      }
      byIndustry {
        industry
        count
        investment
      }
      signingsByMonth {
        month
        count
        investment
      }
      byUnit {
        unit {
          id
          name
        }
        newMajor10Signings
        major50Signings
        landingRate
        nodesOnTimePercent
        overdueProblems
        reportsOnTimePercent
        score
        rank
      }
      warnings {
        overdueNodes
        projectsWithOverdueNodes
        overdueProblems
        projectsWithOverdueProblems
        nonCompliantProjects
      }
      weights {
        key
        weight
      }
    }
  }
`);

export const TargetProjectsQuery = graphql(`
  query TargetProjects($asOf: Date) {
    targets(asOf: $asOf) {
      code
      kind
      projects {
        id
        code
        name
        totalInvestment
        signedOn
        stage
        leadUnit {
          id
          name
        }
      }
      pipeline {
        id
        code
        name
        totalInvestment
        signedOn
        stage
        leadUnit {
          id
          name
        }
      }
    }
  }
`);
