/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query GradeThresholds {\n    muGradeThresholds {\n      grade\n      minTaxPerMu\n    }\n  }\n": typeof types.GradeThresholdsDocument,
    "\n  mutation SetGradeThresholds($input: [GradeThresholdInput!]!) {\n    setMuGradeThresholds(input: $input) {\n      grade\n      minTaxPerMu\n    }\n  }\n": typeof types.SetGradeThresholdsDocument,
    "\n  query UnlinkedLeaders {\n    unlinkedLeaderProjects {\n      id\n      code\n      name\n      version\n      totalInvestment\n      responsibleLeader\n    }\n    leaders {\n      id\n      displayName\n    }\n  }\n": typeof types.UnlinkedLeadersDocument,
    "\n  mutation LinkLeader($id: ID!, $version: Int!, $leaderId: ID!) {\n    updateProject(id: $id, version: $version, input: { responsibleLeaderId: $leaderId }) {\n      id\n      version\n      responsibleLeader\n    }\n  }\n": typeof types.LinkLeaderDocument,
    "\n  query RaceQuarter($quarter: String!) {\n    unitRace(quarter: $quarter) {\n      quarter\n      asOf\n      published\n      publishedAt\n      rows {\n        unit {\n          id\n          name\n        }\n        score\n        rank\n      }\n    }\n  }\n": typeof types.RaceQuarterDocument,
    "\n  query AdminTargets {\n    targets {\n      code\n      name\n      unit\n      annual\n      periodEnded\n      periods {\n        periodStart\n        periodEnd\n        targetValue\n        baseline\n        baselineYear\n        quotas {\n          unit {\n            id\n            name\n          }\n          value\n        }\n        regionQuotas {\n          region {\n            id\n            name\n          }\n          value\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      region {\n        id\n      }\n    }\n    me {\n      id\n      region {\n        id\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminTargetsDocument,
    "\n  mutation UpdateTarget($code: String!, $input: TargetInput!, $periodStart: Date) {\n    updateTarget(code: $code, input: $input, periodStart: $periodStart) {\n      code\n      target\n    }\n  }\n": typeof types.UpdateTargetDocument,
    "\n  mutation AddTargetPeriod($code: String!, $input: TargetInput!) {\n    addTargetPeriod(code: $code, input: $input) {\n      code\n      target\n    }\n  }\n": typeof types.AddTargetPeriodDocument,
    "\n  mutation SetTargetQuotas($code: String!, $periodStart: Date!, $quotas: [UnitQuotaInput!]!) {\n    setTargetQuotas(code: $code, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n": typeof types.SetTargetQuotasDocument,
    "\n  mutation SetRegionQuotas($code: String!, $regionId: ID!, $periodStart: Date!, $quotas: [RegionQuotaInput!]!) {\n    setRegionQuotas(code: $code, regionId: $regionId, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n": typeof types.SetRegionQuotasDocument,
    "\n  query ScoreWeights {\n    scoreWeights {\n      key\n      weight\n    }\n  }\n": typeof types.ScoreWeightsDocument,
    "\n  mutation SetScoreWeights($input: [ScoreWeightInput!]!) {\n    setScoreWeights(input: $input) {\n      key\n      weight\n    }\n  }\n": typeof types.SetScoreWeightsDocument,
    "\n  fragment AdminUser on User {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      reportReviewer\n      unit {\n        id\n        name\n      }\n  }\n": typeof types.AdminUserFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUser\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameUnitDocument,
    "\n  fragment NodeTemplateFields on NodeTemplate {\n    kind\n    name\n    version\n    projectCount\n    updatedAt\n    nodes {\n      key\n      name\n      months\n      stage\n    }\n  }\n": typeof types.NodeTemplateFieldsFragmentDoc,
    "\n  query NodeTemplates {\n    nodeTemplates {\n      ...NodeTemplateFields\n    }\n  }\n": typeof types.NodeTemplatesDocument,
    "\n  mutation SaveNodeTemplate($input: NodeTemplateInput!) {\n    saveNodeTemplate(input: $input) {\n      ...NodeTemplateFields\n    }\n  }\n": typeof types.SaveNodeTemplateDocument,
    "\n  query AuditLog($filter: AuditFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actionLabel\n        objectLabel\n        note\n        ip\n        result\n        chainSeq\n        actor {\n          id\n          username\n          displayName\n        }\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditChainCheck {\n    auditChainCheck {\n      ok\n      checkedRows\n      headSeq\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      checkedAt\n    }\n  }\n": typeof types.AuditChainCheckDocument,
    "\n  query AuditArchives {\n    auditArchives {\n      id\n      upToSeq\n      rows\n      fileName\n      fileSha256\n      archivedAt\n      url\n      archivedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AuditArchivesDocument,
    "\n  mutation ArchiveAuditLog {\n    archiveAuditLog {\n      id\n      rows\n      fileName\n    }\n  }\n": typeof types.ArchiveAuditLogDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code)\n  }\n": typeof types.VerifySignInCodeDocument,
    "\n  query MyAccount {\n    myAccount {\n      restriction\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n      passwordChangedAt\n      passwordExpiresOn\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableOwnTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": typeof types.DisableOwnTwoFactorDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      permissions\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Restriction {\n    myAccount {\n      restriction\n      signInMethod\n    }\n  }\n": typeof types.RestrictionDocument,
    "\n  fragment BackupFields on Backup {\n    id\n    fileName\n    status\n    startedAt\n    finishedAt\n    size\n    sha256\n    error\n    scheduledFor\n    downloadUrl\n    startedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.BackupFieldsFragmentDoc,
    "\n  query Backups {\n    backups {\n      ...BackupFields\n    }\n  }\n": typeof types.BackupsDocument,
    "\n  mutation StartBackup {\n    startBackup {\n      ...BackupFields\n    }\n  }\n": typeof types.StartBackupDocument,
    "\n  query WallScreen {\n    targets {\n      code\n      name\n      current\n      target\n      percent\n      elapsedPercent\n      onTrack\n    }\n    battleMap {\n      id\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      light\n      latitude\n      longitude\n      responsibleLeader\n      openProblemCount\n      leadUnit {\n        id\n        name\n      }\n    }\n    dashboard {\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n          }\n          newMajor10Signings\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        nonCompliantProjects\n      }\n    }\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": typeof types.WallScreenDocument,
    "\n  query BattleMap($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      code\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      tier\n      stage\n      responsibleLeader\n      responsibleLeaderUser {\n        id\n      }\n      serviceOfficer {\n        id\n        displayName\n      }\n      light\n      latitude\n      longitude\n      openProblemCount\n      worstOpenProblemLevel\n      complianceStatus\n      leadUnit {\n        id\n        name\n      }\n      nextMilestone {\n        id\n        key\n        name\n        plannedOn\n        status\n      }\n    }\n    battleMapCount(minTier: $minTier)\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": typeof types.BattleMapDocument,
    "\n  query BattleTimeline($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      milestones {\n        id\n        key\n        name\n        baselineOn\n        plannedOn\n        actualOn\n        status\n      }\n    }\n  }\n": typeof types.BattleTimelineDocument,
    "\n  query ComplianceTab($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      landArea\n      viewerCanInspect\n      complianceStatus\n      muGrade\n      agreement {\n        agreedInvestment\n        investmentIntensity\n        landArea\n        plotRatio\n        startDeadline\n        completionDeadline\n        productionDeadline\n        capacityDeadline\n        annualOutput\n        taxPerMu\n      }\n      complianceChecks {\n        id\n        checkedOn\n        period\n        result\n        grade\n        taxPerMu\n        investmentIntensity\n        action\n        rectifyBy\n        findings\n        createdAt\n        supersedes {\n          id\n        }\n        inspector {\n          id\n          displayName\n        }\n        clauses {\n          clause\n          verdict\n          expected\n          actual\n        }\n        attachments {\n          fileName\n          url\n        }\n      }\n    }\n  }\n": typeof types.ComplianceTabDocument,
    "\n  mutation SetAgreement($projectId: ID!, $input: AgreementInput!) {\n    setAgreement(projectId: $projectId, input: $input) {\n      taxPerMu\n    }\n  }\n": typeof types.SetAgreementDocument,
    "\n  query PreviewCheck($input: ComplianceCheckInput!) {\n    previewComplianceCheck(input: $input) {\n      result\n      grade\n      taxPerMu\n      investmentIntensity\n      clauses {\n        clause\n        verdict\n        expected\n        actual\n      }\n    }\n  }\n": typeof types.PreviewCheckDocument,
    "\n  mutation RecordCheck($input: ComplianceCheckInput!) {\n    recordComplianceCheck(input: $input) {\n      id\n      result\n      grade\n      project {\n        id\n        light\n        complianceStatus\n        muGrade\n      }\n    }\n  }\n": typeof types.RecordCheckDocument,
    "\n  query InspectionsDue {\n    inspectionsDue {\n      id\n      code\n      name\n      stage\n      tier\n      complianceStatus\n      muGrade\n      leadUnit {\n        id\n        name\n      }\n      agreement {\n        capacityDeadline\n      }\n    }\n  }\n": typeof types.InspectionsDueDocument,
    "\n  query MeasurementsDue($id: ID!, $on: Date!) {\n    project(id: $id) {\n      id\n      agreement {\n        measurementsDue(on: $on)\n      }\n    }\n  }\n": typeof types.MeasurementsDueDocument,
    "\n  query Dashboard($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      annual\n      baseline\n      baselineYear\n      target\n      current\n      percent\n      periodStart\n      periodEnd\n      elapsedPercent\n      onTrack\n      periodEnded\n      achieved\n      available\n      asOf\n      byUnit {\n        unit {\n          id\n        }\n        quota\n        current\n      }\n    }\n    me {\n      id\n      unit {\n        id\n      }\n    }\n    dashboard(asOf: $asOf, regionId: $regionId) {\n      asOf\n      region {\n        id\n        level\n      }\n      stageFunnel {\n        stage\n        count\n        investment\n      }\n      byIndustry {\n        industry\n        count\n        investment\n      }\n      signingsByMonth {\n        month\n        count\n        investment\n      }\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n            region {\n              name\n            }\n          }\n          newMajor10Signings\n          major50Signings\n          landingRate\n          nodesOnTimePercent\n          overdueProblems\n          problemExtensions\n          reportsOnTimePercent\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        projectsWithOverdueProblems\n        nonCompliantProjects\n      }\n      weights {\n        key\n        weight\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query TargetProjects($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      kind\n      byUnit {\n        unit {\n          id\n          name\n        }\n        quota\n        current\n        percent\n      }\n      projects {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        leadUnit {\n          id\n          name\n        }\n      }\n      pipelineHigh\n      pipeline {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        likelihood\n        expectedSigningMonth\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TargetProjectsDocument,
    "\n  query AnnualAssessment($year: Int!) {\n    annualAssessment(year: $year) {\n      year\n      weights {\n        key\n        weight\n      }\n      rows {\n        unit {\n          id\n          name\n        }\n        quarterScores\n        quarterPublished\n        targetScore\n        score\n        rank\n      }\n    }\n  }\n": typeof types.AnnualAssessmentDocument,
    "\n  mutation PublishRace($quarter: String!) {\n    publishRace(quarter: $quarter) {\n      quarter\n      published\n      publishedAt\n    }\n  }\n": typeof types.PublishRaceDocument,
    "\n  query ConvertLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n": typeof types.ConvertLeadersDocument,
    "\n  query HandOverUnits {\n    regions {\n      id\n    }\n    units {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HandOverUnitsDocument,
    "\n  mutation HandOverLead($id: ID!, $version: Int!, $unitId: ID!) {\n    handOverLead(id: $id, version: $version, unitId: $unitId) {\n      id\n    }\n  }\n": typeof types.HandOverLeadDocument,
    "\n  query LeadUnits {\n    units {\n      id\n      name\n    }\n  }\n": typeof types.LeadUnitsDocument,
    "\n  query TalkParticipants($unitId: ID!) {\n    leaders {\n      id\n      displayName\n    }\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n": typeof types.TalkParticipantsDocument,
    "\n  fragment TalkFields on Interaction {\n    id\n    on\n    kind\n    summary\n    nextStep\n    followUpOn\n    theirParticipants\n    ourParticipants {\n      id\n      displayName\n    }\n    recordedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.TalkFieldsFragmentDoc,
    "\n  fragment DocumentFields on ProjectDocument {\n    id\n    kind\n    title\n    signedOn\n    versions {\n      id\n      fileName\n      size\n      uploadedAt\n      url\n      superseded\n      uploadedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  fragment ConflictFields on InvestorConflict {\n    id\n    matchedOn\n    foundAt\n    decidedAt\n    decisionNote\n    leadingUnit {\n      id\n      name\n    }\n    first {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n    second {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConflictFieldsFragmentDoc,
    "\n  query Leads($filter: LeadFilter, $first: Int, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        source\n        industry\n        intendedInvestment\n        receivedOn\n        conflict\n        investor {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      status\n      source\n      industry\n      intendedInvestment\n      receivedOn\n      droppedOn\n      dropReason\n      convertedOn\n      version\n      conflict\n      region {\n        id\n        name\n      }\n      investor {\n        id\n        version\n        name\n        creditCode\n        country\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n        }\n      }\n      unit {\n        id\n        name\n      }\n      owner {\n        id\n        displayName\n      }\n      project {\n        id\n        code\n        name\n        stage\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.LeadPageDocument,
    "\n  query Investors($search: String) {\n    investors(search: $search, first: 20) {\n      id\n      name\n      creditCode\n    }\n  }\n": typeof types.InvestorsDocument,
    "\n  mutation SaveInvestor($input: InvestorInput!) {\n    saveInvestor(input: $input) {\n      id\n      name\n      creditCode\n    }\n  }\n": typeof types.SaveInvestorDocument,
    "\n  mutation CreateLead($input: LeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  mutation DropLead($id: ID!, $version: Int!, $reason: String!) {\n    dropLead(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DropLeadDocument,
    "\n  mutation ConvertLead($id: ID!, $version: Int!, $responsibleLeaderId: ID) {\n    convertLead(id: $id, version: $version, responsibleLeaderId: $responsibleLeaderId) {\n      id\n    }\n  }\n": typeof types.ConvertLeadDocument,
    "\n  mutation RecordTalk($input: InteractionInput!) {\n    recordInteraction(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordTalkDocument,
    "\n  mutation DecideConflict($id: ID!, $leadingUnitId: ID!, $note: String) {\n    decideConflict(id: $id, leadingUnitId: $leadingUnitId, note: $note) {\n      id\n      decidedAt\n    }\n  }\n": typeof types.DecideConflictDocument,
    "\n  fragment FunnelGroupFields on FunnelGroup {\n    source\n    unit {\n      id\n      name\n    }\n    leads\n    negotiating\n    signed\n    started\n  }\n": typeof types.FunnelGroupFieldsFragmentDoc,
    "\n  query Funnel($from: Date!, $to: Date!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      leads\n      negotiating\n      signed\n      started\n      negotiatingRate\n      signedRate\n      startedRate\n      medianDaysToSign\n      medianDaysToStart\n      bySource {\n        ...FunnelGroupFields\n      }\n      byUnit {\n        ...FunnelGroupFields\n      }\n      entries {\n        reached\n        daysToSign\n        daysToStart\n        lead {\n          id\n          title\n          source\n          receivedOn\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FunnelDocument,
    "\n  query ProjectTalks($id: ID!) {\n    project(id: $id) {\n      id\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.ProjectTalksDocument,
    "\n  query ProjectConflicts($id: ID!) {\n    project(id: $id) {\n      id\n      conflicts {\n        ...ConflictFields\n      }\n    }\n  }\n": typeof types.ProjectConflictsDocument,
    "\n  query Meetings {\n    meetings(first: 100) {\n      id\n      kind\n      title\n      heldOn\n      chair {\n        id\n        displayName\n      }\n      decisions {\n        id\n        status\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  fragment MeetingDetail on Meeting {\n    id\n    kind\n    title\n    heldOn\n    minutes\n    version\n    chair {\n      id\n      displayName\n    }\n    attendingUnits {\n      id\n      name\n    }\n    agenda {\n      id\n      title\n      source\n      project {\n        id\n        name\n      }\n      problem {\n        id\n        status\n      }\n    }\n    decisions {\n      id\n      title\n      status\n      dueOn\n      overdue\n      project {\n        id\n        name\n      }\n      leadUnit {\n        id\n        name\n      }\n      coUnits {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetingDetailFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MeetingUnits {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MeetingUnitsDocument,
    "\n  query MeetingFormOptions {\n    leaders {\n      id\n      displayName\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MeetingFormOptionsDocument,
    "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingDetail\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation AddMeetingDecision($meetingId: ID!, $input: MeetingDecisionInput!) {\n    addMeetingDecision(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddMeetingDecisionDocument,
    "\n  query Bulletins {\n    bulletins(first: 100) {\n      id\n      kind\n      period\n      asOf\n      title\n      issuedAt\n      downloadUrl\n      issuedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.BulletinsDocument,
    "\n  mutation IssueBulletin($input: BulletinInput!) {\n    issueBulletin(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.IssueBulletinDocument,
    "\n  query ProblemBoard($filter: ProblemFilter) {\n    problems(filter: $filter, first: 200) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        category\n        dueOn\n        overdue\n        leadUnit {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProblemBoardDocument,
    "\n  fragment ProblemDetail on Problem {\n    id\n    title\n    description\n    category\n    status\n    level\n    dueOn\n    overdue\n    createdAt\n    viewerActions\n    project {\n      id\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    coUnits {\n      id\n      name\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    meeting {\n      id\n      title\n    }\n    parentProblem {\n      id\n      title\n    }\n    updates {\n      id\n      kind\n      body\n      fromStatus\n      toStatus\n      fromLevel\n      toLevel\n      fromDueOn\n      toDueOn\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n      at\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProblemDetailFragmentDoc,
    "\n  query Problem($id: ID!) {\n    problem(id: $id) {\n      ...ProblemDetail\n    }\n  }\n": typeof types.ProblemDocument,
    "\n  mutation SetProblemStatus($id: ID!, $status: ProblemStatus!, $note: String) {\n    setProblemStatus(id: $id, status: $status, note: $note) {\n      ...ProblemDetail\n    }\n  }\n": typeof types.SetProblemStatusDocument,
    "\n  mutation EscalateProblem($id: ID!, $note: String) {\n    escalateProblem(id: $id, note: $note) {\n      ...ProblemDetail\n    }\n  }\n": typeof types.EscalateProblemDocument,
    "\n  mutation ExtendProblemDue($id: ID!, $dueOn: Date!, $reason: String!) {\n    extendProblemDue(id: $id, dueOn: $dueOn, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n": typeof types.ExtendProblemDueDocument,
    "\n  mutation HandOverProblem($id: ID!, $leadUnitId: ID!, $reason: String!) {\n    handOverProblem(id: $id, leadUnitId: $leadUnitId, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n": typeof types.HandOverProblemDocument,
    "\n  mutation AddProblemNote($id: ID!, $body: String!) {\n    addProblemNote(id: $id, body: $body) {\n      ...ProblemDetail\n    }\n  }\n": typeof types.AddProblemNoteDocument,
    "\n  query UnitsForProblem {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UnitsForProblemDocument,
    "\n  mutation RaiseProblem($input: ProblemInput!) {\n    raiseProblem(input: $input) {\n      id\n    }\n  }\n": typeof types.RaiseProblemDocument,
    "\n  mutation UpdateMilestone($id: ID!, $plannedOn: Date, $actualOn: Date, $note: String) {\n    updateMilestone(id: $id, plannedOn: $plannedOn, actualOn: $actualOn, note: $note) {\n      id\n      plannedOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      completedByStage\n      status\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation AddMilestone($projectId: ID!, $name: String!, $plannedOn: Date!, $note: String) {\n    addMilestone(projectId: $projectId, name: $name, plannedOn: $plannedOn, note: $note) {\n      id\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n    units {\n      id\n      name\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  query ProjectFormUnits {\n    units {\n      id\n      name\n      kind\n    }\n    leaders {\n      id\n      displayName\n    }\n    nodeTemplates {\n      kind\n      name\n    }\n  }\n": typeof types.ProjectFormUnitsDocument,
    "\n  query UnitPromoters($unitId: ID!) {\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n": typeof types.UnitPromotersDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectPatch!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  query ProjectList($filter: ProjectFilter, $first: Int, $offset: Int, $orderBy: ProjectOrder) {\n    projects(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        investor\n        industry\n        totalInvestment\n        tier\n        stage\n        signedOn\n        light\n        muGrade\n        countsTowardTarget\n        leadUnit {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n    regions {\n      id\n      name\n      level\n    }\n  }\n": typeof types.ProjectListDocument,
    "\n  mutation AdvanceStage($id: ID!, $version: Int!, $to: Stage!, $on: Date!, $note: String) {\n    advanceStage(id: $id, version: $version, to: $to, on: $on, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.AdvanceStageDocument,
    "\n  mutation TerminateProject($id: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    terminateProject(id: $id, version: $version, on: $on, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.TerminateProjectDocument,
    "\n  mutation CorrectStage($id: ID!, $version: Int!, $to: Stage!, $reason: String!) {\n    correctStage(id: $id, version: $version, to: $to, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.CorrectStageDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    code\n    likelihood\n    expectedSigningMonth\n    conflict\n    investorRecord {\n      id\n      creditCode\n    }\n    lead {\n      id\n      title\n    }\n\n    name\n    investor\n    industry\n    source\n    isManufacturing\n    isForeign\n    foreignInvestmentUsd\n    totalInvestmentUsd\n    isChainProject\n    kind {\n      kind\n      name\n    }\n    totalInvestment\n    fixedAssetInvestment\n    landArea\n    responsibleLeader\n    latitude\n    longitude\n    address\n    stage\n    signedOn\n    startedOn\n    acceptedOn\n    productionOn\n    capacityOn\n    terminatedOn\n    terminationReason\n    tier\n    countsTowardTarget\n    light\n    version\n    viewerCanEdit\n    createdAt\n    updatedAt\n    leadUnit {\n      id\n      name\n    }\n    platform {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    responsibleLeaderUser {\n      id\n      displayName\n    }\n    serviceOfficer {\n      id\n      displayName\n    }\n    milestones {\n      id\n      key\n      name\n      plannedOn\n      baselineOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      settledByStage\n      completedByStage\n      status\n    }\n    problems {\n      id\n      title\n      status\n      level\n      dueOn\n      overdue\n      leadUnit {\n        id\n        name\n      }\n    }\n    stageEvents {\n      id\n      from\n      to\n      on\n      note\n      isCorrection\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      at\n      action\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n": typeof types.ProjectDetailFragmentDoc,
    "\n  query RegionBoard($regionId: ID!, $asOf: Date, $quarter: String!) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      current\n      byRegion {\n        region {\n          id\n          name\n        }\n        quota\n        current\n      }\n    }\n    regionRace(regionId: $regionId, quarter: $quarter) {\n      quarter\n      asOf\n      published\n      regionRows {\n        region {\n          id\n          name\n        }\n        newMajor10Signings\n        major50Signings\n        landingRate\n        nodesOnTimePercent\n        overdueProblems\n        reportsOnTimePercent\n        score\n        rank\n      }\n    }\n  }\n": typeof types.RegionBoardDocument,
    "\n  query Regions {\n    regions {\n      id\n      name\n      level\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query MonitoringSettings {\n    monitoringSettings {\n      reportDueDay\n    }\n  }\n": typeof types.MonitoringSettingsDocument,
    "\n  mutation SetReportDueDay($day: Int!) {\n    setReportDueDay(day: $day) {\n      reportDueDay\n    }\n  }\n": typeof types.SetReportDueDayDocument,
    "\n  query ReportSheet($month: String!, $unitId: ID) {\n    monthlyReportSheet(month: $month, unitId: $unitId) {\n      month\n      closed\n      missing\n      toFile\n      dueOn\n      overdue\n      submitted\n      accepted\n      returned\n      rows {\n        previousCumulative\n        viewerCanSubmit\n        viewerCanReview\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        report {\n          id\n          investment\n          cumulativeInvestment\n          note\n          sameAsPrevious\n          exceedsTotal\n          reviewStatus\n          returnReason\n          version\n        }\n      }\n    }\n  }\n": typeof types.ReportSheetDocument,
    "\n  mutation SubmitReport($projectId: ID!, $month: String!, $investment: Decimal!, $note: String) {\n    submitMonthlyReport(projectId: $projectId, month: $month, investment: $investment, note: $note) {\n      id\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  mutation ReviewReport($id: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    reviewMonthlyReport(id: $id, version: $version, accept: $accept, reason: $reason) {\n      id\n      reviewStatus\n      returnReason\n      version\n    }\n  }\n": typeof types.ReviewReportDocument,
    "\n  mutation CloseMonth($month: String!) {\n    closeReportMonth(month: $month) {\n      closed\n    }\n  }\n": typeof types.CloseMonthDocument,
    "\n  mutation LinkIdentity($userId: ID!, $subject: String!) {\n    linkIdentity(userId: $userId, subject: $subject) {\n      id\n      governmentIdentity\n    }\n  }\n": typeof types.LinkIdentityDocument,
    "\n  mutation UnlinkIdentity($userId: ID!) {\n    unlinkIdentity(userId: $userId) {\n      id\n      governmentIdentity\n    }\n  }\n": typeof types.UnlinkIdentityDocument,
    "\n  query SecurityUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      governmentIdentity\n    }\n  }\n": typeof types.SecurityUsersDocument,
    "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    disableTwoFactor(userId: $userId)\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  query SecuritySettings {\n    securitySettings {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      passwordMinLength\n      passwordHistory\n      sessionIdleMinutes\n      sessionMaxHours\n      twoFactorRequired\n      auditRetentionDays\n      updatedAt\n    }\n  }\n": typeof types.SecuritySettingsDocument,
    "\n  mutation SetSecuritySettings($input: SecuritySettingsInput!) {\n    setSecuritySettings(input: $input) {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      updatedAt\n    }\n  }\n": typeof types.SetSecuritySettingsDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id)\n  }\n": typeof types.UnlockAccountDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      providerLabel\n      passwordLogin\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  query SignedIn {\n    me {\n      id\n    }\n  }\n": typeof types.SignedInDocument,
    "\n  mutation Login($username: String!, $password: String!, $otp: String) {\n    login(username: $username, password: $password, otp: $otp) {\n      id\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyTodo {\n    myTodo {\n      id\n      seen\n      kind\n      title\n      dueOn\n      overdue\n      project {\n        id\n      }\n      problem {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.MyTodoDocument,
    "\n  mutation MarkTodoSeen($ids: [ID!]!) {\n    markTodoSeen(ids: $ids)\n  }\n": typeof types.MarkTodoSeenDocument,
    "\n  query MyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      unreadCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        read\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationSettings {\n    myContact {\n      email\n      mobile\n    }\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetMyContact($email: String, $mobile: String) {\n    setMyContact(email: $email, mobile: $mobile) {\n      email\n      mobile\n    }\n  }\n": typeof types.SetMyContactDocument,
    "\n  mutation SetNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      channel\n      enabled\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query DeliveryFailures {\n    deliveryFailures(first: 100) {\n      id\n      channel\n      attempts\n      lastError\n      createdAt\n      title\n      recipient\n    }\n  }\n": typeof types.DeliveryFailuresDocument,
    "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id)\n  }\n": typeof types.RetryDeliveryDocument,
    "\n  query Today {\n    appConfig {\n      today\n    }\n  }\n": typeof types.TodayDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query GradeThresholds {\n    muGradeThresholds {\n      grade\n      minTaxPerMu\n    }\n  }\n": types.GradeThresholdsDocument,
    "\n  mutation SetGradeThresholds($input: [GradeThresholdInput!]!) {\n    setMuGradeThresholds(input: $input) {\n      grade\n      minTaxPerMu\n    }\n  }\n": types.SetGradeThresholdsDocument,
    "\n  query UnlinkedLeaders {\n    unlinkedLeaderProjects {\n      id\n      code\n      name\n      version\n      totalInvestment\n      responsibleLeader\n    }\n    leaders {\n      id\n      displayName\n    }\n  }\n": types.UnlinkedLeadersDocument,
    "\n  mutation LinkLeader($id: ID!, $version: Int!, $leaderId: ID!) {\n    updateProject(id: $id, version: $version, input: { responsibleLeaderId: $leaderId }) {\n      id\n      version\n      responsibleLeader\n    }\n  }\n": types.LinkLeaderDocument,
    "\n  query RaceQuarter($quarter: String!) {\n    unitRace(quarter: $quarter) {\n      quarter\n      asOf\n      published\n      publishedAt\n      rows {\n        unit {\n          id\n          name\n        }\n        score\n        rank\n      }\n    }\n  }\n": types.RaceQuarterDocument,
    "\n  query AdminTargets {\n    targets {\n      code\n      name\n      unit\n      annual\n      periodEnded\n      periods {\n        periodStart\n        periodEnd\n        targetValue\n        baseline\n        baselineYear\n        quotas {\n          unit {\n            id\n            name\n          }\n          value\n        }\n        regionQuotas {\n          region {\n            id\n            name\n          }\n          value\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      region {\n        id\n      }\n    }\n    me {\n      id\n      region {\n        id\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminTargetsDocument,
    "\n  mutation UpdateTarget($code: String!, $input: TargetInput!, $periodStart: Date) {\n    updateTarget(code: $code, input: $input, periodStart: $periodStart) {\n      code\n      target\n    }\n  }\n": types.UpdateTargetDocument,
    "\n  mutation AddTargetPeriod($code: String!, $input: TargetInput!) {\n    addTargetPeriod(code: $code, input: $input) {\n      code\n      target\n    }\n  }\n": types.AddTargetPeriodDocument,
    "\n  mutation SetTargetQuotas($code: String!, $periodStart: Date!, $quotas: [UnitQuotaInput!]!) {\n    setTargetQuotas(code: $code, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n": types.SetTargetQuotasDocument,
    "\n  mutation SetRegionQuotas($code: String!, $regionId: ID!, $periodStart: Date!, $quotas: [RegionQuotaInput!]!) {\n    setRegionQuotas(code: $code, regionId: $regionId, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n": types.SetRegionQuotasDocument,
    "\n  query ScoreWeights {\n    scoreWeights {\n      key\n      weight\n    }\n  }\n": types.ScoreWeightsDocument,
    "\n  mutation SetScoreWeights($input: [ScoreWeightInput!]!) {\n    setScoreWeights(input: $input) {\n      key\n      weight\n    }\n  }\n": types.SetScoreWeightsDocument,
    "\n  fragment AdminUser on User {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      reportReviewer\n      unit {\n        id\n        name\n      }\n  }\n": types.AdminUserFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUser\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameUnitDocument,
    "\n  fragment NodeTemplateFields on NodeTemplate {\n    kind\n    name\n    version\n    projectCount\n    updatedAt\n    nodes {\n      key\n      name\n      months\n      stage\n    }\n  }\n": types.NodeTemplateFieldsFragmentDoc,
    "\n  query NodeTemplates {\n    nodeTemplates {\n      ...NodeTemplateFields\n    }\n  }\n": types.NodeTemplatesDocument,
    "\n  mutation SaveNodeTemplate($input: NodeTemplateInput!) {\n    saveNodeTemplate(input: $input) {\n      ...NodeTemplateFields\n    }\n  }\n": types.SaveNodeTemplateDocument,
    "\n  query AuditLog($filter: AuditFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actionLabel\n        objectLabel\n        note\n        ip\n        result\n        chainSeq\n        actor {\n          id\n          username\n          displayName\n        }\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n": types.AuditActionsDocument,
    "\n  query AuditChainCheck {\n    auditChainCheck {\n      ok\n      checkedRows\n      headSeq\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      checkedAt\n    }\n  }\n": types.AuditChainCheckDocument,
    "\n  query AuditArchives {\n    auditArchives {\n      id\n      upToSeq\n      rows\n      fileName\n      fileSha256\n      archivedAt\n      url\n      archivedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AuditArchivesDocument,
    "\n  mutation ArchiveAuditLog {\n    archiveAuditLog {\n      id\n      rows\n      fileName\n    }\n  }\n": types.ArchiveAuditLogDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code)\n  }\n": types.VerifySignInCodeDocument,
    "\n  query MyAccount {\n    myAccount {\n      restriction\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n      passwordChangedAt\n      passwordExpiresOn\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableOwnTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": types.DisableOwnTwoFactorDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      permissions\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Restriction {\n    myAccount {\n      restriction\n      signInMethod\n    }\n  }\n": types.RestrictionDocument,
    "\n  fragment BackupFields on Backup {\n    id\n    fileName\n    status\n    startedAt\n    finishedAt\n    size\n    sha256\n    error\n    scheduledFor\n    downloadUrl\n    startedBy {\n      id\n      displayName\n    }\n  }\n": types.BackupFieldsFragmentDoc,
    "\n  query Backups {\n    backups {\n      ...BackupFields\n    }\n  }\n": types.BackupsDocument,
    "\n  mutation StartBackup {\n    startBackup {\n      ...BackupFields\n    }\n  }\n": types.StartBackupDocument,
    "\n  query WallScreen {\n    targets {\n      code\n      name\n      current\n      target\n      percent\n      elapsedPercent\n      onTrack\n    }\n    battleMap {\n      id\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      light\n      latitude\n      longitude\n      responsibleLeader\n      openProblemCount\n      leadUnit {\n        id\n        name\n      }\n    }\n    dashboard {\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n          }\n          newMajor10Signings\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        nonCompliantProjects\n      }\n    }\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": types.WallScreenDocument,
    "\n  query BattleMap($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      code\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      tier\n      stage\n      responsibleLeader\n      responsibleLeaderUser {\n        id\n      }\n      serviceOfficer {\n        id\n        displayName\n      }\n      light\n      latitude\n      longitude\n      openProblemCount\n      worstOpenProblemLevel\n      complianceStatus\n      leadUnit {\n        id\n        name\n      }\n      nextMilestone {\n        id\n        key\n        name\n        plannedOn\n        status\n      }\n    }\n    battleMapCount(minTier: $minTier)\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": types.BattleMapDocument,
    "\n  query BattleTimeline($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      milestones {\n        id\n        key\n        name\n        baselineOn\n        plannedOn\n        actualOn\n        status\n      }\n    }\n  }\n": types.BattleTimelineDocument,
    "\n  query ComplianceTab($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      landArea\n      viewerCanInspect\n      complianceStatus\n      muGrade\n      agreement {\n        agreedInvestment\n        investmentIntensity\n        landArea\n        plotRatio\n        startDeadline\n        completionDeadline\n        productionDeadline\n        capacityDeadline\n        annualOutput\n        taxPerMu\n      }\n      complianceChecks {\n        id\n        checkedOn\n        period\n        result\n        grade\n        taxPerMu\n        investmentIntensity\n        action\n        rectifyBy\n        findings\n        createdAt\n        supersedes {\n          id\n        }\n        inspector {\n          id\n          displayName\n        }\n        clauses {\n          clause\n          verdict\n          expected\n          actual\n        }\n        attachments {\n          fileName\n          url\n        }\n      }\n    }\n  }\n": types.ComplianceTabDocument,
    "\n  mutation SetAgreement($projectId: ID!, $input: AgreementInput!) {\n    setAgreement(projectId: $projectId, input: $input) {\n      taxPerMu\n    }\n  }\n": types.SetAgreementDocument,
    "\n  query PreviewCheck($input: ComplianceCheckInput!) {\n    previewComplianceCheck(input: $input) {\n      result\n      grade\n      taxPerMu\n      investmentIntensity\n      clauses {\n        clause\n        verdict\n        expected\n        actual\n      }\n    }\n  }\n": types.PreviewCheckDocument,
    "\n  mutation RecordCheck($input: ComplianceCheckInput!) {\n    recordComplianceCheck(input: $input) {\n      id\n      result\n      grade\n      project {\n        id\n        light\n        complianceStatus\n        muGrade\n      }\n    }\n  }\n": types.RecordCheckDocument,
    "\n  query InspectionsDue {\n    inspectionsDue {\n      id\n      code\n      name\n      stage\n      tier\n      complianceStatus\n      muGrade\n      leadUnit {\n        id\n        name\n      }\n      agreement {\n        capacityDeadline\n      }\n    }\n  }\n": types.InspectionsDueDocument,
    "\n  query MeasurementsDue($id: ID!, $on: Date!) {\n    project(id: $id) {\n      id\n      agreement {\n        measurementsDue(on: $on)\n      }\n    }\n  }\n": types.MeasurementsDueDocument,
    "\n  query Dashboard($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      annual\n      baseline\n      baselineYear\n      target\n      current\n      percent\n      periodStart\n      periodEnd\n      elapsedPercent\n      onTrack\n      periodEnded\n      achieved\n      available\n      asOf\n      byUnit {\n        unit {\n          id\n        }\n        quota\n        current\n      }\n    }\n    me {\n      id\n      unit {\n        id\n      }\n    }\n    dashboard(asOf: $asOf, regionId: $regionId) {\n      asOf\n      region {\n        id\n        level\n      }\n      stageFunnel {\n        stage\n        count\n        investment\n      }\n      byIndustry {\n        industry\n        count\n        investment\n      }\n      signingsByMonth {\n        month\n        count\n        investment\n      }\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n            region {\n              name\n            }\n          }\n          newMajor10Signings\n          major50Signings\n          landingRate\n          nodesOnTimePercent\n          overdueProblems\n          problemExtensions\n          reportsOnTimePercent\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        projectsWithOverdueProblems\n        nonCompliantProjects\n      }\n      weights {\n        key\n        weight\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query TargetProjects($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      kind\n      byUnit {\n        unit {\n          id\n          name\n        }\n        quota\n        current\n        percent\n      }\n      projects {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        leadUnit {\n          id\n          name\n        }\n      }\n      pipelineHigh\n      pipeline {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        likelihood\n        expectedSigningMonth\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TargetProjectsDocument,
    "\n  query AnnualAssessment($year: Int!) {\n    annualAssessment(year: $year) {\n      year\n      weights {\n        key\n        weight\n      }\n      rows {\n        unit {\n          id\n          name\n        }\n        quarterScores\n        quarterPublished\n        targetScore\n        score\n        rank\n      }\n    }\n  }\n": types.AnnualAssessmentDocument,
    "\n  mutation PublishRace($quarter: String!) {\n    publishRace(quarter: $quarter) {\n      quarter\n      published\n      publishedAt\n    }\n  }\n": types.PublishRaceDocument,
    "\n  query ConvertLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n": types.ConvertLeadersDocument,
    "\n  query HandOverUnits {\n    regions {\n      id\n    }\n    units {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.HandOverUnitsDocument,
    "\n  mutation HandOverLead($id: ID!, $version: Int!, $unitId: ID!) {\n    handOverLead(id: $id, version: $version, unitId: $unitId) {\n      id\n    }\n  }\n": types.HandOverLeadDocument,
    "\n  query LeadUnits {\n    units {\n      id\n      name\n    }\n  }\n": types.LeadUnitsDocument,
    "\n  query TalkParticipants($unitId: ID!) {\n    leaders {\n      id\n      displayName\n    }\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n": types.TalkParticipantsDocument,
    "\n  fragment TalkFields on Interaction {\n    id\n    on\n    kind\n    summary\n    nextStep\n    followUpOn\n    theirParticipants\n    ourParticipants {\n      id\n      displayName\n    }\n    recordedBy {\n      id\n      displayName\n    }\n  }\n": types.TalkFieldsFragmentDoc,
    "\n  fragment DocumentFields on ProjectDocument {\n    id\n    kind\n    title\n    signedOn\n    versions {\n      id\n      fileName\n      size\n      uploadedAt\n      url\n      superseded\n      uploadedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  fragment ConflictFields on InvestorConflict {\n    id\n    matchedOn\n    foundAt\n    decidedAt\n    decisionNote\n    leadingUnit {\n      id\n      name\n    }\n    first {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n    second {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n": types.ConflictFieldsFragmentDoc,
    "\n  query Leads($filter: LeadFilter, $first: Int, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        source\n        industry\n        intendedInvestment\n        receivedOn\n        conflict\n        investor {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.LeadsDocument,
    "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      status\n      source\n      industry\n      intendedInvestment\n      receivedOn\n      droppedOn\n      dropReason\n      convertedOn\n      version\n      conflict\n      region {\n        id\n        name\n      }\n      investor {\n        id\n        version\n        name\n        creditCode\n        country\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n        }\n      }\n      unit {\n        id\n        name\n      }\n      owner {\n        id\n        displayName\n      }\n      project {\n        id\n        code\n        name\n        stage\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": types.LeadPageDocument,
    "\n  query Investors($search: String) {\n    investors(search: $search, first: 20) {\n      id\n      name\n      creditCode\n    }\n  }\n": types.InvestorsDocument,
    "\n  mutation SaveInvestor($input: InvestorInput!) {\n    saveInvestor(input: $input) {\n      id\n      name\n      creditCode\n    }\n  }\n": types.SaveInvestorDocument,
    "\n  mutation CreateLead($input: LeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n": types.CreateLeadDocument,
    "\n  mutation DropLead($id: ID!, $version: Int!, $reason: String!) {\n    dropLead(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": types.DropLeadDocument,
    "\n  mutation ConvertLead($id: ID!, $version: Int!, $responsibleLeaderId: ID) {\n    convertLead(id: $id, version: $version, responsibleLeaderId: $responsibleLeaderId) {\n      id\n    }\n  }\n": types.ConvertLeadDocument,
    "\n  mutation RecordTalk($input: InteractionInput!) {\n    recordInteraction(input: $input) {\n      id\n    }\n  }\n": types.RecordTalkDocument,
    "\n  mutation DecideConflict($id: ID!, $leadingUnitId: ID!, $note: String) {\n    decideConflict(id: $id, leadingUnitId: $leadingUnitId, note: $note) {\n      id\n      decidedAt\n    }\n  }\n": types.DecideConflictDocument,
    "\n  fragment FunnelGroupFields on FunnelGroup {\n    source\n    unit {\n      id\n      name\n    }\n    leads\n    negotiating\n    signed\n    started\n  }\n": types.FunnelGroupFieldsFragmentDoc,
    "\n  query Funnel($from: Date!, $to: Date!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      leads\n      negotiating\n      signed\n      started\n      negotiatingRate\n      signedRate\n      startedRate\n      medianDaysToSign\n      medianDaysToStart\n      bySource {\n        ...FunnelGroupFields\n      }\n      byUnit {\n        ...FunnelGroupFields\n      }\n      entries {\n        reached\n        daysToSign\n        daysToStart\n        lead {\n          id\n          title\n          source\n          receivedOn\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FunnelDocument,
    "\n  query ProjectTalks($id: ID!) {\n    project(id: $id) {\n      id\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": types.ProjectTalksDocument,
    "\n  query ProjectConflicts($id: ID!) {\n    project(id: $id) {\n      id\n      conflicts {\n        ...ConflictFields\n      }\n    }\n  }\n": types.ProjectConflictsDocument,
    "\n  query Meetings {\n    meetings(first: 100) {\n      id\n      kind\n      title\n      heldOn\n      chair {\n        id\n        displayName\n      }\n      decisions {\n        id\n        status\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  fragment MeetingDetail on Meeting {\n    id\n    kind\n    title\n    heldOn\n    minutes\n    version\n    chair {\n      id\n      displayName\n    }\n    attendingUnits {\n      id\n      name\n    }\n    agenda {\n      id\n      title\n      source\n      project {\n        id\n        name\n      }\n      problem {\n        id\n        status\n      }\n    }\n    decisions {\n      id\n      title\n      status\n      dueOn\n      overdue\n      project {\n        id\n        name\n      }\n      leadUnit {\n        id\n        name\n      }\n      coUnits {\n        id\n        name\n      }\n    }\n  }\n": types.MeetingDetailFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n": types.MeetingDocument,
    "\n  query MeetingUnits {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": types.MeetingUnitsDocument,
    "\n  query MeetingFormOptions {\n    leaders {\n      id\n      displayName\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n": types.MeetingFormOptionsDocument,
    "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingDetail\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation AddMeetingDecision($meetingId: ID!, $input: MeetingDecisionInput!) {\n    addMeetingDecision(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.AddMeetingDecisionDocument,
    "\n  query Bulletins {\n    bulletins(first: 100) {\n      id\n      kind\n      period\n      asOf\n      title\n      issuedAt\n      downloadUrl\n      issuedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.BulletinsDocument,
    "\n  mutation IssueBulletin($input: BulletinInput!) {\n    issueBulletin(input: $input) {\n      id\n      title\n    }\n  }\n": types.IssueBulletinDocument,
    "\n  query ProblemBoard($filter: ProblemFilter) {\n    problems(filter: $filter, first: 200) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        category\n        dueOn\n        overdue\n        leadUnit {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProblemBoardDocument,
    "\n  fragment ProblemDetail on Problem {\n    id\n    title\n    description\n    category\n    status\n    level\n    dueOn\n    overdue\n    createdAt\n    viewerActions\n    project {\n      id\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    coUnits {\n      id\n      name\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    meeting {\n      id\n      title\n    }\n    parentProblem {\n      id\n      title\n    }\n    updates {\n      id\n      kind\n      body\n      fromStatus\n      toStatus\n      fromLevel\n      toLevel\n      fromDueOn\n      toDueOn\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n      at\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProblemDetailFragmentDoc,
    "\n  query Problem($id: ID!) {\n    problem(id: $id) {\n      ...ProblemDetail\n    }\n  }\n": types.ProblemDocument,
    "\n  mutation SetProblemStatus($id: ID!, $status: ProblemStatus!, $note: String) {\n    setProblemStatus(id: $id, status: $status, note: $note) {\n      ...ProblemDetail\n    }\n  }\n": types.SetProblemStatusDocument,
    "\n  mutation EscalateProblem($id: ID!, $note: String) {\n    escalateProblem(id: $id, note: $note) {\n      ...ProblemDetail\n    }\n  }\n": types.EscalateProblemDocument,
    "\n  mutation ExtendProblemDue($id: ID!, $dueOn: Date!, $reason: String!) {\n    extendProblemDue(id: $id, dueOn: $dueOn, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n": types.ExtendProblemDueDocument,
    "\n  mutation HandOverProblem($id: ID!, $leadUnitId: ID!, $reason: String!) {\n    handOverProblem(id: $id, leadUnitId: $leadUnitId, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n": types.HandOverProblemDocument,
    "\n  mutation AddProblemNote($id: ID!, $body: String!) {\n    addProblemNote(id: $id, body: $body) {\n      ...ProblemDetail\n    }\n  }\n": types.AddProblemNoteDocument,
    "\n  query UnitsForProblem {\n    units {\n      id\n      name\n      kind\n    }\n  }\n": types.UnitsForProblemDocument,
    "\n  mutation RaiseProblem($input: ProblemInput!) {\n    raiseProblem(input: $input) {\n      id\n    }\n  }\n": types.RaiseProblemDocument,
    "\n  mutation UpdateMilestone($id: ID!, $plannedOn: Date, $actualOn: Date, $note: String) {\n    updateMilestone(id: $id, plannedOn: $plannedOn, actualOn: $actualOn, note: $note) {\n      id\n      plannedOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      completedByStage\n      status\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation AddMilestone($projectId: ID!, $name: String!, $plannedOn: Date!, $note: String) {\n    addMilestone(projectId: $projectId, name: $name, plannedOn: $plannedOn, note: $note) {\n      id\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n    units {\n      id\n      name\n    }\n  }\n": types.ProjectPageDocument,
    "\n  query ProjectFormUnits {\n    units {\n      id\n      name\n      kind\n    }\n    leaders {\n      id\n      displayName\n    }\n    nodeTemplates {\n      kind\n      name\n    }\n  }\n": types.ProjectFormUnitsDocument,
    "\n  query UnitPromoters($unitId: ID!) {\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n": types.UnitPromotersDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectPatch!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  query ProjectList($filter: ProjectFilter, $first: Int, $offset: Int, $orderBy: ProjectOrder) {\n    projects(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        investor\n        industry\n        totalInvestment\n        tier\n        stage\n        signedOn\n        light\n        muGrade\n        countsTowardTarget\n        leadUnit {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n    regions {\n      id\n      name\n      level\n    }\n  }\n": types.ProjectListDocument,
    "\n  mutation AdvanceStage($id: ID!, $version: Int!, $to: Stage!, $on: Date!, $note: String) {\n    advanceStage(id: $id, version: $version, to: $to, on: $on, note: $note) {\n      ...ProjectDetail\n    }\n  }\n": types.AdvanceStageDocument,
    "\n  mutation TerminateProject($id: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    terminateProject(id: $id, version: $version, on: $on, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": types.TerminateProjectDocument,
    "\n  mutation CorrectStage($id: ID!, $version: Int!, $to: Stage!, $reason: String!) {\n    correctStage(id: $id, version: $version, to: $to, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n": types.CorrectStageDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    code\n    likelihood\n    expectedSigningMonth\n    conflict\n    investorRecord {\n      id\n      creditCode\n    }\n    lead {\n      id\n      title\n    }\n\n    name\n    investor\n    industry\n    source\n    isManufacturing\n    isForeign\n    foreignInvestmentUsd\n    totalInvestmentUsd\n    isChainProject\n    kind {\n      kind\n      name\n    }\n    totalInvestment\n    fixedAssetInvestment\n    landArea\n    responsibleLeader\n    latitude\n    longitude\n    address\n    stage\n    signedOn\n    startedOn\n    acceptedOn\n    productionOn\n    capacityOn\n    terminatedOn\n    terminationReason\n    tier\n    countsTowardTarget\n    light\n    version\n    viewerCanEdit\n    createdAt\n    updatedAt\n    leadUnit {\n      id\n      name\n    }\n    platform {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    responsibleLeaderUser {\n      id\n      displayName\n    }\n    serviceOfficer {\n      id\n      displayName\n    }\n    milestones {\n      id\n      key\n      name\n      plannedOn\n      baselineOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      settledByStage\n      completedByStage\n      status\n    }\n    problems {\n      id\n      title\n      status\n      level\n      dueOn\n      overdue\n      leadUnit {\n        id\n        name\n      }\n    }\n    stageEvents {\n      id\n      from\n      to\n      on\n      note\n      isCorrection\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      at\n      action\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n": types.ProjectDetailFragmentDoc,
    "\n  query RegionBoard($regionId: ID!, $asOf: Date, $quarter: String!) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      current\n      byRegion {\n        region {\n          id\n          name\n        }\n        quota\n        current\n      }\n    }\n    regionRace(regionId: $regionId, quarter: $quarter) {\n      quarter\n      asOf\n      published\n      regionRows {\n        region {\n          id\n          name\n        }\n        newMajor10Signings\n        major50Signings\n        landingRate\n        nodesOnTimePercent\n        overdueProblems\n        reportsOnTimePercent\n        score\n        rank\n      }\n    }\n  }\n": types.RegionBoardDocument,
    "\n  query Regions {\n    regions {\n      id\n      name\n      level\n    }\n  }\n": types.RegionsDocument,
    "\n  query MonitoringSettings {\n    monitoringSettings {\n      reportDueDay\n    }\n  }\n": types.MonitoringSettingsDocument,
    "\n  mutation SetReportDueDay($day: Int!) {\n    setReportDueDay(day: $day) {\n      reportDueDay\n    }\n  }\n": types.SetReportDueDayDocument,
    "\n  query ReportSheet($month: String!, $unitId: ID) {\n    monthlyReportSheet(month: $month, unitId: $unitId) {\n      month\n      closed\n      missing\n      toFile\n      dueOn\n      overdue\n      submitted\n      accepted\n      returned\n      rows {\n        previousCumulative\n        viewerCanSubmit\n        viewerCanReview\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        report {\n          id\n          investment\n          cumulativeInvestment\n          note\n          sameAsPrevious\n          exceedsTotal\n          reviewStatus\n          returnReason\n          version\n        }\n      }\n    }\n  }\n": types.ReportSheetDocument,
    "\n  mutation SubmitReport($projectId: ID!, $month: String!, $investment: Decimal!, $note: String) {\n    submitMonthlyReport(projectId: $projectId, month: $month, investment: $investment, note: $note) {\n      id\n    }\n  }\n": types.SubmitReportDocument,
    "\n  mutation ReviewReport($id: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    reviewMonthlyReport(id: $id, version: $version, accept: $accept, reason: $reason) {\n      id\n      reviewStatus\n      returnReason\n      version\n    }\n  }\n": types.ReviewReportDocument,
    "\n  mutation CloseMonth($month: String!) {\n    closeReportMonth(month: $month) {\n      closed\n    }\n  }\n": types.CloseMonthDocument,
    "\n  mutation LinkIdentity($userId: ID!, $subject: String!) {\n    linkIdentity(userId: $userId, subject: $subject) {\n      id\n      governmentIdentity\n    }\n  }\n": types.LinkIdentityDocument,
    "\n  mutation UnlinkIdentity($userId: ID!) {\n    unlinkIdentity(userId: $userId) {\n      id\n      governmentIdentity\n    }\n  }\n": types.UnlinkIdentityDocument,
    "\n  query SecurityUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      governmentIdentity\n    }\n  }\n": types.SecurityUsersDocument,
    "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    disableTwoFactor(userId: $userId)\n  }\n": types.ResetTwoFactorDocument,
    "\n  query SecuritySettings {\n    securitySettings {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      passwordMinLength\n      passwordHistory\n      sessionIdleMinutes\n      sessionMaxHours\n      twoFactorRequired\n      auditRetentionDays\n      updatedAt\n    }\n  }\n": types.SecuritySettingsDocument,
    "\n  mutation SetSecuritySettings($input: SecuritySettingsInput!) {\n    setSecuritySettings(input: $input) {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      updatedAt\n    }\n  }\n": types.SetSecuritySettingsDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id)\n  }\n": types.UnlockAccountDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      providerLabel\n      passwordLogin\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  query SignedIn {\n    me {\n      id\n    }\n  }\n": types.SignedInDocument,
    "\n  mutation Login($username: String!, $password: String!, $otp: String) {\n    login(username: $username, password: $password, otp: $otp) {\n      id\n    }\n  }\n": types.LoginDocument,
    "\n  query MyTodo {\n    myTodo {\n      id\n      seen\n      kind\n      title\n      dueOn\n      overdue\n      project {\n        id\n      }\n      problem {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n": types.MyTodoDocument,
    "\n  mutation MarkTodoSeen($ids: [ID!]!) {\n    markTodoSeen(ids: $ids)\n  }\n": types.MarkTodoSeenDocument,
    "\n  query MyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      unreadCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        read\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationSettings {\n    myContact {\n      email\n      mobile\n    }\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetMyContact($email: String, $mobile: String) {\n    setMyContact(email: $email, mobile: $mobile) {\n      email\n      mobile\n    }\n  }\n": types.SetMyContactDocument,
    "\n  mutation SetNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      channel\n      enabled\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query DeliveryFailures {\n    deliveryFailures(first: 100) {\n      id\n      channel\n      attempts\n      lastError\n      createdAt\n      title\n      recipient\n    }\n  }\n": types.DeliveryFailuresDocument,
    "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id)\n  }\n": types.RetryDeliveryDocument,
    "\n  query Today {\n    appConfig {\n      today\n    }\n  }\n": types.TodayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradeThresholds {\n    muGradeThresholds {\n      grade\n      minTaxPerMu\n    }\n  }\n"): (typeof documents)["\n  query GradeThresholds {\n    muGradeThresholds {\n      grade\n      minTaxPerMu\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGradeThresholds($input: [GradeThresholdInput!]!) {\n    setMuGradeThresholds(input: $input) {\n      grade\n      minTaxPerMu\n    }\n  }\n"): (typeof documents)["\n  mutation SetGradeThresholds($input: [GradeThresholdInput!]!) {\n    setMuGradeThresholds(input: $input) {\n      grade\n      minTaxPerMu\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnlinkedLeaders {\n    unlinkedLeaderProjects {\n      id\n      code\n      name\n      version\n      totalInvestment\n      responsibleLeader\n    }\n    leaders {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query UnlinkedLeaders {\n    unlinkedLeaderProjects {\n      id\n      code\n      name\n      version\n      totalInvestment\n      responsibleLeader\n    }\n    leaders {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkLeader($id: ID!, $version: Int!, $leaderId: ID!) {\n    updateProject(id: $id, version: $version, input: { responsibleLeaderId: $leaderId }) {\n      id\n      version\n      responsibleLeader\n    }\n  }\n"): (typeof documents)["\n  mutation LinkLeader($id: ID!, $version: Int!, $leaderId: ID!) {\n    updateProject(id: $id, version: $version, input: { responsibleLeaderId: $leaderId }) {\n      id\n      version\n      responsibleLeader\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaceQuarter($quarter: String!) {\n    unitRace(quarter: $quarter) {\n      quarter\n      asOf\n      published\n      publishedAt\n      rows {\n        unit {\n          id\n          name\n        }\n        score\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query RaceQuarter($quarter: String!) {\n    unitRace(quarter: $quarter) {\n      quarter\n      asOf\n      published\n      publishedAt\n      rows {\n        unit {\n          id\n          name\n        }\n        score\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTargets {\n    targets {\n      code\n      name\n      unit\n      annual\n      periodEnded\n      periods {\n        periodStart\n        periodEnd\n        targetValue\n        baseline\n        baselineYear\n        quotas {\n          unit {\n            id\n            name\n          }\n          value\n        }\n        regionQuotas {\n          region {\n            id\n            name\n          }\n          value\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      region {\n        id\n      }\n    }\n    me {\n      id\n      region {\n        id\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTargets {\n    targets {\n      code\n      name\n      unit\n      annual\n      periodEnded\n      periods {\n        periodStart\n        periodEnd\n        targetValue\n        baseline\n        baselineYear\n        quotas {\n          unit {\n            id\n            name\n          }\n          value\n        }\n        regionQuotas {\n          region {\n            id\n            name\n          }\n          value\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n      region {\n        id\n      }\n    }\n    me {\n      id\n      region {\n        id\n        children {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTarget($code: String!, $input: TargetInput!, $periodStart: Date) {\n    updateTarget(code: $code, input: $input, periodStart: $periodStart) {\n      code\n      target\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTarget($code: String!, $input: TargetInput!, $periodStart: Date) {\n    updateTarget(code: $code, input: $input, periodStart: $periodStart) {\n      code\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTargetPeriod($code: String!, $input: TargetInput!) {\n    addTargetPeriod(code: $code, input: $input) {\n      code\n      target\n    }\n  }\n"): (typeof documents)["\n  mutation AddTargetPeriod($code: String!, $input: TargetInput!) {\n    addTargetPeriod(code: $code, input: $input) {\n      code\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargetQuotas($code: String!, $periodStart: Date!, $quotas: [UnitQuotaInput!]!) {\n    setTargetQuotas(code: $code, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation SetTargetQuotas($code: String!, $periodStart: Date!, $quotas: [UnitQuotaInput!]!) {\n    setTargetQuotas(code: $code, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRegionQuotas($code: String!, $regionId: ID!, $periodStart: Date!, $quotas: [RegionQuotaInput!]!) {\n    setRegionQuotas(code: $code, regionId: $regionId, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation SetRegionQuotas($code: String!, $regionId: ID!, $periodStart: Date!, $quotas: [RegionQuotaInput!]!) {\n    setRegionQuotas(code: $code, regionId: $regionId, periodStart: $periodStart, quotas: $quotas) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreWeights {\n    scoreWeights {\n      key\n      weight\n    }\n  }\n"): (typeof documents)["\n  query ScoreWeights {\n    scoreWeights {\n      key\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetScoreWeights($input: [ScoreWeightInput!]!) {\n    setScoreWeights(input: $input) {\n      key\n      weight\n    }\n  }\n"): (typeof documents)["\n  mutation SetScoreWeights($input: [ScoreWeightInput!]!) {\n    setScoreWeights(input: $input) {\n      key\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUser on User {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      reportReviewer\n      unit {\n        id\n        name\n      }\n  }\n"): (typeof documents)["\n  fragment AdminUser on User {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      reportReviewer\n      unit {\n        id\n        name\n      }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $newPassword: String!) {\n    resetPassword(id: $id, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($name: String!, $kind: UnitKind!) {\n    createUnit(name: $name, kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameUnit($id: ID!, $name: String!) {\n    renameUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeTemplateFields on NodeTemplate {\n    kind\n    name\n    version\n    projectCount\n    updatedAt\n    nodes {\n      key\n      name\n      months\n      stage\n    }\n  }\n"): (typeof documents)["\n  fragment NodeTemplateFields on NodeTemplate {\n    kind\n    name\n    version\n    projectCount\n    updatedAt\n    nodes {\n      key\n      name\n      months\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeTemplates {\n    nodeTemplates {\n      ...NodeTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query NodeTemplates {\n    nodeTemplates {\n      ...NodeTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNodeTemplate($input: NodeTemplateInput!) {\n    saveNodeTemplate(input: $input) {\n      ...NodeTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNodeTemplate($input: NodeTemplateInput!) {\n    saveNodeTemplate(input: $input) {\n      ...NodeTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actionLabel\n        objectLabel\n        note\n        ip\n        result\n        chainSeq\n        actor {\n          id\n          username\n          displayName\n        }\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actionLabel\n        objectLabel\n        note\n        ip\n        result\n        chainSeq\n        actor {\n          id\n          username\n          displayName\n        }\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainCheck {\n    auditChainCheck {\n      ok\n      checkedRows\n      headSeq\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  query AuditChainCheck {\n    auditChainCheck {\n      ok\n      checkedRows\n      headSeq\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditArchives {\n    auditArchives {\n      id\n      upToSeq\n      rows\n      fileName\n      fileSha256\n      archivedAt\n      url\n      archivedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditArchives {\n    auditArchives {\n      id\n      upToSeq\n      rows\n      fileName\n      fileSha256\n      archivedAt\n      url\n      archivedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAuditLog {\n    archiveAuditLog {\n      id\n      rows\n      fileName\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveAuditLog {\n    archiveAuditLog {\n      id\n      rows\n      fileName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code)\n  }\n"): (typeof documents)["\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    myAccount {\n      restriction\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n      passwordChangedAt\n      passwordExpiresOn\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    myAccount {\n      restriction\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n      passwordChangedAt\n      passwordExpiresOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableOwnTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableOwnTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      permissions\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      permissions\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Restriction {\n    myAccount {\n      restriction\n      signInMethod\n    }\n  }\n"): (typeof documents)["\n  query Restriction {\n    myAccount {\n      restriction\n      signInMethod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackupFields on Backup {\n    id\n    fileName\n    status\n    startedAt\n    finishedAt\n    size\n    sha256\n    error\n    scheduledFor\n    downloadUrl\n    startedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment BackupFields on Backup {\n    id\n    fileName\n    status\n    startedAt\n    finishedAt\n    size\n    sha256\n    error\n    scheduledFor\n    downloadUrl\n    startedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Backups {\n    backups {\n      ...BackupFields\n    }\n  }\n"): (typeof documents)["\n  query Backups {\n    backups {\n      ...BackupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBackup {\n    startBackup {\n      ...BackupFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartBackup {\n    startBackup {\n      ...BackupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallScreen {\n    targets {\n      code\n      name\n      current\n      target\n      percent\n      elapsedPercent\n      onTrack\n    }\n    battleMap {\n      id\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      light\n      latitude\n      longitude\n      responsibleLeader\n      openProblemCount\n      leadUnit {\n        id\n        name\n      }\n    }\n    dashboard {\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n          }\n          newMajor10Signings\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        nonCompliantProjects\n      }\n    }\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"): (typeof documents)["\n  query WallScreen {\n    targets {\n      code\n      name\n      current\n      target\n      percent\n      elapsedPercent\n      onTrack\n    }\n    battleMap {\n      id\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      light\n      latitude\n      longitude\n      responsibleLeader\n      openProblemCount\n      leadUnit {\n        id\n        name\n      }\n    }\n    dashboard {\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n          }\n          newMajor10Signings\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        nonCompliantProjects\n      }\n    }\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BattleMap($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      code\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      tier\n      stage\n      responsibleLeader\n      responsibleLeaderUser {\n        id\n      }\n      serviceOfficer {\n        id\n        displayName\n      }\n      light\n      latitude\n      longitude\n      openProblemCount\n      worstOpenProblemLevel\n      complianceStatus\n      leadUnit {\n        id\n        name\n      }\n      nextMilestone {\n        id\n        key\n        name\n        plannedOn\n        status\n      }\n    }\n    battleMapCount(minTier: $minTier)\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"): (typeof documents)["\n  query BattleMap($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      code\n      name\n      region {\n        id\n        name\n      }\n      totalInvestment\n      tier\n      stage\n      responsibleLeader\n      responsibleLeaderUser {\n        id\n      }\n      serviceOfficer {\n        id\n        displayName\n      }\n      light\n      latitude\n      longitude\n      openProblemCount\n      worstOpenProblemLevel\n      complianceStatus\n      leadUnit {\n        id\n        name\n      }\n      nextMilestone {\n        id\n        key\n        name\n        plannedOn\n        status\n      }\n    }\n    battleMapCount(minTier: $minTier)\n    appConfig {\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BattleTimeline($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      milestones {\n        id\n        key\n        name\n        baselineOn\n        plannedOn\n        actualOn\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BattleTimeline($minTier: Tier) {\n    battleMap(minTier: $minTier) {\n      id\n      milestones {\n        id\n        key\n        name\n        baselineOn\n        plannedOn\n        actualOn\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceTab($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      landArea\n      viewerCanInspect\n      complianceStatus\n      muGrade\n      agreement {\n        agreedInvestment\n        investmentIntensity\n        landArea\n        plotRatio\n        startDeadline\n        completionDeadline\n        productionDeadline\n        capacityDeadline\n        annualOutput\n        taxPerMu\n      }\n      complianceChecks {\n        id\n        checkedOn\n        period\n        result\n        grade\n        taxPerMu\n        investmentIntensity\n        action\n        rectifyBy\n        findings\n        createdAt\n        supersedes {\n          id\n        }\n        inspector {\n          id\n          displayName\n        }\n        clauses {\n          clause\n          verdict\n          expected\n          actual\n        }\n        attachments {\n          fileName\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceTab($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      landArea\n      viewerCanInspect\n      complianceStatus\n      muGrade\n      agreement {\n        agreedInvestment\n        investmentIntensity\n        landArea\n        plotRatio\n        startDeadline\n        completionDeadline\n        productionDeadline\n        capacityDeadline\n        annualOutput\n        taxPerMu\n      }\n      complianceChecks {\n        id\n        checkedOn\n        period\n        result\n        grade\n        taxPerMu\n        investmentIntensity\n        action\n        rectifyBy\n        findings\n        createdAt\n        supersedes {\n          id\n        }\n        inspector {\n          id\n          displayName\n        }\n        clauses {\n          clause\n          verdict\n          expected\n          actual\n        }\n        attachments {\n          fileName\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgreement($projectId: ID!, $input: AgreementInput!) {\n    setAgreement(projectId: $projectId, input: $input) {\n      taxPerMu\n    }\n  }\n"): (typeof documents)["\n  mutation SetAgreement($projectId: ID!, $input: AgreementInput!) {\n    setAgreement(projectId: $projectId, input: $input) {\n      taxPerMu\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCheck($input: ComplianceCheckInput!) {\n    previewComplianceCheck(input: $input) {\n      result\n      grade\n      taxPerMu\n      investmentIntensity\n      clauses {\n        clause\n        verdict\n        expected\n        actual\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewCheck($input: ComplianceCheckInput!) {\n    previewComplianceCheck(input: $input) {\n      result\n      grade\n      taxPerMu\n      investmentIntensity\n      clauses {\n        clause\n        verdict\n        expected\n        actual\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCheck($input: ComplianceCheckInput!) {\n    recordComplianceCheck(input: $input) {\n      id\n      result\n      grade\n      project {\n        id\n        light\n        complianceStatus\n        muGrade\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCheck($input: ComplianceCheckInput!) {\n    recordComplianceCheck(input: $input) {\n      id\n      result\n      grade\n      project {\n        id\n        light\n        complianceStatus\n        muGrade\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionsDue {\n    inspectionsDue {\n      id\n      code\n      name\n      stage\n      tier\n      complianceStatus\n      muGrade\n      leadUnit {\n        id\n        name\n      }\n      agreement {\n        capacityDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionsDue {\n    inspectionsDue {\n      id\n      code\n      name\n      stage\n      tier\n      complianceStatus\n      muGrade\n      leadUnit {\n        id\n        name\n      }\n      agreement {\n        capacityDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurementsDue($id: ID!, $on: Date!) {\n    project(id: $id) {\n      id\n      agreement {\n        measurementsDue(on: $on)\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasurementsDue($id: ID!, $on: Date!) {\n    project(id: $id) {\n      id\n      agreement {\n        measurementsDue(on: $on)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      annual\n      baseline\n      baselineYear\n      target\n      current\n      percent\n      periodStart\n      periodEnd\n      elapsedPercent\n      onTrack\n      periodEnded\n      achieved\n      available\n      asOf\n      byUnit {\n        unit {\n          id\n        }\n        quota\n        current\n      }\n    }\n    me {\n      id\n      unit {\n        id\n      }\n    }\n    dashboard(asOf: $asOf, regionId: $regionId) {\n      asOf\n      region {\n        id\n        level\n      }\n      stageFunnel {\n        stage\n        count\n        investment\n      }\n      byIndustry {\n        industry\n        count\n        investment\n      }\n      signingsByMonth {\n        month\n        count\n        investment\n      }\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n            region {\n              name\n            }\n          }\n          newMajor10Signings\n          major50Signings\n          landingRate\n          nodesOnTimePercent\n          overdueProblems\n          problemExtensions\n          reportsOnTimePercent\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        projectsWithOverdueProblems\n        nonCompliantProjects\n      }\n      weights {\n        key\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      annual\n      baseline\n      baselineYear\n      target\n      current\n      percent\n      periodStart\n      periodEnd\n      elapsedPercent\n      onTrack\n      periodEnded\n      achieved\n      available\n      asOf\n      byUnit {\n        unit {\n          id\n        }\n        quota\n        current\n      }\n    }\n    me {\n      id\n      unit {\n        id\n      }\n    }\n    dashboard(asOf: $asOf, regionId: $regionId) {\n      asOf\n      region {\n        id\n        level\n      }\n      stageFunnel {\n        stage\n        count\n        investment\n      }\n      byIndustry {\n        industry\n        count\n        investment\n      }\n      signingsByMonth {\n        month\n        count\n        investment\n      }\n      race {\n        quarter\n        asOf\n        published\n        publishedAt\n        rows {\n          unit {\n            id\n            name\n            region {\n              name\n            }\n          }\n          newMajor10Signings\n          major50Signings\n          landingRate\n          nodesOnTimePercent\n          overdueProblems\n          problemExtensions\n          reportsOnTimePercent\n          score\n          rank\n        }\n      }\n      warnings {\n        overdueNodes\n        projectsWithOverdueNodes\n        overdueProblems\n        projectsWithOverdueProblems\n        nonCompliantProjects\n      }\n      weights {\n        key\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetProjects($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      kind\n      byUnit {\n        unit {\n          id\n          name\n        }\n        quota\n        current\n        percent\n      }\n      projects {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        leadUnit {\n          id\n          name\n        }\n      }\n      pipelineHigh\n      pipeline {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        likelihood\n        expectedSigningMonth\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetProjects($asOf: Date, $regionId: ID) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      kind\n      byUnit {\n        unit {\n          id\n          name\n        }\n        quota\n        current\n        percent\n      }\n      projects {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        leadUnit {\n          id\n          name\n        }\n      }\n      pipelineHigh\n      pipeline {\n        id\n        code\n        name\n        totalInvestment\n        signedOn\n        stage\n        likelihood\n        expectedSigningMonth\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualAssessment($year: Int!) {\n    annualAssessment(year: $year) {\n      year\n      weights {\n        key\n        weight\n      }\n      rows {\n        unit {\n          id\n          name\n        }\n        quarterScores\n        quarterPublished\n        targetScore\n        score\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualAssessment($year: Int!) {\n    annualAssessment(year: $year) {\n      year\n      weights {\n        key\n        weight\n      }\n      rows {\n        unit {\n          id\n          name\n        }\n        quarterScores\n        quarterPublished\n        targetScore\n        score\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRace($quarter: String!) {\n    publishRace(quarter: $quarter) {\n      quarter\n      published\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRace($quarter: String!) {\n    publishRace(quarter: $quarter) {\n      quarter\n      published\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvertLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query ConvertLeaders {\n    leaders {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandOverUnits {\n    regions {\n      id\n    }\n    units {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HandOverUnits {\n    regions {\n      id\n    }\n    units {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverLead($id: ID!, $version: Int!, $unitId: ID!) {\n    handOverLead(id: $id, version: $version, unitId: $unitId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HandOverLead($id: ID!, $version: Int!, $unitId: ID!) {\n    handOverLead(id: $id, version: $version, unitId: $unitId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadUnits {\n    units {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LeadUnits {\n    units {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalkParticipants($unitId: ID!) {\n    leaders {\n      id\n      displayName\n    }\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query TalkParticipants($unitId: ID!) {\n    leaders {\n      id\n      displayName\n    }\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TalkFields on Interaction {\n    id\n    on\n    kind\n    summary\n    nextStep\n    followUpOn\n    theirParticipants\n    ourParticipants {\n      id\n      displayName\n    }\n    recordedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment TalkFields on Interaction {\n    id\n    on\n    kind\n    summary\n    nextStep\n    followUpOn\n    theirParticipants\n    ourParticipants {\n      id\n      displayName\n    }\n    recordedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on ProjectDocument {\n    id\n    kind\n    title\n    signedOn\n    versions {\n      id\n      fileName\n      size\n      uploadedAt\n      url\n      superseded\n      uploadedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFields on ProjectDocument {\n    id\n    kind\n    title\n    signedOn\n    versions {\n      id\n      fileName\n      size\n      uploadedAt\n      url\n      superseded\n      uploadedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConflictFields on InvestorConflict {\n    id\n    matchedOn\n    foundAt\n    decidedAt\n    decisionNote\n    leadingUnit {\n      id\n      name\n    }\n    first {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n    second {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConflictFields on InvestorConflict {\n    id\n    matchedOn\n    foundAt\n    decidedAt\n    decisionNote\n    leadingUnit {\n      id\n      name\n    }\n    first {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n    second {\n      unit {\n        id\n        name\n      }\n      lead {\n        id\n        title\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($filter: LeadFilter, $first: Int, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        source\n        industry\n        intendedInvestment\n        receivedOn\n        conflict\n        investor {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leads($filter: LeadFilter, $first: Int, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        source\n        industry\n        intendedInvestment\n        receivedOn\n        conflict\n        investor {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      status\n      source\n      industry\n      intendedInvestment\n      receivedOn\n      droppedOn\n      dropReason\n      convertedOn\n      version\n      conflict\n      region {\n        id\n        name\n      }\n      investor {\n        id\n        version\n        name\n        creditCode\n        country\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n        }\n      }\n      unit {\n        id\n        name\n      }\n      owner {\n        id\n        displayName\n      }\n      project {\n        id\n        code\n        name\n        stage\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      title\n      status\n      source\n      industry\n      intendedInvestment\n      receivedOn\n      droppedOn\n      dropReason\n      convertedOn\n      version\n      conflict\n      region {\n        id\n        name\n      }\n      investor {\n        id\n        version\n        name\n        creditCode\n        country\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n        }\n      }\n      unit {\n        id\n        name\n      }\n      owner {\n        id\n        displayName\n      }\n      project {\n        id\n        code\n        name\n        stage\n      }\n      conflicts {\n        ...ConflictFields\n      }\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Investors($search: String) {\n    investors(search: $search, first: 20) {\n      id\n      name\n      creditCode\n    }\n  }\n"): (typeof documents)["\n  query Investors($search: String) {\n    investors(search: $search, first: 20) {\n      id\n      name\n      creditCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveInvestor($input: InvestorInput!) {\n    saveInvestor(input: $input) {\n      id\n      name\n      creditCode\n    }\n  }\n"): (typeof documents)["\n  mutation SaveInvestor($input: InvestorInput!) {\n    saveInvestor(input: $input) {\n      id\n      name\n      creditCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: LeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: LeadInput!) {\n    createLead(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DropLead($id: ID!, $version: Int!, $reason: String!) {\n    dropLead(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DropLead($id: ID!, $version: Int!, $reason: String!) {\n    dropLead(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLead($id: ID!, $version: Int!, $responsibleLeaderId: ID) {\n    convertLead(id: $id, version: $version, responsibleLeaderId: $responsibleLeaderId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertLead($id: ID!, $version: Int!, $responsibleLeaderId: ID) {\n    convertLead(id: $id, version: $version, responsibleLeaderId: $responsibleLeaderId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTalk($input: InteractionInput!) {\n    recordInteraction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTalk($input: InteractionInput!) {\n    recordInteraction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideConflict($id: ID!, $leadingUnitId: ID!, $note: String) {\n    decideConflict(id: $id, leadingUnitId: $leadingUnitId, note: $note) {\n      id\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DecideConflict($id: ID!, $leadingUnitId: ID!, $note: String) {\n    decideConflict(id: $id, leadingUnitId: $leadingUnitId, note: $note) {\n      id\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunnelGroupFields on FunnelGroup {\n    source\n    unit {\n      id\n      name\n    }\n    leads\n    negotiating\n    signed\n    started\n  }\n"): (typeof documents)["\n  fragment FunnelGroupFields on FunnelGroup {\n    source\n    unit {\n      id\n      name\n    }\n    leads\n    negotiating\n    signed\n    started\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Funnel($from: Date!, $to: Date!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      leads\n      negotiating\n      signed\n      started\n      negotiatingRate\n      signedRate\n      startedRate\n      medianDaysToSign\n      medianDaysToStart\n      bySource {\n        ...FunnelGroupFields\n      }\n      byUnit {\n        ...FunnelGroupFields\n      }\n      entries {\n        reached\n        daysToSign\n        daysToStart\n        lead {\n          id\n          title\n          source\n          receivedOn\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Funnel($from: Date!, $to: Date!) {\n    funnel(from: $from, to: $to) {\n      from\n      to\n      leads\n      negotiating\n      signed\n      started\n      negotiatingRate\n      signedRate\n      startedRate\n      medianDaysToSign\n      medianDaysToStart\n      bySource {\n        ...FunnelGroupFields\n      }\n      byUnit {\n        ...FunnelGroupFields\n      }\n      entries {\n        reached\n        daysToSign\n        daysToStart\n        lead {\n          id\n          title\n          source\n          receivedOn\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectTalks($id: ID!) {\n    project(id: $id) {\n      id\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectTalks($id: ID!) {\n    project(id: $id) {\n      id\n      interactions {\n        ...TalkFields\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectConflicts($id: ID!) {\n    project(id: $id) {\n      id\n      conflicts {\n        ...ConflictFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectConflicts($id: ID!) {\n    project(id: $id) {\n      id\n      conflicts {\n        ...ConflictFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings {\n    meetings(first: 100) {\n      id\n      kind\n      title\n      heldOn\n      chair {\n        id\n        displayName\n      }\n      decisions {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings {\n    meetings(first: 100) {\n      id\n      kind\n      title\n      heldOn\n      chair {\n        id\n        displayName\n      }\n      decisions {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetail on Meeting {\n    id\n    kind\n    title\n    heldOn\n    minutes\n    version\n    chair {\n      id\n      displayName\n    }\n    attendingUnits {\n      id\n      name\n    }\n    agenda {\n      id\n      title\n      source\n      project {\n        id\n        name\n      }\n      problem {\n        id\n        status\n      }\n    }\n    decisions {\n      id\n      title\n      status\n      dueOn\n      overdue\n      project {\n        id\n        name\n      }\n      leadUnit {\n        id\n        name\n      }\n      coUnits {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetail on Meeting {\n    id\n    kind\n    title\n    heldOn\n    minutes\n    version\n    chair {\n      id\n      displayName\n    }\n    attendingUnits {\n      id\n      name\n    }\n    agenda {\n      id\n      title\n      source\n      project {\n        id\n        name\n      }\n      problem {\n        id\n        status\n      }\n    }\n    decisions {\n      id\n      title\n      status\n      dueOn\n      overdue\n      project {\n        id\n        name\n      }\n      leadUnit {\n        id\n        name\n      }\n      coUnits {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingUnits {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MeetingUnits {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingFormOptions {\n    leaders {\n      id\n      displayName\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MeetingFormOptions {\n    leaders {\n      id\n      displayName\n    }\n    units {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: MeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingUpdateInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...MeetingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingDecision($meetingId: ID!, $input: MeetingDecisionInput!) {\n    addMeetingDecision(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingDecision($meetingId: ID!, $input: MeetingDecisionInput!) {\n    addMeetingDecision(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bulletins {\n    bulletins(first: 100) {\n      id\n      kind\n      period\n      asOf\n      title\n      issuedAt\n      downloadUrl\n      issuedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bulletins {\n    bulletins(first: 100) {\n      id\n      kind\n      period\n      asOf\n      title\n      issuedAt\n      downloadUrl\n      issuedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueBulletin($input: BulletinInput!) {\n    issueBulletin(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation IssueBulletin($input: BulletinInput!) {\n    issueBulletin(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProblemBoard($filter: ProblemFilter) {\n    problems(filter: $filter, first: 200) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        category\n        dueOn\n        overdue\n        leadUnit {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProblemBoard($filter: ProblemFilter) {\n    problems(filter: $filter, first: 200) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        category\n        dueOn\n        overdue\n        leadUnit {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProblemDetail on Problem {\n    id\n    title\n    description\n    category\n    status\n    level\n    dueOn\n    overdue\n    createdAt\n    viewerActions\n    project {\n      id\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    coUnits {\n      id\n      name\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    meeting {\n      id\n      title\n    }\n    parentProblem {\n      id\n      title\n    }\n    updates {\n      id\n      kind\n      body\n      fromStatus\n      toStatus\n      fromLevel\n      toLevel\n      fromDueOn\n      toDueOn\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n      at\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProblemDetail on Problem {\n    id\n    title\n    description\n    category\n    status\n    level\n    dueOn\n    overdue\n    createdAt\n    viewerActions\n    project {\n      id\n      code\n      name\n    }\n    leadUnit {\n      id\n      name\n    }\n    coUnits {\n      id\n      name\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    meeting {\n      id\n      title\n    }\n    parentProblem {\n      id\n      title\n    }\n    updates {\n      id\n      kind\n      body\n      fromStatus\n      toStatus\n      fromLevel\n      toLevel\n      fromDueOn\n      toDueOn\n      fromUnit {\n        id\n        name\n      }\n      toUnit {\n        id\n        name\n      }\n      at\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Problem($id: ID!) {\n    problem(id: $id) {\n      ...ProblemDetail\n    }\n  }\n"): (typeof documents)["\n  query Problem($id: ID!) {\n    problem(id: $id) {\n      ...ProblemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProblemStatus($id: ID!, $status: ProblemStatus!, $note: String) {\n    setProblemStatus(id: $id, status: $status, note: $note) {\n      ...ProblemDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetProblemStatus($id: ID!, $status: ProblemStatus!, $note: String) {\n    setProblemStatus(id: $id, status: $status, note: $note) {\n      ...ProblemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateProblem($id: ID!, $note: String) {\n    escalateProblem(id: $id, note: $note) {\n      ...ProblemDetail\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateProblem($id: ID!, $note: String) {\n    escalateProblem(id: $id, note: $note) {\n      ...ProblemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendProblemDue($id: ID!, $dueOn: Date!, $reason: String!) {\n    extendProblemDue(id: $id, dueOn: $dueOn, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendProblemDue($id: ID!, $dueOn: Date!, $reason: String!) {\n    extendProblemDue(id: $id, dueOn: $dueOn, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverProblem($id: ID!, $leadUnitId: ID!, $reason: String!) {\n    handOverProblem(id: $id, leadUnitId: $leadUnitId, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n"): (typeof documents)["\n  mutation HandOverProblem($id: ID!, $leadUnitId: ID!, $reason: String!) {\n    handOverProblem(id: $id, leadUnitId: $leadUnitId, reason: $reason) {\n      ...ProblemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProblemNote($id: ID!, $body: String!) {\n    addProblemNote(id: $id, body: $body) {\n      ...ProblemDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddProblemNote($id: ID!, $body: String!) {\n    addProblemNote(id: $id, body: $body) {\n      ...ProblemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsForProblem {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query UnitsForProblem {\n    units {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseProblem($input: ProblemInput!) {\n    raiseProblem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseProblem($input: ProblemInput!) {\n    raiseProblem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($id: ID!, $plannedOn: Date, $actualOn: Date, $note: String) {\n    updateMilestone(id: $id, plannedOn: $plannedOn, actualOn: $actualOn, note: $note) {\n      id\n      plannedOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      completedByStage\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($id: ID!, $plannedOn: Date, $actualOn: Date, $note: String) {\n    updateMilestone(id: $id, plannedOn: $plannedOn, actualOn: $actualOn, note: $note) {\n      id\n      plannedOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      completedByStage\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($projectId: ID!, $name: String!, $plannedOn: Date!, $note: String) {\n    addMilestone(projectId: $projectId, name: $name, plannedOn: $plannedOn, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($projectId: ID!, $name: String!, $plannedOn: Date!, $note: String) {\n    addMilestone(projectId: $projectId, name: $name, plannedOn: $plannedOn, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n    units {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n    units {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFormUnits {\n    units {\n      id\n      name\n      kind\n    }\n    leaders {\n      id\n      displayName\n    }\n    nodeTemplates {\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProjectFormUnits {\n    units {\n      id\n      name\n      kind\n    }\n    leaders {\n      id\n      displayName\n    }\n    nodeTemplates {\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPromoters($unitId: ID!) {\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query UnitPromoters($unitId: ID!) {\n    unitPromoters(unitId: $unitId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectPatch!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectPatch!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectList($filter: ProjectFilter, $first: Int, $offset: Int, $orderBy: ProjectOrder) {\n    projects(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        investor\n        industry\n        totalInvestment\n        tier\n        stage\n        signedOn\n        light\n        muGrade\n        countsTowardTarget\n        leadUnit {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n    regions {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query ProjectList($filter: ProjectFilter, $first: Int, $offset: Int, $orderBy: ProjectOrder) {\n    projects(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        investor\n        industry\n        totalInvestment\n        tier\n        stage\n        signedOn\n        light\n        muGrade\n        countsTowardTarget\n        leadUnit {\n          id\n          name\n        }\n        region {\n          id\n          name\n        }\n      }\n    }\n    units {\n      id\n      name\n      kind\n    }\n    regions {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceStage($id: ID!, $version: Int!, $to: Stage!, $on: Date!, $note: String) {\n    advanceStage(id: $id, version: $version, to: $to, on: $on, note: $note) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceStage($id: ID!, $version: Int!, $to: Stage!, $on: Date!, $note: String) {\n    advanceStage(id: $id, version: $version, to: $to, on: $on, note: $note) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateProject($id: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    terminateProject(id: $id, version: $version, on: $on, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateProject($id: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    terminateProject(id: $id, version: $version, on: $on, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectStage($id: ID!, $version: Int!, $to: Stage!, $reason: String!) {\n    correctStage(id: $id, version: $version, to: $to, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectStage($id: ID!, $version: Int!, $to: Stage!, $reason: String!) {\n    correctStage(id: $id, version: $version, to: $to, reason: $reason) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetail on Project {\n    id\n    code\n    likelihood\n    expectedSigningMonth\n    conflict\n    investorRecord {\n      id\n      creditCode\n    }\n    lead {\n      id\n      title\n    }\n\n    name\n    investor\n    industry\n    source\n    isManufacturing\n    isForeign\n    foreignInvestmentUsd\n    totalInvestmentUsd\n    isChainProject\n    kind {\n      kind\n      name\n    }\n    totalInvestment\n    fixedAssetInvestment\n    landArea\n    responsibleLeader\n    latitude\n    longitude\n    address\n    stage\n    signedOn\n    startedOn\n    acceptedOn\n    productionOn\n    capacityOn\n    terminatedOn\n    terminationReason\n    tier\n    countsTowardTarget\n    light\n    version\n    viewerCanEdit\n    createdAt\n    updatedAt\n    leadUnit {\n      id\n      name\n    }\n    platform {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    responsibleLeaderUser {\n      id\n      displayName\n    }\n    serviceOfficer {\n      id\n      displayName\n    }\n    milestones {\n      id\n      key\n      name\n      plannedOn\n      baselineOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      settledByStage\n      completedByStage\n      status\n    }\n    problems {\n      id\n      title\n      status\n      level\n      dueOn\n      overdue\n      leadUnit {\n        id\n        name\n      }\n    }\n    stageEvents {\n      id\n      from\n      to\n      on\n      note\n      isCorrection\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      at\n      action\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetail on Project {\n    id\n    code\n    likelihood\n    expectedSigningMonth\n    conflict\n    investorRecord {\n      id\n      creditCode\n    }\n    lead {\n      id\n      title\n    }\n\n    name\n    investor\n    industry\n    source\n    isManufacturing\n    isForeign\n    foreignInvestmentUsd\n    totalInvestmentUsd\n    isChainProject\n    kind {\n      kind\n      name\n    }\n    totalInvestment\n    fixedAssetInvestment\n    landArea\n    responsibleLeader\n    latitude\n    longitude\n    address\n    stage\n    signedOn\n    startedOn\n    acceptedOn\n    productionOn\n    capacityOn\n    terminatedOn\n    terminationReason\n    tier\n    countsTowardTarget\n    light\n    version\n    viewerCanEdit\n    createdAt\n    updatedAt\n    leadUnit {\n      id\n      name\n    }\n    platform {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    responsibleLeaderUser {\n      id\n      displayName\n    }\n    serviceOfficer {\n      id\n      displayName\n    }\n    milestones {\n      id\n      key\n      name\n      plannedOn\n      baselineOn\n      actualOn\n      note\n      late\n      lateAgainstBaseline\n      slipDays\n      settledByStage\n      completedByStage\n      status\n    }\n    problems {\n      id\n      title\n      status\n      level\n      dueOn\n      overdue\n      leadUnit {\n        id\n        name\n      }\n    }\n    stageEvents {\n      id\n      from\n      to\n      on\n      note\n      isCorrection\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      at\n      action\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionBoard($regionId: ID!, $asOf: Date, $quarter: String!) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      current\n      byRegion {\n        region {\n          id\n          name\n        }\n        quota\n        current\n      }\n    }\n    regionRace(regionId: $regionId, quarter: $quarter) {\n      quarter\n      asOf\n      published\n      regionRows {\n        region {\n          id\n          name\n        }\n        newMajor10Signings\n        major50Signings\n        landingRate\n        nodesOnTimePercent\n        overdueProblems\n        reportsOnTimePercent\n        score\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionBoard($regionId: ID!, $asOf: Date, $quarter: String!) {\n    targets(asOf: $asOf, regionId: $regionId) {\n      code\n      name\n      unit\n      kind\n      current\n      byRegion {\n        region {\n          id\n          name\n        }\n        quota\n        current\n      }\n    }\n    regionRace(regionId: $regionId, quarter: $quarter) {\n      quarter\n      asOf\n      published\n      regionRows {\n        region {\n          id\n          name\n        }\n        newMajor10Signings\n        major50Signings\n        landingRate\n        nodesOnTimePercent\n        overdueProblems\n        reportsOnTimePercent\n        score\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringSettings {\n    monitoringSettings {\n      reportDueDay\n    }\n  }\n"): (typeof documents)["\n  query MonitoringSettings {\n    monitoringSettings {\n      reportDueDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportDueDay($day: Int!) {\n    setReportDueDay(day: $day) {\n      reportDueDay\n    }\n  }\n"): (typeof documents)["\n  mutation SetReportDueDay($day: Int!) {\n    setReportDueDay(day: $day) {\n      reportDueDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSheet($month: String!, $unitId: ID) {\n    monthlyReportSheet(month: $month, unitId: $unitId) {\n      month\n      closed\n      missing\n      toFile\n      dueOn\n      overdue\n      submitted\n      accepted\n      returned\n      rows {\n        previousCumulative\n        viewerCanSubmit\n        viewerCanReview\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        report {\n          id\n          investment\n          cumulativeInvestment\n          note\n          sameAsPrevious\n          exceedsTotal\n          reviewStatus\n          returnReason\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportSheet($month: String!, $unitId: ID) {\n    monthlyReportSheet(month: $month, unitId: $unitId) {\n      month\n      closed\n      missing\n      toFile\n      dueOn\n      overdue\n      submitted\n      accepted\n      returned\n      rows {\n        previousCumulative\n        viewerCanSubmit\n        viewerCanReview\n        project {\n          id\n          code\n          name\n          leadUnit {\n            id\n            name\n          }\n        }\n        report {\n          id\n          investment\n          cumulativeInvestment\n          note\n          sameAsPrevious\n          exceedsTotal\n          reviewStatus\n          returnReason\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($projectId: ID!, $month: String!, $investment: Decimal!, $note: String) {\n    submitMonthlyReport(projectId: $projectId, month: $month, investment: $investment, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($projectId: ID!, $month: String!, $investment: Decimal!, $note: String) {\n    submitMonthlyReport(projectId: $projectId, month: $month, investment: $investment, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReport($id: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    reviewMonthlyReport(id: $id, version: $version, accept: $accept, reason: $reason) {\n      id\n      reviewStatus\n      returnReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewReport($id: ID!, $version: Int!, $accept: Boolean!, $reason: String) {\n    reviewMonthlyReport(id: $id, version: $version, accept: $accept, reason: $reason) {\n      id\n      reviewStatus\n      returnReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMonth($month: String!) {\n    closeReportMonth(month: $month) {\n      closed\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMonth($month: String!) {\n    closeReportMonth(month: $month) {\n      closed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkIdentity($userId: ID!, $subject: String!) {\n    linkIdentity(userId: $userId, subject: $subject) {\n      id\n      governmentIdentity\n    }\n  }\n"): (typeof documents)["\n  mutation LinkIdentity($userId: ID!, $subject: String!) {\n    linkIdentity(userId: $userId, subject: $subject) {\n      id\n      governmentIdentity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkIdentity($userId: ID!) {\n    unlinkIdentity(userId: $userId) {\n      id\n      governmentIdentity\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkIdentity($userId: ID!) {\n    unlinkIdentity(userId: $userId) {\n      id\n      governmentIdentity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      governmentIdentity\n    }\n  }\n"): (typeof documents)["\n  query SecurityUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      locked\n      mustChangePassword\n      twoFactorEnabled\n      demo\n      governmentIdentity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($id: ID!, $role: Role!) {\n    setUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTwoFactor($userId: ID!) {\n    disableTwoFactor(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($userId: ID!) {\n    disableTwoFactor(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecuritySettings {\n    securitySettings {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      passwordMinLength\n      passwordHistory\n      sessionIdleMinutes\n      sessionMaxHours\n      twoFactorRequired\n      auditRetentionDays\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SecuritySettings {\n    securitySettings {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      passwordMinLength\n      passwordHistory\n      sessionIdleMinutes\n      sessionMaxHours\n      twoFactorRequired\n      auditRetentionDays\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSecuritySettings($input: SecuritySettingsInput!) {\n    setSecuritySettings(input: $input) {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetSecuritySettings($input: SecuritySettingsInput!) {\n    setSecuritySettings(input: $input) {\n      passwordMaxAgeDays\n      lockoutFailures\n      lockoutMinutes\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id)\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($id: ID!) {\n    unlockAccount(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      providerLabel\n      passwordLogin\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      providerLabel\n      passwordLogin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedIn {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SignedIn {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!, $otp: String) {\n    login(username: $username, password: $password, otp: $otp) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!, $otp: String) {\n    login(username: $username, password: $password, otp: $otp) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTodo {\n    myTodo {\n      id\n      seen\n      kind\n      title\n      dueOn\n      overdue\n      project {\n        id\n      }\n      problem {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTodo {\n    myTodo {\n      id\n      seen\n      kind\n      title\n      dueOn\n      overdue\n      project {\n        id\n      }\n      problem {\n        id\n      }\n      lead {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTodoSeen($ids: [ID!]!) {\n    markTodoSeen(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkTodoSeen($ids: [ID!]!) {\n    markTodoSeen(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      unreadCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        read\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($after: String) {\n    myNotifications(first: 30, after: $after) {\n      unreadCount\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        read\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    myContact {\n      email\n      mobile\n    }\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    myContact {\n      email\n      mobile\n    }\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyContact($email: String, $mobile: String) {\n    setMyContact(email: $email, mobile: $mobile) {\n      email\n      mobile\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyContact($email: String, $mobile: String) {\n    setMyContact(email: $email, mobile: $mobile) {\n      email\n      mobile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      channel\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: [NotificationPreferenceInput!]!) {\n    setNotificationPreferences(input: $input) {\n      kind\n      channel\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryFailures {\n    deliveryFailures(first: 100) {\n      id\n      channel\n      attempts\n      lastError\n      createdAt\n      title\n      recipient\n    }\n  }\n"): (typeof documents)["\n  query DeliveryFailures {\n    deliveryFailures(first: 100) {\n      id\n      channel\n      attempts\n      lastError\n      createdAt\n      title\n      recipient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id)\n  }\n"): (typeof documents)["\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today {\n    appConfig {\n      today\n    }\n  }\n"): (typeof documents)["\n  query Today {\n    appConfig {\n      today\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;