// Browser tests of the web application against the real local stack (started by the end-to-end suite), in
// Debian's Chromium driven by playwright-core. Usage: GATEWAY_URL=http://localhost:18080 OUT=dir node browser.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const base = process.env.GATEWAY_URL ?? 'http://localhost:8080';
const out = process.env.OUT ?? 'target/browser';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(out, { recursive: true });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const axeFindings = [];
let step = 0;
const pages = [];

function log(message) {
  console.log(`[browser] ${++step}. ${message}`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

async function session(username, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  pages.push([username, page]);
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => console.log(`[browser] page error (${username}): ${error.message}`));
  await page.goto(base + '/');
  await login(page, username);
  await page.locator('#main').waitFor();
  return { context, page };
}

async function login(page, username) {
  await page.locator('#username').waitFor();
  await page.fill('#username', username);
  await page.fill('#password', 'demo');
  await page.click('#kc-login');
}

async function shot(page, name) {
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${name}-${size}.png`), fullPage: true });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    for (const violation of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      axeFindings.push({ screen: name, size, id: violation.id, impact: violation.impact, help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) });
    }
  }
  await page.setViewportSize(DESKTOP);
}

async function json(page, path) {
  return page.evaluate(async (p) => (await fetch(p, { headers: { Accept: 'application/json' } })).json(), path);
}

/** The first working day at least n days from today, by the system's own calendar. */
async function workingDayAfter(page, days) {
  const today = new Date(Date.now() + 7 * 3_600_000);
  const off = new Set();
  for (const year of [today.getUTCFullYear(), today.getUTCFullYear() + 1]) {
    for (const day of await json(page, `/api/reviews/calendar/holidays?year=${year}`)) off.add(day.day);
  }
  const day = new Date(today.getTime() + days * 86_400_000);
  for (;;) {
    const iso = day.toISOString().substring(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !off.has(iso)) return iso;
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

const vn = (iso) => `${iso.substring(8, 10)}/${iso.substring(5, 7)}/${iso.substring(0, 4)}`;

async function pickDate(page, testId, iso) {
  const input = page.getByTestId(testId).locator('input').first();
  const target = (await input.count()) ? input : page.getByTestId(testId);
  await target.click();
  await target.fill(vn(iso));
  await target.press('Tab');
}

try {
  // 1. The organization body of the province sets up and launches a campaign from the browser
  const superior = await session('demo-superior');
  log('demo-superior logged in');
  await superior.page.getByRole('link', { name: 'Đợt kiểm điểm' }).first().click();
  await superior.page.getByTestId('new-campaign').click();
  await superior.page.getByTestId('issuing-unit').click();
  await superior.page.keyboard.type('Tỉnh');
  await superior.page.locator('.ant-select-item-option', { hasText: 'Tỉnh ủy' }).first().click();
  const title = `Tự soi, tự sửa (trình duyệt ${Date.now().toString(36)})`;
  await superior.page.getByTestId('campaign-title').fill(title);
  const level1 = await workingDayAfter(superior.page, 28);
  const level2 = await workingDayAfter(superior.page, 21);
  await pickDate(superior.page, 'deadline-1', level1);
  await pickDate(superior.page, 'deadline-2', level2);
  await shot(superior.page, 'campaign-form');
  await superior.page.getByTestId('create-campaign').click();
  await superior.page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
  const campaignId = superior.page.url().split('/').pop();
  log(`campaign ${campaignId} created`);
  await superior.page.getByTestId('launch').click();
  await superior.page.getByRole('button', { name: 'Phát động' }).last().click();
  await superior.page.getByTestId('launch-result').waitFor({ timeout: 120_000 });
  await superior.page.getByTestId('campaign-status').filter({ hasText: 'Đang diễn ra' }).waitFor();
  await superior.page.getByTestId('progress-children').locator('li').first().waitFor();
  await shot(superior.page, 'campaign-progress');
  const ward = superior.page.getByTestId('progress-children').locator('li', { hasText: 'Đông Thành' });
  await ward.getByRole('button', { name: /Mở \d+ đơn vị trực thuộc/ }).click();
  const cellRow = superior.page.getByTestId('progress-children').locator('li', { hasText: 'Khu phố 1' });
  await cellRow.getByText(/\d+\/\d+ bản đã nộp/).waitFor();
  log('campaign launched; its progress opened a level down');
  await cellRow.getByRole('button', { name: 'Gợi ý kiểm điểm' }).click();
  const advice = `Làm rõ việc khắc phục hạn chế năm trước (${Date.now()}).`;
  await superior.page.getByTestId('suggestion-body').fill(advice);
  await superior.page.getByRole('button', { name: 'Gửi gợi ý' }).click();
  await superior.page.getByText(advice).waitFor();
  log('a suggestion was sent to the chi bộ from the campaign screen');

  // 2. The member writes the review (a link in an email opens it), autosaved, and submits it
  const member = await session('demo-member', PHONE);
  await shot(member.page, 'my-work');
  const mine = (await json(member.page, '/api/reviews/assignments'))
    .find((a) => a.campaignId === campaignId && a.kind === 'INDIVIDUAL');
  check(mine, 'the member has a review in the new campaign');
  await member.page.goto(`${base}/reports/${mine.id}`);
  const firstSection = member.page.locator('textarea[id^="section-"]').first();
  await firstSection.fill('Luôn giữ vững lập trường tư tưởng, chấp hành nghiêm chủ trương của Đảng.');
  await member.page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
  log('the review is autosaved ("Đã lưu lúc …")');
  await shot(member.page, 'review-editor');
  await member.page.getByTestId('submit').click();
  await member.page.getByRole('button', { name: 'Nộp bản kiểm điểm' }).last().click();
  await member.page.getByTestId('report-status').filter({ hasText: 'Đã nộp' }).waitFor();
  log('the member submitted the review');

  // 3. The secretary returns it with reasons
  const secretary = await session('demo-secretary');
  await secretary.page.goto(`${base}/campaigns/${campaignId}/units/${mine.placeUnitId}`);
  await secretary.page.getByTestId(`return-${mine.id}`).click();
  await secretary.page.getByTestId('return-reasons-input').fill('Cần nêu rõ hạn chế và nguyên nhân.');
  await secretary.page.getByRole('button', { name: 'Ghi lại' }).click();
  await secretary.page.getByText('Đã ghi.').waitFor();
  await shot(secretary.page, 'unit-reports');
  log('the secretary returned the review with reasons');

  // 4. The member sees the reasons and resubmits
  await member.page.goto(`${base}/reports/${mine.id}`);
  await member.page.getByTestId('return-reasons').filter({ hasText: 'Cần nêu rõ hạn chế' }).waitFor();
  await member.page.locator('textarea[id^="section-"]').nth(1).fill('Hạn chế: đôi khi chưa đúng hạn; nguyên nhân: chủ quan.');
  await member.page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
  await member.page.getByTestId('submit').click();
  await member.page.getByRole('button', { name: 'Nộp bản kiểm điểm' }).last().click();
  await member.page.getByTestId('report-status').filter({ hasText: 'Đã nộp' }).waitFor();
  log('the member saw the reasons and resubmitted');

  // 5. The secretary circulates the collective draft, the member comments, the meeting is recorded
  const collective = (await json(secretary.page, '/api/reviews/assignments'))
    .find((a) => a.campaignId === campaignId && a.kind === 'COLLECTIVE' && a.placeUnitId === mine.placeUnitId);
  check(collective, 'the secretary has the chi bộ collective report');
  await secretary.page.goto(`${base}/reports/${collective.id}`);
  await secretary.page.locator('textarea[id^="section-"]').first().fill('Chi bộ lãnh đạo hoàn thành tốt nhiệm vụ chính trị.');
  await secretary.page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
  await secretary.page.goto(`${base}/campaigns/${campaignId}/units/${mine.placeUnitId}`);
  await secretary.page.getByTestId(`circulate-${collective.id}`).click();
  await pickDate(secretary.page, 'planned-meeting', await workingDayAfter(secretary.page, 7));
  await secretary.page.getByRole('button', { name: 'Ghi lại' }).click();
  await secretary.page.getByText('Đã ghi.').waitFor();
  log('the collective draft is circulated');

  await member.page.goto(`${base}/reports/${collective.id}`);
  await member.page.getByTestId('comment-body').fill('Đề nghị bổ sung kết quả phát triển đảng viên.');
  await member.page.getByRole('button', { name: 'Góp ý' }).click();
  await member.page.getByText('Đề nghị bổ sung kết quả phát triển đảng viên.').last().waitFor();
  await shot(member.page, 'collective-comments');
  log('the member commented on the collective draft');

  await secretary.page.goto(`${base}/reports/${collective.id}`);
  // the superior's suggestion to the chi bộ is answered in the collective report before it can be submitted
  await secretary.page.locator('textarea[id^="answer-"]').first().fill('Chi bộ đã khắc phục hạn chế năm trước: họp đúng kỳ, nội dung sinh hoạt thiết thực.');
  await secretary.page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
  await secretary.page.getByTestId('submit').click();
  await secretary.page.getByRole('button', { name: 'Nộp bản kiểm điểm' }).last().click();
  await secretary.page.getByTestId('report-status').filter({ hasText: 'Đã nộp' }).waitFor();
  await secretary.page.goto(`${base}/campaigns/${campaignId}/units/${mine.placeUnitId}`);
  await secretary.page.getByTestId(`meeting-${collective.id}`).click();
  await secretary.page.getByTestId('meeting-present').fill('7');
  await secretary.page.getByTestId('meeting-minutes').fill('Chi bộ họp, thảo luận báo cáo kiểm điểm.');
  await secretary.page.getByTestId('meeting-conclusion').fill('Thống nhất nội dung báo cáo.');
  await secretary.page.getByRole('button', { name: /Ghi lại|Đồng ý/ }).click();
  await secretary.page.getByRole('dialog').waitFor({ state: 'detached', timeout: 20_000 }).catch(async () => {
    await secretary.page.getByRole('button', { name: 'Đồng ý' }).click();
  });
  await secretary.page.goto(`${base}/reports/${collective.id}`);
  await secretary.page.getByTestId('report-status').filter({ hasText: 'Đã kiểm điểm' }).waitFor();
  log('the meeting is recorded: the collective report is discussed');

  // 5b. The rating: the chi bộ's committee scores and rates the collective, the province proposes and decides within
  // the quota (a refusal in Vietnamese first), publishes, and the chi bộ then sees its result
  const points = async (page, code, value) => page.locator(`input[data-testid="points-${code}"], [data-testid="points-${code}"] input`).first().fill(String(value));
  const count = async (page, field, value) => page.locator(`input[data-testid="${field}"], [data-testid="${field}"] input`).first().fill(String(value));
  await secretary.page.getByTestId('scorecard').waitFor();
  for (const [code, value] of [['CHINH_TRI_TU_TUONG', 9], ['TO_CHUC_CAN_BO', 9], ['KIEM_TRA_GIAM_SAT', 9], ['NHIEM_VU_CHINH_TRI', 46], ['KHAC_PHUC', 18]]) {
    await points(secretary.page, code, value);
  }
  await count(secretary.page, 'tasksTotal', 10);
  await count(secretary.page, 'tasksDone', 10);
  await count(secretary.page, 'tasksBeyond', 4);
  await secretary.page.getByTestId('score').filter({ hasText: '91/100' }).waitFor();
  await secretary.page.getByTestId('earned').filter({ hasText: 'Hoàn thành xuất sắc nhiệm vụ' }).waitFor();
  await secretary.page.getByRole('radio', { name: 'Hoàn thành xuất sắc nhiệm vụ' }).check();
  await shot(secretary.page, 'scorecard');
  await secretary.page.getByTestId('rate-self').click();
  await secretary.page.getByTestId('rating-SELF').filter({ hasText: 'Hoàn thành xuất sắc nhiệm vụ' }).waitFor();
  log('the chi bộ rated itself: 91 points, "hoàn thành xuất sắc" as the conditions allow');

  await superior.page.goto(`${base}/reports/${collective.id}`);
  await superior.page.getByTestId('rating-SELF').waitFor();
  await superior.page.getByRole('radio', { name: 'Hoàn thành xuất sắc nhiệm vụ' }).check();
  await superior.page.getByTestId('rate-proposal').click();
  await superior.page.getByTestId('rating-PROPOSAL').waitFor();
  await superior.page.getByTestId('rate-decision').waitFor();
  await superior.page.getByRole('radio', { name: 'Hoàn thành xuất sắc nhiệm vụ' }).check();
  await superior.page.getByTestId('quota-COLLECTIVE').filter({ hasText: 'sẽ vượt tỷ lệ' }).waitFor();
  await superior.page.getByTestId('rate-decision').click();
  await superior.page.getByText(/Vượt tỷ lệ xuất sắc ở ".+": đã có \d+ xuất sắc trên \d+ tốt; tối đa \d+/).waitFor();
  await shot(superior.page, 'quota-refused');
  log('deciding "xuất sắc" beyond the quota is refused in Vietnamese, with the numbers');
  await superior.page.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ' }).check();
  await superior.page.getByTestId('rate-decision').click();
  await superior.page.getByTestId('rating-DECISION').filter({ hasText: 'Hoàn thành tốt nhiệm vụ' }).waitFor();
  log('the province decided "hoàn thành tốt"');

  await secretary.page.goto(`${base}/reports/${collective.id}`);
  await secretary.page.getByTestId('rating-SELF').waitFor();
  check(await secretary.page.getByTestId('rating-DECISION').count() === 0, 'the chi bộ does not see the decision before publication');
  await superior.page.goto(`${base}/campaigns/${campaignId}/units/${mine.placeUnitId}/ratings`);
  await superior.page.getByTestId('quota-COLLECTIVE').waitFor();
  await shot(superior.page, 'unit-ratings');
  await superior.page.getByTestId('publish').click();
  await superior.page.getByRole('button', { name: 'Công bố kết quả' }).last().click();
  await superior.page.getByText(/Đã công bố [1-9]\d* kết quả/).waitFor();
  await secretary.page.reload();
  await secretary.page.getByTestId('rating-DECISION').filter({ hasText: 'Hoàn thành tốt nhiệm vụ' }).waitFor();
  await secretary.page.getByTestId('report-status').filter({ hasText: 'Đã công bố kết quả' }).waitFor();
  await shot(secretary.page, 'published-result');
  log('the results were published: the chi bộ now sees its decided rating');

  // 5c. Remediation: the province raises an item from the decided report, the chi bộ remedies it with evidence,
  // and the next campaign opens the chi bộ's report with it in the section on remedying shortcomings
  await superior.page.goto(`${base}/reports/${collective.id}`);
  await superior.page.getByTestId('raise-form').waitFor();
  const weakness = `Sinh hoạt chi bộ chưa đều đặn (${Date.now()}).`;
  await superior.page.getByTestId('remediation-what').fill(weakness);
  await pickDate(superior.page, 'remediation-due', await workingDayAfter(superior.page, 30));
  await superior.page.getByTestId('raise-remediation').click();
  await superior.page.getByTestId('remediation').locator('li', { hasText: weakness }).waitFor();
  await shot(superior.page, 'remediation-raised');
  log('the province raised a remediation item from the decided report');
  await secretary.page.reload();
  const item = secretary.page.getByTestId('remediation').locator('li', { hasText: weakness });
  await item.getByTestId('remediation-START').click();
  await item.getByTestId('remediation-status').filter({ hasText: 'Đang khắc phục' }).waitFor();
  await item.getByTestId('remediation-COMPLETE').click();
  const evidence = 'Chi bộ họp đủ 12 kỳ, có biên bản.';
  await item.getByTestId('remediation-text').fill(evidence);
  await item.getByTestId('remediation-confirm').click();
  await item.getByTestId('remediation-status').filter({ hasText: 'Đã khắc phục' }).waitFor();
  log('the chi bộ remedied it with its evidence');

  const issuer = await json(superior.page, `/api/reviews/campaigns/${campaignId}`);
  const next = await superior.page.evaluate(async (body) => {
    const token = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')).substring(11));
    const post = async (path, json) => {
      const response = await fetch(path, { method: 'POST', body: json ? JSON.stringify(json) : undefined,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token } });
      return { status: response.status, body: await response.json().catch(() => null) };
    };
    const created = await post('/api/reviews/campaigns', body);
    const launched = await post(`/api/reviews/campaigns/${created.body.id}/launch`);
    return { id: created.body.id, status: launched.status };
  }, { issuingUnitId: issuer.issuingUnitId, kind: 'THEMATIC', title: `Chuyên đề (trình duyệt ${Date.now().toString(36)})`,
    periodStart: issuer.periodStart, periodEnd: issuer.periodEnd, deadlines: issuer.deadlines });
  check(next.status === 200, `the next campaign was launched (${next.status})`);
  const carriedInto = (await json(secretary.page, '/api/reviews/assignments'))
    .find((a) => a.campaignId === next.id && a.kind === 'COLLECTIVE' && a.placeUnitId === mine.placeUnitId);
  await secretary.page.goto(`${base}/reports/${carriedInto.id}`);
  await secretary.page.getByTestId('remediation-carried').getByText(weakness).waitFor();
  const sectionText = await secretary.page.locator('textarea[id^="section-"]').evaluateAll((areas) => areas.map((a) => a.value).join('\n'));
  check(sectionText.includes(weakness) && sectionText.includes('đã khắc phục — ' + evidence),
    'the next report opens with the item and its status in its section on remedying shortcomings');
  await shot(secretary.page, 'remediation-carried');
  log('the next campaign carried the item into the chi bộ\'s report');

  await superior.page.goto(`${base}/campaigns/${campaignId}/units/${issuer.issuingUnitId}/rollup`);
  await superior.page.getByTestId('completed-children').waitFor();
  await superior.page.getByTestId('level-count-COLLECTIVE-TOT').filter({ hasText: /^[1-9]/ }).waitFor();
  await shot(superior.page, 'rollup');
  log('the province\'s dashboard shows the units that completed, the levels beside the quota and remediation');

  // 6. A session that expires mid-edit loses nothing
  const commitment = (await json(member.page, '/api/reviews/assignments'))
    .find((a) => a.campaignId === campaignId && a.kind === 'COMMITMENT');
  const target = commitment ?? mine;
  await member.page.goto(`${base}/reports/${target.id}`);
  const kept = 'Cam kết tu dưỡng, rèn luyện — viết khi phiên đã hết hạn.';
  await member.page.locator('textarea[id^="section-"]').first().waitFor();
  // the session ends (the gateway's and Keycloak's, as after a long absence); the CSRF cookie outlives it
  const cookies = await member.context.cookies();
  await member.context.clearCookies();
  await member.context.addCookies(cookies.filter((cookie) => cookie.name === 'XSRF-TOKEN'));
  const editable = member.page.locator('textarea[id^="section-"]').first();
  if (await editable.count()) {
    await editable.fill(kept);
    await member.page.getByText('Phiên đăng nhập đã hết hạn', { exact: true }).waitFor();
    log('the session expired while typing: the app says so');
    await member.page.getByRole('button', { name: 'Đăng nhập lại' }).click();
    await login(member.page, 'demo-member');
    await member.page.getByTestId('restored').waitFor();
    check((await member.page.locator('textarea[id^="section-"]').first().inputValue()) === kept, 'the text typed is back');
    await member.page.getByTestId('save-state').filter({ hasText: 'Đã lưu lúc' }).waitFor();
    const stored = await member.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tusoi.draft.')));
    check(stored.length === 0, 'what the browser kept is removed once the server has it');
    log('after logging in again the text was restored and saved');
  }

  // 7. Logging out leaves nothing of a review in the browser
  await member.page.getByRole('button', { name: 'Đăng xuất' }).first().click().catch(async () => {
    await member.page.getByRole('button', { name: 'Trình đơn' }).click();
    await member.page.getByRole('button', { name: 'Đăng xuất' }).click();
  });
  await member.page.locator('#username').waitFor();
  log('logged out through Keycloak');

  // 8. The office's administrator keeps the tree and the members: a file with one bad row is refused with the row's
  // error, fixed and imported again; the members are then in their chi bộ
  const admin = await session('demo-admin');
  log('demo-admin logged in');
  await admin.page.getByRole('link', { name: 'Tổ chức' }).first().click();
  await admin.page.getByTestId('unit-name').waitFor();
  await shot(admin.page, 'org-tree');
  const cell = (await json(admin.page, '/api/org/units?q=DU-P-DT-CB2')).items[0];
  await admin.page.goto(`${base}/org/units/${cell.id}`);
  await admin.page.getByTestId('unit-name').filter({ hasText: cell.name }).waitFor();
  await admin.page.locator('.ant-table-row a').first().waitFor();
  await shot(admin.page, 'org-unit');
  await admin.page.locator('.ant-table-row a').first().click();
  await admin.page.getByTestId('member-name').waitFor();
  await admin.page.getByTestId('account-state').waitFor();
  await shot(admin.page, 'member-record');
  log('the tree, a chi bộ with its members and a member record are shown');

  await admin.page.goto(`${base}/org/imports`);
  const header = (await admin.page.evaluate(async () => (await fetch('/api/org/imports/templates/MEMBERS?format=csv')).text()))
    .replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  const stamp = String(Date.now());
  const card = (n) => stamp.slice(-8) + n;
  const row = (name, n, citizenId) => [
    '', name, '02/03/1985', 'Nam', card(n), citizenId, '03/02/2010', '03/02/2011', '', '', cell.code, 'Không', 'Không',
  ].join(',');
  const goodName = `Lê Văn Nhập ${stamp.slice(-4)}`;
  const badName = `Đỗ Thị Sửa ${stamp.slice(-4)}`;
  const upload = async (citizenId) => {
    const csv = `${header}\r\n${row(goodName, 1, `0${stamp.slice(-11)}`)}\r\n${row(badName, 2, citizenId)}\r\n`;
    await admin.page.locator('input[type=file]').setInputFiles({ name: 'dang-vien.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  };
  await upload('12345');
  await admin.page.getByTestId('import-errors').locator('td', { hasText: 'Số CCCD' }).first().waitFor({ timeout: 60_000 });
  const errorRows = await admin.page.getByTestId('import-errors').locator('.ant-table-row').count();
  check(errorRows === 1, `one row error is shown (got ${errorRows})`);
  check((await admin.page.getByTestId('import-errors').locator('.ant-table-row td').first().textContent()) === '3', 'the error names row 3');
  await shot(admin.page, 'import-errors');
  log('the file with a bad citizen id was refused; the row error is shown');
  await upload(`1${stamp.slice(-11)}`);
  await admin.page.getByTestId('import-status').filter({ hasText: 'Xong: 2 thêm mới' }).waitFor({ timeout: 60_000 });
  const found = await json(admin.page, `/api/org/members?unitId=${cell.id}&name=${encodeURIComponent('do thi sua')}`);
  check(found.items.some((m) => m.fullName === badName), 'the fixed row is a member of the chi bộ, found without diacritics');
  log('the fixed file was imported: both members are in the chi bộ');

  for (const [path, name, ready] of [['/admin', 'administration', 'h1'], ['/admin/templates', 'templates', '.ant-collapse'], ['/admin/calendar', 'holiday-calendar', '[data-testid=holidays] .ant-list-item'],
    ['/admin/deliveries', 'delivery-log', '[data-testid=deliveries]'], ['/settings', 'settings', 'h1']]) {
    await admin.page.goto(base + path);
    await admin.page.locator(ready).first().waitFor();
    await shot(admin.page, name);
  }
  log('templates, the holiday calendar, the delivery log and the settings are shown');

  writeFileSync(join(out, 'axe.json'), JSON.stringify(axeFindings, null, 2));
  if (axeFindings.length) {
    for (const finding of axeFindings) console.log(`[axe] ${finding.screen} (${finding.size}): ${finding.impact} ${finding.id} — ${finding.help} ${finding.targets.join(', ')}`);
    throw new Error(`${axeFindings.length} serious or critical accessibility violations (see ${join(out, 'axe.json')})`);
  }
  log(`no serious or critical accessibility violation; screenshots in ${out}`);
} catch (error) {
  for (const [who, page] of pages) {
    await page.screenshot({ path: join(out, `failure-${who}.png`), fullPage: true }).catch(() => undefined);
    console.log(`[browser] ${who} was at ${page.url()}`);
  }
  throw error;
} finally {
  await browser.close();
}
