import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningHost, startHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent } from './support/notes-ui';
import { answer, answerAndNext, handOver, progressLine, submitExitPassphrase } from './support/self-report-ui';
import { openStudents } from './support/students-ui';
import { openPage, screenshot, setUpVault, text, unlockWithPassphrase } from './support/ui';

const zh = (key: string, values?: Record<string, string | number>) => text('zh-CN', key, values);
const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const phq9 = '患者健康问卷-9（PHQ-9）';

describe('student self-report on the counseling-room PC (Chinese)', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const navigation = () => page.getByRole('navigation', { name: zh('frame.navigation') });
  const inQuestionnaire = () => page.getByTestId('self-report-questionnaire').waitFor();
  const openFile = async () => {
    await openStudents(page, 'zh-CN');
    await page.locator('.roster-row').filter({ hasText: '王小明' }).click();
    await page.getByRole('heading', { name: '王小明', level: 1 }).waitFor();
  };

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '王小明', studentNumber: '2025101', grade: '初二' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the student is asked first; a refusal is recorded and nothing is shown', async () => {
    await page.getByRole('button', { name: '学生自评' }).click();
    await page.getByRole('dialog', { name: '学生自评' }).waitFor();
    await screenshot(page, 'selfreport-zh-01-start-dialog');
    await page.getByRole('button', { name: '取消' }).click();

    await handOver(page, 'zh-CN', phq9);
    const consent = page.getByTestId('self-report-consent');
    await consent.getByText('这是一份问卷（PHQ-9），不超过 10 道题').waitFor();
    await consent.getByText('填不填由你自己决定').waitFor();
    expect(await navigation().count()).toBe(0);
    const agree = consent.getByRole('button', { name: '我愿意填写' });
    const decline = consent.getByRole('button', { name: '我不想填写' });
    const [agreeBox, declineBox] = [await agree.boundingBox(), await decline.boundingBox()];
    // Equally prominent: the same size, side by side.
    expect(agreeBox!.height).toBeGreaterThanOrEqual(56);
    expect(Math.abs(agreeBox!.width - declineBox!.width)).toBeLessThan(2);
    expect(agreeBox!.height).toBe(declineBox!.height);
    await screenshot(page, 'selfreport-zh-02-consent');

    await decline.click();
    await page.getByTestId('self-report-declined').getByText('学生选择不填写《患者健康问卷-9（PHQ-9）》').waitFor();
    await page.getByRole('heading', { name: '王小明', level: 1 }).waitFor();
    await screenshot(page, 'selfreport-zh-03-declined');
    await page.getByRole('button', { name: '知道了' }).click();
    expect(await page.getByTestId('self-report-questionnaire').count()).toBe(0);
    expect(await page.getByTestId('self-report-unfinished').count()).toBe(0);
  });

  test('agreeing shows one item at a time with large buttons and progress; each answer is saved at once', async () => {
    await handOver(page, 'zh-CN', phq9);
    await page.getByRole('button', { name: '我愿意填写' }).click();
    await inQuestionnaire();
    expect(await navigation().count()).toBe(0);
    expect(await progressLine(page)).toBe('第 1 题，共 9 题');
    await page.getByRole('heading', { name: '做事时提不起劲或没有兴趣', level: 1 }).waitFor();
    const options = page.getByTestId('self-report-questionnaire').locator('.self-report__option');
    expect(await options.allInnerTexts()).toEqual(['完全不会', '好几天', '一半以上的天数', '几乎每天']);
    const viewport = page.viewportSize()!;
    for (const box of await Promise.all((await options.all()).map((option) => option.boundingBox()))) {
      expect(box!.height).toBeGreaterThanOrEqual(56);
      expect(box!.width).toBeGreaterThan(600);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    }
    expect(await page.getByRole('button', { name: '上一题' }).isDisabled()).toBe(true);
    await screenshot(page, 'selfreport-zh-04-item');

    await answer(page, 'zh-CN', '完全不会');
    expect(await page.getByRole('button', { name: '完全不会' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'selfreport-zh-05-answered');
    await page.getByRole('button', { name: '下一题' }).click();
    await answerAndNext(page, 'zh-CN', '完全不会');
    await answerAndNext(page, 'zh-CN', '完全不会');
    expect(await progressLine(page)).toBe('第 4 题，共 9 题');
    expect(await page.getByRole('button', { name: '跳过这题' }).isVisible()).toBe(true);
  });

  test('Escape does not leave the questionnaire, and a reload lands back in it with the answers kept', async () => {
    await page.keyboard.press('Escape');
    await inQuestionnaire();
    expect(await navigation().count()).toBe(0);

    await page.reload();
    await inQuestionnaire();
    expect(await navigation().count()).toBe(0);
    expect(await progressLine(page)).toBe('第 4 题，共 9 题');
    await page.getByRole('button', { name: '上一题' }).click();
    expect(await progressLine(page)).toBe('第 3 题，共 9 题');
    expect(await page.getByRole('button', { name: '完全不会' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '下一题' }).click();
    expect(await progressLine(page)).toBe('第 4 题，共 9 题');
  });

  test('after the backend is killed, the questionnaire is resumable from the file with its answers', async () => {
    await host.kill();
    host = await startHost(folder);
    await page.context().close();
    page = await openPage(browser, host.url, 'zh-CN');
    await unlockWithPassphrase(page, 'zh-CN', counselor.passphrase);
    // The counselor unlocks into the app, not into a student's questionnaire.
    expect(await page.getByTestId('self-report-questionnaire').count()).toBe(0);
    await openFile();
    const unfinished = page.getByTestId('self-report-unfinished');
    await unfinished.getByText(/^已回答 3 \/ 9 题 · 开始于 /).waitFor();
    await screenshot(page, 'selfreport-zh-06-unfinished');
    await unfinished.getByRole('button', { name: '继续' }).click();
    await inQuestionnaire();
    expect(await progressLine(page)).toBe('第 4 题，共 9 题');
  });

  test('Ctrl+L locks; after unlocking the counselor is in the app and the questionnaire waits in the file', async () => {
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: zh('unlock.title') }).waitFor();
    expect(await page.getByText('王小明').count()).toBe(0);
    await unlockWithPassphrase(page, 'zh-CN', counselor.passphrase);
    expect(await page.getByTestId('self-report-questionnaire').count()).toBe(0);
    await openFile();
    await page.getByTestId('self-report-unfinished').getByRole('button', { name: '继续' }).click();
    await inQuestionnaire();
    expect(await progressLine(page)).toBe('第 4 题，共 9 题');
  });

  test('finishing thanks the student and shows no score', async () => {
    for (let item = 4; item <= 8; item += 1) await answerAndNext(page, 'zh-CN', '完全不会');
    await answer(page, 'zh-CN', '好几天');
    // Any answer above 0 asks PHQ-9's item 10 as well.
    expect(await progressLine(page)).toBe('第 9 题，共 10 题');
    await page.getByRole('button', { name: '下一题' }).click();
    await page.getByRole('heading', { name: /^如果您勾选了上述任何问题/, level: 1 }).waitFor();
    await answer(page, 'zh-CN', '有些困难');
    await page.getByRole('button', { name: '下一题' }).click();
    await page.getByTestId('self-report-end').getByRole('heading', { name: '题目都看完了' }).waitFor();
    await screenshot(page, 'selfreport-zh-07-end');
    await page.getByRole('button', { name: '提交' }).click();

    const thanks = page.getByTestId('self-report-thanks');
    await thanks.getByRole('heading', { name: '谢谢你！' }).waitFor();
    await thanks.getByText('请告诉老师你已经填完了。').waitFor();
    const shown = await page.locator('main').innerText();
    expect(shown).not.toMatch(/\d/);
    expect(shown).not.toMatch(/分|抑郁|症状|危急/);
    expect(await navigation().count()).toBe(0);
    await screenshot(page, 'selfreport-zh-08-thanks');
  });

  test('a wrong passphrase is refused; the right one returns to the file with the critical alert', async () => {
    await submitExitPassphrase(page, 'zh-CN', 'not the passphrase');
    await page
      .getByTestId('self-report-exit-error')
      .getByText(zh('errors.WRONG_SECRET', { attempts: 1 }))
      .waitFor();
    await page.getByTestId('self-report-thanks').waitFor();
    await screenshot(page, 'selfreport-zh-09-wrong-passphrase');

    await submitExitPassphrase(page, 'zh-CN', counselor.passphrase);
    const alert = page.getByTestId('critical-alert');
    await alert.getByText(zh('scales.alert.title')).waitFor();
    await alert.getByText('学生：王小明').waitFor();
    await page.getByRole('heading', { name: '王小明', level: 1 }).waitFor({ state: 'attached' });
    await screenshot(page, 'selfreport-zh-10-critical-alert');
    await alert.getByRole('button', { name: zh('scales.alert.seen') }).click();
    await navigation().waitFor();
    await page.getByRole('heading', { name: '王小明', level: 1 }).waitFor();
    expect(await page.getByTestId('self-report-unfinished').count()).toBe(0);
    await screenshot(page, 'selfreport-zh-11-back-in-file');
  });
});
