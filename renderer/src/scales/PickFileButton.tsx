import { Button, Upload } from 'antd';
import type { ReactNode } from 'react';

/** A button that opens the system's file picker; the file is read here, not uploaded anywhere. */
export function PickFileButton({
  children,
  accept,
  icon,
  disabled,
  loading,
  onPick,
}: {
  children: ReactNode;
  /** The file kind the picker offers first; the counselor can still choose any file. */
  accept: string;
  icon: ReactNode;
  disabled?: boolean;
  loading: boolean;
  onPick: (file: File) => void;
}) {
  return (
    <Upload
      accept={accept}
      multiple={false}
      showUploadList={false}
      disabled={disabled || loading}
      beforeUpload={(file) => {
        onPick(file);
        return Upload.LIST_IGNORE;
      }}
    >
      <Button icon={icon} loading={loading} disabled={disabled}>
        {children}
      </Button>
    </Upload>
  );
}
