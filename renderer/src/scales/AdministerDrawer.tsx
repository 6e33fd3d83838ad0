import { Alert, App, Button, Drawer, Empty, Form, Input, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicableItems } from '../../../shared/domain/scales/item-states';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleAnswers } from '../../../shared/schemas/scale-definition';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import { useApiSubmit } from '../api/use-api-submit';
import { errorText } from '../i18n/error-text';
import { AdministerSetup } from './AdministerSetup';
import { applicableAnswers, withAnswer } from './answers';
import { itemLanguageChoice } from './item-languages';
import { ItemQuestion } from './ItemQuestion';
import { localIsoDate } from './local-date';
import { asLanguage } from './localized-text';
import { ScorePanel } from './ScorePanel';
import { useScaleDefinition } from './use-scale-definition';
import { useScaleLibrary } from './use-scale-library';

/**
 * Counselor-entered administration: the form, the live score beside it, then one save. The
 * answers live only here; closing with answers given asks first and says they are not kept.
 */
export function AdministerDrawer({
  student,
  open,
  onClose,
  onSaved,
}: {
  student: { id: string; name: string };
  open: boolean;
  onClose: () => void;
  onSaved: (result: ScaleResult) => void;
}) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const { library, error: libraryError } = useScaleLibrary();
  const [scaleHash, setScaleHash] = useState<string | null>(null);
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const [answers, setAnswers] = useState<ScaleAnswers>({});
  const [remark, setRemark] = useState('');
  const { busy, error, submit } = useApiSubmit();
  const { record, error: definitionError } = useScaleDefinition(scaleHash);
  const definition = record?.definition ?? null;

  const uiLanguage = asLanguage(i18n.language);
  const languageChoice = definition ? itemLanguageChoice(definition, uiLanguage) : null;
  const language =
    chosenLanguage && languageChoice?.offered.includes(chosenLanguage)
      ? chosenLanguage
      : (languageChoice?.initial ?? null);
  const scoring = useMemo(() => (definition ? scoreScale(definition, answers) : null), [definition, answers]);
  const items = definition ? applicableItems(definition, answers) : [];
  const scoredItems = items.filter((item) => item.kind !== 'text').length;
  const answeredCount = Object.keys(answers).length;

  const reset = () => {
    setScaleHash(null);
    setAnswers({});
    setRemark('');
    setChosenLanguage(null);
    setDate(localIsoDate(new Date()));
  };

  const close = () => {
    if (answeredCount === 0) {
      reset();
      return onClose();
    }
    modal.confirm({
      title: t('scales.administer.leaveTitle'),
      content: t('scales.administer.leaveText', { count: answeredCount }),
      okText: t('scales.administer.leaveConfirm'),
      cancelText: t('scales.administer.leaveCancel'),
      okButtonProps: { danger: true },
      // Keep answering is the safe default: Enter must not throw the answers away.
      autoFocusButton: 'cancel',
      onOk: () => {
        reset();
        onClose();
      },
    });
  };

  const chooseScale = (hash: string) => {
    setScaleHash(hash);
    // Answers belong to one scale's items; a different scale starts empty.
    setAnswers({});
  };

  const save = () => {
    if (!scaleHash || !language) return;
    void submit(
      () =>
        api.call('scales.saveResult', {
          studentId: student.id,
          scaleHash,
          language,
          administeredOn: date,
          answers,
          remark: remark.trim(),
        }),
      (result) => {
        reset();
        onSaved(result);
      },
    );
  };

  const approved = library?.scales.filter((scale) => scale.approved) ?? [];
  const problem = libraryError ?? definitionError ?? error;

  return (
    <Drawer
      open={open}
      onClose={close}
      size="min(1100px, 96vw)"
      title={t('scales.administer.title', { name: student.name })}
      closable={{ 'aria-label': t('scales.administer.close') }}
      data-testid="administer-drawer"
      footer={
        <div className="administer-footer">
          {scoring && scoring.unanswered.length > 0 && (
            <Typography.Text type="secondary">
              {t('scales.administer.unanswered', { count: scoring.unanswered.length })}
            </Typography.Text>
          )}
          <div className="administer-footer__buttons">
            <Button onClick={close}>{t('scales.administer.close')}</Button>
            <Button type="primary" loading={busy} disabled={!definition || !language || !date} onClick={save}>
              {t('scales.administer.save')}
            </Button>
          </div>
        </div>
      }
    >
      {!library ? (
        <Spin />
      ) : approved.length === 0 ? (
        <Empty description={t('scales.administer.noneApproved')} />
      ) : (
        <AdministerSetup
          scales={approved}
          scaleHash={scaleHash}
          date={date}
          languageChoice={languageChoice}
          language={language}
          onScale={chooseScale}
          onDate={setDate}
          onLanguage={setChosenLanguage}
        />
      )}
      {problem && <Alert type="error" showIcon className="form-alert" title={errorText(t, problem)} />}
      {scaleHash && !definition && !definitionError && <Spin />}
      {definition && scoring && language && (
        <div className="administer-body">
          <div className="administer-items">
            {items.map((item) => (
              <ItemQuestion
                key={item.id}
                definition={definition}
                item={item}
                language={language}
                answer={answers[item.id]}
                onAnswer={(answer) =>
                  setAnswers((current) => applicableAnswers(definition, withAnswer(current, item.id, answer)))
                }
              />
            ))}
            <Form layout="vertical" component="div">
              <Form.Item label={t('scales.administer.remark')} htmlFor="administer-remark">
                <Input
                  id="administer-remark"
                  maxLength={500}
                  value={remark}
                  onChange={(event) => setRemark(event.target.value)}
                />
              </Form.Item>
            </Form>
          </div>
          <ScorePanel
            definition={definition}
            scoring={scoring}
            language={uiLanguage}
            answered={scoredItems - scoring.unanswered.length}
            total={scoredItems}
          />
        </div>
      )}
    </Drawer>
  );
}
