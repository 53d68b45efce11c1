import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard($asOf: Date, $regionId: ID) {
    targets(asOf: $asOf, regionId: $regionId) {
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
      periodEnded
      achieved
      available
      asOf
      byUnit {
        unit {
          id
        }
        quota
        current
      }
    }
    me {
      id
      unit {
        id
      }
    }
    dashboard(asOf: $asOf, regionId: $regionId) {
      asOf
      region {
        id
        level
      }
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
      race {
        quarter
        asOf
        published
        publishedAt
        rows {
          unit {
            id
            name
            region {
              name
            }
          }
          newMajor10Signings
          major50Signings
          landingRate
          nodesOnTimePercent
          overdueProblems
          problemExtensions
          reportsOnTimePercent
          score
          rank
        }
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
  query TargetProjects($asOf: Date, $regionId: ID) {
    targets(asOf: $asOf, regionId: $regionId) {
      code
      kind
      byUnit {
        unit {
          id
          name
        }
        quota
        current
        percent
      }
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
      pipelineHigh
      pipeline {
        id
        code
        name
        totalInvestment
        signedOn
        stage
        likelihood
        expectedSigningMonth
        leadUnit {
          id
          name
        }
      }
    }
  }
`);

export const AnnualAssessmentQuery = graphql(`
  query AnnualAssessment($year: Int!) {
    annualAssessment(year: $year) {
      year
      weights {
        key
        weight
      }
      rows {
        unit {
          id
          name
        }
        quarterScores
        quarterPublished
        targetScore
        score
        rank
      }
    }
  }
`);

export const PublishRaceMutation = graphql(`
  mutation PublishRace($quarter: String!) {
    publishRace(quarter: $quarter) {
      quarter
      published
      publishedAt
    }
  }
`);
