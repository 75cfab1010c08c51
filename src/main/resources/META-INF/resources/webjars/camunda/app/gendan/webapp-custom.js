// Runs in every Camunda webapp (each app's config.js lists it in customScripts).
// 1. Chinese names for the date pickers: Angular's own locale and the picker's formats, which the
//    webapps' locale files do not reach (they only translate moment.js dates).
// 2. Marks the page when the user may open Cockpit (links into it show only then) or Admin (only
//    admins change a task's candidate groups).
// 3. Chinese for the checks form-js makes in the browser: its messages are fixed English strings
//    that 7.24 offers no way to configure, so they are translated where they are shown.

const CHINESE_DATES = {
  MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  SHORTDAY: ['日', '一', '二', '三', '四', '五', '六'],
  AMPMS: ['上午', '下午'],
  FIRSTDAYOFWEEK: 0
};

function chineseDatePickers() {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (!injector) {
    setTimeout(chineseDatePickers, 100);
    return;
  }
  Object.assign(injector.get('$locale').DATETIME_FORMATS, CHINESE_DATES);
  if (injector.has('uibDatepickerConfig')) {
    Object.assign(injector.get('uibDatepickerConfig'), {
      formatDayTitle: 'y年M月',
      formatMonthTitle: 'y年',
      formatMonth: 'M月',
      formatDayHeader: 'EEE',
      showWeeks: false,
      startingDay: 1
    });
  }
}

function appRoot() {
  const base = document.querySelector('base');
  return (base && base.getAttribute('app-root')) || '';
}

async function markAppAccess() {
  let apps = [];
  try {
    const response = await fetch(appRoot() + '/api/admin/auth/user/default', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    });
    if (response.ok) {
      const user = await response.json();
      apps = user.authorizedApps || [];
    }
  } catch (e) {
    apps = [];
  }
  document.body.classList.toggle('gendan-cockpit', apps.includes('cockpit'));
  document.body.classList.toggle('gendan-admin', apps.includes('admin'));
}

const FORM_MESSAGES = [
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多 ${m[1]} 个字符。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid .*phone number.*$/, () => '请填写有效的电话号码（国际格式）。']
];

function translateFormMessages(root) {
  const errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [];
  errors.forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const english = text.nodeValue.trim();
      for (const [pattern, chinese] of FORM_MESSAGES) {
        const match = english.match(pattern);
        if (match) {
          text.nodeValue = chinese(match);
          break;
        }
      }
    }
  });
}

new MutationObserver(() => translateFormMessages(document.body)).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true
});

chineseDatePickers();
markAppAccess();
// logging in and out happens inside the single page: ask again whenever its route changes
window.addEventListener('hashchange', markAppAccess);

export default [];
