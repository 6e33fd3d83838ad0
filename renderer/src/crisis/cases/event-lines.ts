import type { TFunction } from 'i18next';
import type zhCN from '../../../../shared/i18n/zh-CN.json';
import { type CaseFact, type CaseOpening, riskQuestions } from '../../../../shared/schemas/crisis';
import type { CrisisPolicy } from '../../../../shared/schemas/crisis-policy';
import type { Language } from '../../../../shared/schemas/common';
import type { LoggedEvent } from '../../../../shared/schemas/crisis-records';
import { textIn } from '../../scales/localized-text';
import { longDate } from '../../sessions/note-time';
import { currentBody } from './case-history';
import { dateTimeOf } from './when-text';

type FieldLabel = keyof (typeof zhCN)['crisis']['fields'];

export interface Line {
  label: string;
  value: string;
}

export interface LineContext {
  t: TFunction;
  language: Language;
  policy: CrisisPolicy;
  events: readonly LoggedEvent[];
}

function levelText(context: LineContext, id: string): string {
  const level = context.policy.levels.find((candidate) => candidate.id === id);
  return level ? textIn(level.label, context.language) : id;
}

function checklistText(context: LineContext, id: string): string {
  const item = context.policy.levels.flatMap((level) => level.checklist).find((candidate) => candidate.id === id);
  return item ? textIn(item.label, context.language) : id;
}

/** Another event as a line names it: its day and kind, as it now reads. */
function eventRef(context: LineContext, id: string): string {
  const recorded = context.events.find((event) => event.id === id);
  if (!recorded || recorded.body.type === 'correction') return id;
  const body = currentBody(context.events, id);
  return context.t('crisis.timeline.eventRef', {
    when: dateTimeOf(body, context.language),
    event: context.t(`crisis.events.${body.type}`),
  });
}

function withRelation(t: TFunction, name: string, relation: string): string {
  return relation ? t('crisis.timeline.withRelation', { name, relation }) : name;
}

/** What an event says, as label and value lines; empty optional fields are left out. */
export function factLines(body: CaseFact, context: LineContext): Line[] {
  const { t } = context;
  const f = (key: FieldLabel) => t(`crisis.fields.${key}`);
  const lines: [string, string | null][] = (() => {
    switch (body.type) {
      case 'risk-assessment':
        return [
          ...riskQuestions.map((question): [string, string] => [
            t(`crisis.riskQuestions.${question}`),
            t(`crisis.tri.${body.answers[question]}`),
          ]),
          [f('judgement'), body.judgement],
          [f('suggestedLevel'), levelText(context, body.suggestedLevel)],
        ];
      case 'guardians-notified':
        return [
          [f('guardianName'), withRelation(t, body.guardianName, body.relation)],
          [f('method'), t(`crisis.contactMethods.${body.method}`)],
          [f('guardianResponse'), t(`crisis.guardianResponses.${body.response}`)],
          [f('responseNote'), body.responseNote],
        ];
      case 'guardians-not-notified':
        return [[f('notNotifiedReason'), body.reason]];
      case 'class-teacher-informed':
        return [
          [f('teacherName'), body.teacherName],
          [f('method'), t(`crisis.contactMethods.${body.method}`)],
          [f('note'), body.note],
        ];
      case 'safety-plan':
        return [
          [f('plan'), t(`crisis.timeline.plan-${body.action}`)],
          [f('note'), body.note],
        ];
      case 'referral':
        return [
          [f('institution'), [body.institution, body.department].filter(Boolean).join(' · ')],
          [f('channel'), t(`crisis.channels.${body.channel}`)],
          [f('accompaniedBy'), body.accompaniedBy],
          [f('referralReason'), body.reason],
        ];
      case 'referral-outcome':
        return [
          [f('referral'), eventRef(context, body.referralId)],
          [f('reportedBy'), t(`crisis.reporters.${body.reportedBy}`)],
          [f('visitedOn'), body.visitedOn && longDate(body.visitedOn, context.language)],
          [
            t('crisis.timeline.outcomeAsReported', { reporter: t(`crisis.reporters.${body.reportedBy}`) }),
            body.outcome,
          ],
        ];
      case 'follow-up':
        return [
          [f('followUpMethod'), t(`crisis.followUpMethods.${body.method}`)],
          [f('by'), body.by],
          [f('studentState'), body.studentState],
          [f('riskChange'), t(`crisis.riskChanges.${body.riskChange}`)],
          [f('measures'), body.measures],
          [f('nextStep'), body.nextStep],
        ];
      case 'supervision-review':
        return [
          [f('reviewer'), body.reviewer],
          [f('comments'), body.comments],
          [f('signOff'), t(body.signedOff ? 'crisis.timeline.signedOff' : 'crisis.timeline.notSignedOff')],
        ];
      case 'level-change':
        return [
          [f('levelTo'), levelText(context, body.to)],
          [f('levelReason'), body.reason],
          [
            f('guardianNotice'),
            body.guardians === null
              ? null
              : 'notifiedEventId' in body.guardians
                ? eventRef(context, body.guardians.notifiedEventId)
                : t('crisis.timeline.notNotified', { reason: body.guardians.notNotifiedReason }),
          ],
        ];
      case 'stage-change':
        return [
          [f('stageTo'), t(`crisis.stages.${body.to}`)],
          [f('stageReason'), body.reason],
        ];
      case 'leave-of-absence':
        return [
          [f('leaveReason'), body.reason],
          [f('expectedReturnOn'), body.expectedReturnOn && longDate(body.expectedReturnOn, context.language)],
        ];
      case 'return-to-school':
        return [
          [f('returnAssessment'), body.returnAssessment],
          [
            f('certificateSeen'),
            t(body.recoveryCertificateSeen ? 'crisis.fields.certificateYes' : 'crisis.fields.certificateNo'),
          ],
        ];
      case 'checklist-item':
        return [
          [f('checklistItem'), checklistText(context, body.itemId)],
          [f('checklistStatus'), t(`crisis.checklist.${body.status}`)],
          [f('note'), body.note],
        ];
      case 'closure':
        return [
          [f('closureReason'), t(`crisis.closureReasons.${body.reason}`)],
          [f('note'), body.note],
        ];
    }
  })();
  return lines.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

/** How the case came to the counselor, its first level and stage. */
export function openingLines(opening: CaseOpening, context: LineContext): Line[] {
  const { t } = context;
  const { source } = opening;
  const details: [string, string][] = (() => {
    switch (source.kind) {
      case 'gatekeeper':
        return [
          [
            t('crisis.open.reporterName'),
            withRelation(t, source.reporterName, t(`crisis.reporterRoles.${source.reporterRole}`)),
          ],
          [
            t('crisis.open.reportedOn'),
            dateTimeOf({ occurredOn: source.reportedOn, occurredTime: source.reportedTime }, context.language),
          ],
          [t('crisis.open.observed'), source.observed],
        ];
      case 'parent':
        return [[t('crisis.open.parentName'), withRelation(t, source.name, source.relation)]];
      case 'classmate':
      case 'other':
        return [[t('crisis.fields.note'), source.note]];
      default:
        return [];
    }
  })();
  const lines: [string, string][] = [
    [t('crisis.open.source'), t(`crisis.sources.${source.kind}`)],
    ...details,
    [t('crisis.open.level'), levelText(context, opening.level)],
    [t('crisis.open.stage'), t(`crisis.stages.${opening.stage}`)],
  ];
  return lines.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}
