import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { NumberSettingsForm } from './NumberSettingsForm';

const GradeThresholdsQuery = graphql(`
  query GradeThresholds {
    muGradeThresholds {
      grade
      minTaxPerMu
    }
  }
`);

const SetGradeThresholdsMutation = graphql(`
  mutation SetGradeThresholds($input: [GradeThresholdInput!]!) {
    setMuGradeThresholds(input: $input) {
      grade
      minTaxPerMu
    }
  }
`);

/** ADMIN: the lowest tax per mu (万元/亩/年) of each 亩均 grade. */
export function GradesPanel() {
  const { t } = useTranslation();
  const { data } = useQuery(GradeThresholdsQuery, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetGradeThresholdsMutation);
  const settings = useMemo(
    () =>
      (data?.muGradeThresholds ?? []).map((g) => ({
        key: g.grade,
        label: `${t('compliance.grade')} ${g.grade}`,
        value: g.minTaxPerMu,
      })),
    [data, t],
  );
  return (
    <NumberSettingsForm
      name="grades"
      note={t('targetAdmin.gradesNote')}
      settings={settings}
      max={10000}
      saving={saving.loading}
      onSave={(values) =>
        save({ variables: { input: values.map(({ key, value }) => ({ grade: key, minTaxPerMu: value })) } })
      }
    />
  );
}
