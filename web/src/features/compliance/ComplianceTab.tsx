import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Empty, Flex, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementModal } from './AgreementModal';
import { CheckForm } from './CheckForm';
import { ClauseTable, GradeBadge } from './ClauseTable';
import { ComplianceTabQuery } from './graphql';

const agreementFields = [
  ['agreedInvestment', 'agreedInvestment'],
  ['investmentIntensity', 'investmentIntensity'],
  ['landArea', 'landArea'],
  ['plotRatio', 'plotRatio'],
  ['annualOutput', 'agreedOutput'],
  ['taxPerMu', 'taxPerMu'],
  ['startDeadline', 'startDeadline'],
  ['completionDeadline', 'completionDeadline'],
  ['productionDeadline', 'productionDeadline'],
  ['capacityDeadline', 'capacityDeadline'],
] as const;

/** A project's agreement and every check with its clause verdicts; corrections stand beside what they correct. */
export function ComplianceTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data, loading, refetch } = useQuery(ComplianceTabQuery, { variables: { id: projectId } });
  const [editing, setEditing] = useState(false);
  const [checking, setChecking] = useState<{ supersedesId: string | null } | null>(null);
  const project = data?.project;
  if (loading && !project) return <Spin />;
  if (!project) return null;
  const corrected = new Set(project.complianceChecks.map((c) => c.supersedes?.id).filter(Boolean));

  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Tag data-testid="compliance-status">{t(`complianceStatus.${project.complianceStatus}`)}</Tag>
        <GradeBadge grade={project.muGrade} />
        {project.viewerCanInspect && (
          <>
            <Button onClick={() => setEditing(true)}>{t('compliance.setAgreement')}</Button>
            {project.agreement && (
              <Button type="primary" onClick={() => setChecking({ supersedesId: null })}>
                {t('compliance.record')}
              </Button>
            )}
          </>
        )}
      </Space>
      {project.agreement ? (
        <Descriptions title={t('compliance.agreement')} bordered size="small" column={{ xs: 1, sm: 2 }}>
          {agreementFields.map(([field, label]) => (
            <Descriptions.Item key={field} label={t(`compliance.${label}`)}>
              {project.agreement?.[field] ?? '—'}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : (
        <Empty description={t('compliance.noAgreement')} />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('compliance.checks')}
      </Typography.Title>
      {project.complianceChecks.length === 0 && (
        <Typography.Text type="secondary">{t('compliance.noChecks')}</Typography.Text>
      )}
      {project.complianceChecks.map((check) => (
        <Card
          key={check.id}
          size="small"
          title={
            <Space wrap>
              {check.checkedOn}
              <Tag color={check.result === 'COMPLIANT' ? 'green' : 'red'}>{t(`result.${check.result}`)}</Tag>
              <GradeBadge grade={check.grade} />
              {check.supersedes && <Tag color="orange">{t('compliance.correction')}</Tag>}
              {corrected.has(check.id) && <Tag>{t('compliance.supersededBy')}</Tag>}
            </Space>
          }
          extra={
            project.viewerCanInspect &&
            !corrected.has(check.id) && (
              <Button size="small" onClick={() => setChecking({ supersedesId: check.id })}>
                {t('compliance.correct')}
              </Button>
            )
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('compliance.period')} {check.period} · {check.inspector?.displayName ?? ''}
            {check.taxPerMu !== null &&
              check.taxPerMu !== undefined &&
              ` · ${t('compliance.computedTax', { value: check.taxPerMu })}`}
            {check.action !== 'NONE' &&
              ` · ${t(`complianceAction.${check.action}`)}${check.rectifyBy ? ` ${t('compliance.rectifyBy')} ${check.rectifyBy}` : ''}`}
          </Typography.Paragraph>
          {check.findings && <Typography.Paragraph>{check.findings}</Typography.Paragraph>}
          <ClauseTable clauses={check.clauses} />
          {check.attachments.length > 0 && (
            <Space wrap style={{ marginTop: 8 }}>
              {check.attachments.map((a) => (
                <a key={a.url} href={a.url} target="_blank" rel="noreferrer">
                  {a.fileName}
                </a>
              ))}
            </Space>
          )}
        </Card>
      ))}
      <AgreementModal
        projectId={project.id}
        agreement={project.agreement}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => refetch()}
      />
      <CheckForm
        projectId={project.id}
        supersedesId={checking?.supersedesId}
        open={checking !== null}
        onClose={() => setChecking(null)}
        onRecorded={() => refetch()}
      />
    </Flex>
  );
}
