// Gendan's own views in Cockpit (community edition shows little history):
//   历史查询  running and finished work by document number, customer, process, state and date,
//            and an instance's whole story (steps, tasks, rules decided, variables, incidents,
//            who did what);
//   稽核报表  tasks completed late, the longest waits per step, who read which customer's
//            documents, each also as Excel;
//   团队工作  the sales manager's view of each assistant's open work and the stuck documents.
// They read Gendan's /api/audit and /api/team with the Cockpit login, so each person sees what the
// API lets them see. Everything shown is set as text, never as HTML.

const VIEWS = {
  history: { path: '/gendan-history', label: '历史查询' },
  reports: { path: '/gendan-audit', label: '稽核报表' },
  team: { path: '/gendan-team', label: '团队工作' }
};

const PROCESSES = [
  ['', '全部流程'],
  ['quoteApproval', '报价审批'],
  ['sampleTracking', '样品跟踪'],
  ['salesOrder', '销售订单'],
  ['shortageAllocation', '缺货分配'],
  ['orderChange', '订单变更']
];

const FIELD_LABELS = {
  document: '单据号',
  customer: '客户编号',
  process: '流程',
  state: '状态',
  from: '开始日期',
  to: '结束日期',
  user: '查阅人',
  page: '页码',
  size: '每页条数',
  top: '条数'
};

function serverRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '';
  // the webapps live under camunda.bpm.webapp.application-path (/camunda), Gendan's API beside them
  return appRoot.replace(/\/camunda$/, '');
}

function apiUrl(path, query) {
  const params = new URLSearchParams();
  Object.entries(query || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, value);
    }
  });
  const search = params.toString();
  return serverRoot() + '/api' + path + (search ? '?' + search : '');
}

async function getJson(path, query) {
  const response = await fetch(apiUrl(path, query), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const fields = (body.errors || []).map(
      (e) => (FIELD_LABELS[e.field] || e.field) + '：' + e.message
    );
    throw new Error(fields.length ? fields.join('；') : body.detail || '查询失败（' + response.status + '）');
  }
  return body;
}

// Which views the logged-in user may open; asked again after a failure (not logged in yet) and
// whenever the page goes to the login (another user may log in within the same page).
let viewsOfUser;
function views() {
  if (!viewsOfUser) {
    viewsOfUser = getJson('/audit/views').catch(() => {
      viewsOfUser = undefined;
      return {};
    });
  }
  return viewsOfUser;
}
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/login')) {
    viewsOfUser = undefined;
  }
});

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== undefined && child !== null) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

/** 2026-12-04T14:30:00+08:00 as 2026-12-04 14:30; empty for none. */
function time(iso) {
  return iso ? iso.substring(0, 16).replace('T', ' ') : '';
}

function hours(value) {
  return value === null || value === undefined ? '' : value.toFixed(1);
}

function table(columns, rows, empty) {
  if (!rows.length) {
    return el('p', { class: 'gendan-empty' }, empty || '没有记录。');
  }
  return el(
    'table',
    { class: 'cam-table gendan-table' },
    el('thead', {}, el('tr', {}, columns.map(([header]) => el('th', {}, header)))),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el(
          'tr',
          {},
          columns.map(([, value]) => el('td', {}, value(row)))
        )
      )
    )
  );
}

function section(title, ...content) {
  return el('section', { class: 'gendan-section' }, el('h3', {}, title), content);
}

function page(node, title, ...content) {
  node.replaceChildren(el('div', { class: 'gendan-view' }, el('h2', {}, title), content));
}

function message(node, text, kind) {
  node.replaceChildren(el('div', { class: 'alert alert-' + (kind || 'danger') }, text));
}

function field(label, input) {
  return el('label', { class: 'gendan-field' }, el('span', {}, label), input);
}

function input(name, attributes) {
  return el('input', Object.assign({ name, class: 'form-control' }, attributes));
}

function select(name, options) {
  return el(
    'select',
    { name, class: 'form-control' },
    options.map(([value, label]) => el('option', { value }, label))
  );
}

function formValues(form) {
  return Object.fromEntries(new FormData(form).entries());
}

function historyLink(id, text) {
  return el('a', { href: '#' + VIEWS.history.path + '/' + id }, text || '查看');
}

function tasklistLink(taskId, text) {
  return el(
    'a',
    { href: serverRoot() + '/camunda/app/tasklist/default/#/?task=' + taskId, target: '_blank' },
    text || '在任务列表中打开'
  );
}

