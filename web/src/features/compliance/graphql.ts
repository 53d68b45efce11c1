import { graphql } from '../../gql';

export const ComplianceTabQuery = graphql(`
  query ComplianceTab($id: ID!) {
    project(id: $id) {
      id
      name
      landArea
      viewerCanInspect
      complianceStatus
      muGrade
      agreement {
        agreedInvestment
        investmentIntensity
        landArea
        plotRatio
        startDeadline
        completionDeadline
        productionDeadline
        capacityDeadline
        annualOutput
        taxPerMu
      }
      complianceChecks {
        id
        checkedOn
        period
        result
        grade
        taxPerMu
        investmentIntensity
        action
        rectifyBy
        findings
        createdAt
        supersedes {
          id
        }
        inspector {
          id
          displayName
        }
        clauses {
          clause
          verdict
          expected
          actual
        }
        attachments {
          fileName
          url
        }
      }
    }
  }
`);

export const SetAgreementMutation = graphql(`
  mutation SetAgreement($projectId: ID!, $input: AgreementInput!) {
    setAgreement(projectId: $projectId, input: $input) {
      taxPerMu
    }
  }
`);

export const PreviewCheckQuery = graphql(`
  query PreviewCheck($input: ComplianceCheckInput!) {
    previewComplianceCheck(input: $input) {
      result
      grade
      taxPerMu
      investmentIntensity
      clauses {
        clause
        verdict
        expected
        actual
      }
    }
  }
`);

export const RecordCheckMutation = graphql(`
  mutation RecordCheck($input: ComplianceCheckInput!) {
    recordComplianceCheck(input: $input) {
      id
      result
      grade
      project {
        id
        light
        complianceStatus
        muGrade
      }
    }
  }
`);

export const InspectionsDueQuery = graphql(`
  query InspectionsDue {
    inspectionsDue {
      id
      code
      name
      stage
      tier
      complianceStatus
      muGrade
      leadUnit {
        id
        name
      }
      agreement {
        capacityDeadline
      }
    }
  }
`);

export const MeasurementsDueQuery = graphql(`
  query MeasurementsDue($id: ID!, $on: Date!) {
    project(id: $id) {
      id
      agreement {
        measurementsDue(on: $on)
      }
    }
  }
`);
