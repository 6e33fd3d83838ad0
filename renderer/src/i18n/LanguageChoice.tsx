import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, Language as LanguageSchema } from '../../../shared/schemas/common';

/** The two interface languages, each named in its own language. A controlled antd form field. */
export function LanguageChoice(props: { value?: Language; onChange?: (language: Language) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      id={props.id}
      value={props.value}
      onChange={(event) => props.onChange?.(event.target.value as Language)}
      optionType="button"
      options={LanguageSchema.options.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
    />
  );
}
