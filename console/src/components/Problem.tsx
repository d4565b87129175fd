// An API error as the person reads it: the status, the API's own explanation and the request id to look up
// in the logs.
import { Alert, Text } from '@mantine/core';
import { ApiProblem } from '../api.ts';
import { useI18n } from '../i18n.tsx';

export function Problem({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem =
    error instanceof ApiProblem
      ? error
      : new ApiProblem(0, 'Error', error instanceof Error ? error.message : String(error));
  return (
    <Alert
      color="red"
      role="alert"
      title={`${t('problem.title', { status: problem.status })} · ${problem.title}`}
    >
      <Text size="sm">{problem.detail}</Text>
      {problem.errors?.map((e) => (
        <Text size="sm" key={`${e.path}:${e.message}`}>
          {e.path}: {e.message}
        </Text>
      ))}
      {problem.requestId && (
        <Text size="xs" c="dimmed">
          {t('problem.request', { id: problem.requestId })}
        </Text>
      )}
    </Alert>
  );
}