function periodFields() {
  const today = new Date();
  const monthAgo = new Date(today.getTime() - 29 * 24 * 3600 * 1000);
  const day = (d) =>
    [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
  return [
    field('开始日期', input('from', { type: 'date', value: day(monthAgo) })),
    field('结束日期', input('to', { type: 'date', value: day(today) }))
  ];
}

// ------------------------------------------------------------------ 历史查询

function renderHistory(node) {
  const results = el('div', { class: 'gendan-results' });
  let query = {};
  const form = el(
    'form',
    { class: 'gendan-form', 'data-view': 'history-search' },
    field('单据号', input('document', { placeholder: '如 XS-2026-00012 或 BJ-2026', maxlength: 40 })),
    field('客户编号', input('customer', { placeholder: '如 C001', maxlength: 20 })),
    field('流程', select('process', PROCESSES)),
    field(
      '状态',
      select('state', [
        ['', '全部'],
        ['RUNNING', '进行中'],
        ['FINISHED', '已结束']
      ])
    ),
    field('发起日期从', input('from', { type: 'date' })),
    field('发起日期到', input('to', { type: 'date' })),
    el('button', { type: 'submit', class: 'btn btn-primary' }, '查询')
  );
  let latest = 0;
  const load = async (pageNo) => {
    const asked = ++latest;
    message(results, '正在查询…', 'info');
    try {
      const found = await getJson('/audit/instances', Object.assign({}, query, { page: pageNo, size: 20 }));
      if (asked !== latest) {
        return; // a later search has been asked for: its answer is the one to show
      }
      results.replaceChildren(
        table(
          [
            ['单据号', (i) => historyLink(i.id, i.documentNumber || '（无单据号）')],
            ['流程', (i) => i.processName],
            ['客户', (i) => i.customer || ''],
            ['状态', (i) => i.state],
            ['发起人', (i) => i.startedByName || ''],
            ['发起时间', (i) => time(i.start)],
            ['结束时间', (i) => time(i.end)]
          ],
          found.items,
          '没有符合条件的流程。'
        ),
        el(
          'div',
          { class: 'gendan-pager' },
          pageNo > 1 ? el('button', { class: 'btn btn-default', onclick: () => load(pageNo - 1) }, '上一页') : null,
          el('span', {}, '第 ' + pageNo + ' 页'),
          found.hasNext ? el('button', { class: 'btn btn-default', onclick: () => load(pageNo + 1) }, '下一页') : null
        )
      );
    } catch (e) {
      if (asked === latest) {
        message(results, e.message);
      }
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    query = formValues(form);
    load(1);
  });
  page(node, '历史查询', el('p', { class: 'gendan-hint' }, '按单据号、客户、流程、状态或发起日期查找进行中和已结束的流程；点单据号看完整经过。'), form, results);
  load(1);
}

async function renderInstance(node) {
  const id = decodeURIComponent(location.hash.split('/').pop().split('?')[0]);
  message(node, '正在读取…', 'info');
  let story;
  try {
    story = await getJson('/audit/instances/' + encodeURIComponent(id));
  } catch (e) {
    message(node, e.message);
    return;
  }
  const i = story.instance;
  page(
    node,
    (i.documentNumber || '') + ' ' + i.processName,
    el(
      'dl',
      { class: 'gendan-summary' },
      [
        ['客户', i.customer || ''],
        ['状态', i.state],
        ['发起人', i.startedByName || ''],
        ['发起时间', time(i.start)],
        ['结束时间', time(i.end)],
        ['流程版本', String(i.processVersion)]
      ].map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])
    ),
    el(
      'p',
      { class: 'gendan-links' },
      el('a', { href: '#' + VIEWS.history.path }, '返回历史查询'),
      i.documentPage
        ? el('a', { href: serverRoot() + i.documentPage, target: '_blank', class: 'gendan-document' }, '打开单据（审查结论、出货、打印）')
        : null
    ),
    section(
      '任务',
      table(
        [
          ['任务', (t) => t.name],
          ['处理人', (t) => t.assigneeName || ''],
          ['认领人', (t) => t.claimedByName || ''],
          ['认领时间', (t) => time(t.claimedAt)],
          ['完成人', (t) => t.completedByName || ''],
          ['创建时间', (t) => time(t.created)],
          ['到期时间', (t) => time(t.due)],
          ['结束时间', (t) => time(t.end)],
          ['结果', (t) => t.outcome],
          ['逾期', (t) => (t.overdue ? el('span', { class: 'gendan-late' }, '逾期') : '按时')]
        ],
        story.tasks
      )
    ),
    section(
      '规则判断',
      story.decisions.length
        ? story.decisions.map((d) =>
            el(
              'div',
              { class: 'gendan-decision' },
              el('h4', {}, d.name + '（' + time(d.evaluated) + '）'),
              el('p', {}, '输入：' + d.inputs.map((v) => v.name + ' = ' + v.value).join('；')),
              table(
                [
                  ['命中规则', (r) => (r.ruleOrder ? '第' + r.ruleOrder + '条' : r.ruleId)],
                  ['说明', (r) => r.description || ''],
                  ['结果', (r) => r.outputs.map((v) => v.name + ' = ' + v.value).join('；')]
                ],
                d.matchedRules,
                '没有规则命中。'
              )
            )
          )
        : el('p', { class: 'gendan-empty' }, '没有规则判断，或无权查看。')
    ),
    section(
      '经过',
      table(
        [
          ['步骤', (s) => s.name || s.activityId],
          ['类型', (s) => s.type],
          ['开始', (s) => time(s.start)],
          ['结束', (s) => time(s.end)],
          ['用时（小时）', (s) => (s.durationMillis === null ? '' : hours(s.durationMillis / 3600000))],
          ['处理人', (s) => s.assigneeName || ''],
          ['', (s) => (s.canceled ? '已取消' : '')]
        ],
        story.steps
      )
    ),
    section(
      '故障',
      table(
        [
          ['类型', (x) => x.type],
          ['说明', (x) => x.message || ''],
          ['步骤', (x) => x.activityId],
          ['发生', (x) => time(x.created)],
          ['结束', (x) => time(x.end)],
          ['状态', (x) => x.state]
        ],
        story.incidents,
        '没有故障。'
      )
    ),
    section(
      '操作记录',
      table(
        [
          ['时间', (o) => time(o.time)],
          ['操作人', (o) => o.userName || o.userId || ''],
          ['操作', (o) => o.operation],
          ['任务', (o) => o.taskName || ''],
          ['内容', (o) => o.change || '']
        ],
        story.operations,
        '没有人工操作记录。'
      )
    ),
    section(
      '变量历史',
      table(
        [
          ['时间', (v) => time(v.time)],
          ['变量', (v) => v.name],
          ['值', (v) => (v.value === null ? '（空）' : v.value)]
        ],
        story.variables,
        '没有变量，或无权查看。'
      )
    )
  );
}

