import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { NumberSettingsForm } from './NumberSettingsForm';

const ScoreWeightsQuery = graphql(`
  query ScoreWeights {
    scoreWeights {
      key
      weight
    }
  }
`);

const SetScoreWeightsMutation = graphql(`
  mutation SetScoreWeights($input: [ScoreWeightInput!]!) {
    setScoreWeights(input: $input) {
      key
      weight
    }
  }
`);

/** ADMIN: the weights of the unit race score. */
export function WeightsPanel() {
  const { t } = useTranslation();
  const { data } = useQuery(ScoreWeightsQuery, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetScoreWeightsMutation);
  const settings = useMemo(
    () => (data?.scoreWeights ?? []).map((w) => ({ key: w.key, label: t(`weight.${w.key}`), value: w.weight })),
    [data, t],
  );
  return (
    <NumberSettingsForm
      name="weights"
      note={t('targetAdmin.weightsNote')}
      settings={settings}
      max={100}
      saving={saving.loading}
      onSave={(values) => save({ variables: { input: values.map(({ key, value }) => ({ key, weight: value })) } })}
    />
  );
}
