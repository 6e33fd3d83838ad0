import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { Button, Progress } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfReportSession } from '../../../../shared/schemas/scales';
import { itemById } from '../definition-lookup';
import { textIn } from '../localized-text';
import { EndStep } from './EndStep';
import { ItemAnswerInput } from './ItemAnswerInput';
import { firstOpenStep, hasAnswer, nextStep, previousStep, progressOf, type Step } from './questionnaire-steps';
import { SaveLine } from './SaveLine';
import type { AnswerSaving } from './use-answer-saving';

/**
 * One item at a time: the stem, the item, its answers, where the student is, Back and Next.
 * A resumed questionnaire opens at the first item still to answer.
 */
export function Questionnaire({
  session,
  saving,
  onFinished,
}: {
  session: SelfReportSession;
  saving: AnswerSaving;
  onFinished: () => void;
}) {
  const { definition, language } = session;
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const { answers, give } = saving;
  const [step, setStep] = useState<Step>(() => firstOpenStep(definition, session.answers));
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // A new item is announced and read from its start, as a turned page would be.
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, [step]);

  const item = step.kind === 'item' ? itemById(definition, step.itemId) : undefined;
  const progress = progressOf(definition, answers, step);
  const previous = previousStep(definition, answers, step);
  const answer = item && Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;

  return (
    <div className="self-report__column" data-testid="self-report-questionnaire">
      <div className="self-report__progress">
        <p className="self-report__progress-text" data-testid="self-report-progress">
          {t('selfReport.progress', { number: progress.number, count: progress.count })}
        </p>
        <Progress
          percent={(progress.number / progress.count) * 100}
          status="normal"
          showInfo={false}
          aria-hidden="true"
        />
      </div>
      {item ? (
        <>
          {definition.instructions && <p className="self-report__stem">{textIn(definition.instructions, language)}</p>}
          <h1 className="self-report__item" id={headingId} ref={heading} tabIndex={-1}>
            {textIn(item.text, language)}
          </h1>
          <ItemAnswerInput
            t={t}
            definition={definition}
            item={item}
            language={language}
            answer={answer}
            labelledBy={headingId}
            onChoose={(value) => give(item.id, value)}
            onType={(text) => give(item.id, text === '' ? null : text)}
          />
          <div className="self-report__nav">
            <Button
              size="large"
              icon={<ArrowLeftOutlined aria-hidden="true" />}
              disabled={!previous}
              onClick={() => previous && setStep(previous)}
            >
              {t('selfReport.back')}
            </Button>
            <Button
              size="large"
              type={hasAnswer(answer) ? 'primary' : 'default'}
              icon={<ArrowRightOutlined aria-hidden="true" />}
              iconPlacement="end"
              onClick={() => setStep(nextStep(definition, answers, item.id))}
            >
              {hasAnswer(answer) ? t('selfReport.next') : t('selfReport.skip')}
            </Button>
          </div>
        </>
      ) : (
        <EndStep
          t={t}
          session={session}
          saving={saving}
          headingRef={heading}
          onBack={() => previous && setStep(previous)}
          onFinished={onFinished}
        />
      )}
      <SaveLine t={t} state={saving.state} onRetry={() => void saving.flush()} />
    </div>
  );
}