// ------------------------------------------------------------------ 稽核报表

/** The export of a report: what the forms say, as Excel. */
function download(path, ...forms) {
  return el(
    'a',
    {
      class: 'btn btn-default gendan-export',
      href: '#',
      onclick: (event) => {
        event.preventDefault();
        window.location.href = apiUrl(path, Object.assign({}, ...forms.map(formValues)));
      }
    },
    '导出 Excel'
  );
}

async function renderReports(node) {
  const allowed = await views();
  if (!allowed.reports) {
    message(node, '稽核报表仅供业务、主管、财务和稽核人员查看。');
    return;
  }
  const form = el('form', { class: 'gendan-form', 'data-view': 'reports' }, periodFields(), el('button', { type: 'submit', class: 'btn btn-primary' }, '查询'));
  const late = el('div');
  const waits = el('div');
  const reads = el('div');
  const readsForm = el(
    'form',
    { class: 'gendan-form' },
    field('客户编号', input('customer', { maxlength: 20 })),
    field('查阅人（用户名）', input('user', { maxlength: 64 })),
    el('button', { type: 'submit', class: 'btn btn-default' }, '筛选')
  );
  let latest = 0;
  const load = async () => {
    const asked = ++latest;
    const current = () => asked === latest; // only the last query's answers are shown
    const period = formValues(form);
    message(late, '正在统计…', 'info');
    try {
      const report = await getJson('/audit/reports/late-tasks', period);
      if (!current()) return;
      late.replaceChildren(
        table(
          [
            ['任务', (c) => c.taskName],
            ['处理人', (c) => c.assigneeName || ''],
            ['完成数', (c) => c.completed],
            ['逾期数', (c) => c.late],
            ['逾期率（%）', (c) => c.lateRate.toFixed(1)],
            ['最长逾期（小时）', (c) => hours(c.longestDelayHours)]
          ],
          report.summary,
          '这段时间没有完成的任务。'
        ),
        el('h4', {}, '逾期明细'),
        table(
          [
            ['单据号', (t) => historyLink(t.processInstanceId, t.documentNumber || '（无单据号）')],
            ['任务', (t) => t.taskName],
            ['处理人', (t) => t.assigneeName || ''],
            ['到期时间', (t) => time(t.due)],
            ['完成时间', (t) => time(t.ended)],
            ['逾期（小时）', (t) => hours(t.lateHours)]
          ],
          report.late,
          '没有逾期完成的任务。'
        )
      );
    } catch (e) {
      message(late, e.message);
    }
    try {
      const steps = await getJson('/audit/reports/longest-waits', period);
      if (!current()) return;
      waits.replaceChildren(
        table(
          [
            ['步骤', (w) => w.activityName],
            ['类型', (w) => w.activityType],
            ['单据号', (w) => historyLink(w.processInstanceId, w.documentNumber || '（无单据号）')],
            ['开始', (w) => time(w.started)],
            ['结束', (w) => time(w.ended)],
            ['等待（小时）', (w) => hours(w.waitedHours)],
            ['处理人', (w) => w.assigneeName || '']
          ],
          steps.flatMap((s) => s.waits),
          '这段时间没有结束的等待。'
        )
      );
    } catch (e) {
      message(waits, e.message);
    }
    if (allowed.readLog) {
      try {
        const found = await getJson('/audit/reports/document-reads', Object.assign({}, period, formValues(readsForm), { size: 100 }));
        if (!current()) return;
        reads.replaceChildren(
          table(
            [
              ['查阅时间', (r) => time(r.readAt)],
              ['查阅人', (r) => r.userName + '（' + r.userId + '）'],
              ['客户', (r) => r.customer],
              ['单据', (r) => r.document],
              ['单据号', (r) => r.reference]
            ],
            found.items,
            '这段时间没有查阅记录。'
          ),
          found.total > found.items.length ? el('p', { class: 'gendan-hint' }, '共 ' + found.total + ' 条，此处列出最近 ' + found.items.length + ' 条；全部请导出 Excel。') : null
        );
      } catch (e) {
        message(reads, e.message);
      }
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  readsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  page(
    node,
    '稽核报表',
    form,
    section('逾期完成的任务（按任务和处理人）', download('/audit/reports/late-tasks.xlsx', form), late),
    section('各步骤等待最久的单据', download('/audit/reports/longest-waits.xlsx', form), waits),
    allowed.readLog ? section('客户单据查阅记录', readsForm, download('/audit/reports/document-reads.xlsx', form, readsForm), reads) : null
  );
  load();
}

// ------------------------------------------------------------------ 团队工作

async function renderTeam(node) {
  const allowed = await views();
  if (!allowed.team) {
    message(node, '团队工作仅供业务主管和总经理查看。');
    return;
  }
  message(node, '正在读取…', 'info');
  try {
    const [workload, stuck] = await Promise.all([getJson('/team/workload'), getJson('/team/stuck')]);
    page(
      node,
      '团队工作',
      section(
        '业助待办',
        table(
          [
            ['业助', (w) => w.name],
            ['待办', (w) => w.open],
            ['已逾期', (w) => (w.overdue ? el('span', { class: 'gendan-late' }, w.overdue) : 0)],
            ['最早的待办', (w) => (w.oldest ? [w.oldest.name + '（' + time(w.oldest.created) + '）', ' ', tasklistLink(w.oldest.taskId, '打开')] : '')]
          ],
          workload,
          '没有业助。'
        )
      ),
      section(
        '停滞的单据',
        table(
          [
            ['单据号', (s) => historyLink(s.processInstanceId, s.documentNumber || '（无单据号）')],
            ['步骤', (s) => s.step],
            ['情况', (s) => el('span', { class: s.kind === '已逾期' ? 'gendan-late' : 'gendan-stuck' }, s.kind)],
            ['停在此步骤自', (s) => time(s.stuckSince)],
            ['应完成', (s) => time(s.dueAt)],
            ['处理人', (s) => s.assigneeName || ''],
            ['', (s) => (s.taskId ? tasklistLink(s.taskId) : '')]
          ],
          stuck,
          '没有停滞的单据。'
        )
      )
    );
  } catch (e) {
    message(node, e.message);
  }
}

// ------------------------------------------------------------------ the plugins

function route(id, path, render) {
  return {
    id: 'gendan.' + id,
    pluginPoint: 'cockpit.route',
    properties: { path },
    render: (node) => {
      render(node);
    }
  };
}

function navigation(key, priority) {
  const view = VIEWS[key];
  return {
    id: 'gendan.navigation.' + key,
    pluginPoint: 'cockpit.navigation',
    priority,
    properties: {
      path: view.path,
      label: view.label,
      pagePath: '#' + view.path,
      checkActive: (url) => url.indexOf('#' + view.path) > -1
    },
    render: (node) => {
      node.append(el('a', { href: '#' + view.path, class: 'gendan-nav-' + key }, view.label));
      const item = node.closest('li') || node;
      const show = () =>
        views().then((allowed) => {
          item.style.display = allowed[key] ? '' : 'none';
        });
      item.style.display = 'none';
      show();
      window.addEventListener('hashchange', show);
    }
  };
}

export default [
  route('history', VIEWS.history.path, renderHistory),
  route('instance', VIEWS.history.path + '/:id', renderInstance),
  route('reports', VIEWS.reports.path, renderReports),
  route('team', VIEWS.team.path, renderTeam),
  navigation('history', 20),
  navigation('reports', 21),
  navigation('team', 22)
];
