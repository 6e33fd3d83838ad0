import { AlertOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import type { CaseSource } from '../../../../shared/schemas/crisis';
import { requestCrisis, useCrisisRequestsHeard } from './crisis-requests';

/**
 * Starts a crisis case for the student from anywhere in the app; shown only where the main frame
 * will answer. `before` runs first: an alert closes itself so the form is not hidden behind it.
 */
export function OpenCaseButton({
  studentId,
  source,
  label,
  before,
  ...button
}: {
  studentId: string;
  source: CaseSource | null;
  label: string;
  before?: () => void;
} & Pick<ButtonProps, 'type' | 'size' | 'danger'>) {
  const heard = useCrisisRequestsHeard();
  if (!heard) return null;
  return (
    <Button
      {...button}
      icon={<AlertOutlined aria-hidden="true" />}
      onClick={() => {
        before?.();
        requestCrisis({ kind: 'start', studentId, source });
      }}
    >
      {label}
    </Button>
  );
}
