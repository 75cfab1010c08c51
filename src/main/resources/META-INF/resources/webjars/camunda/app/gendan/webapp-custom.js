// Runs in every Camunda webapp (each app's config.js lists it in customScripts).
// 1. Chinese names for the date pickers: Angular's own locale and the picker's formats, which the
//    webapps' locale files do not reach (they only translate moment.js dates).
// 2. Marks the page when the user may open Cockpit (links into it show only then) or Admin (only
//    admins change a task's candidate groups).
// 3. Chinese for the checks form-js makes in the browser: its messages are fixed English strings
//    that 7.24 offers no way to configure, so they are translated where they are shown; the same
//    for the engine REST API's English that Tasklist shows as it is.
// 4. Chinese for the calendar of a form's date field (flatpickr inside form-js, built in English
//    with no locale setting reachable from outside): month names and weekdays where they are shown;
//    for the "Select" an empty drop-down shows, and the names of a number field's arrow buttons.

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

// What the engine REST API itself answers in English and Tasklist shows in a notification: a task
// opened just after someone completed it (Tasklist recognises the English to close the task, so
// the answer stays English and is translated where it is shown).
const NOTIFICATION_MESSAGES = [[/No matching task with id \S+/, () => '该任务已不存在，可能已被他人办理']];

// Translates the English text, within the elements the selector finds, that a message matches.
function translateTexts(root, selector, messages) {
  const containers = root.querySelectorAll ? root.querySelectorAll(selector) : [];
  containers.forEach((container) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const english = text.nodeValue.trim();
      for (const [pattern, chinese] of messages) {
        const match = english.match(pattern);
        if (match) {
          text.nodeValue = english.replace(pattern, chinese(match));
          break;
        }
      }
    }
  });
}

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

const WEEKDAYS = { Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六' };

function setText(node, text) {
  if (node.textContent !== text) {
    node.textContent = text;
  }
}

function translateFormWidgets(root) {
  if (!root.querySelectorAll) {
    return;
  }
  // form-js keeps this text node and changes it when a value is chosen: change its value only
  root.querySelectorAll('.fjs-select-placeholder').forEach((placeholder) => {
    placeholder.childNodes.forEach((text) => {
      if (text.nodeType === Node.TEXT_NODE && text.nodeValue.trim() === 'Select') {
        text.nodeValue = '请选择';
      }
    });
  });
  root.querySelectorAll('.fjs-number-arrow-up[aria-label="Increment"]').forEach((up) => {
    up.setAttribute('aria-label', '加一');
  });
  root.querySelectorAll('.fjs-number-arrow-down[aria-label="Decrement"]').forEach((down) => {
    down.setAttribute('aria-label', '减一');
  });
  // the month drop-down (its option values are 0-11) and, without one, the month's name
  root.querySelectorAll('.flatpickr-monthDropdown-month').forEach((option) => {
    setText(option, `${Number(option.value) + 1}月`);
  });
  root.querySelectorAll('.flatpickr-current-month .cur-month').forEach((month) => {
    const index = ENGLISH_MONTHS.indexOf(month.textContent.trim());
    if (index >= 0) {
      setText(month, `${index + 1}月 `);
    }
  });
  root.querySelectorAll('.flatpickr-weekday').forEach((weekday) => {
    const chinese = WEEKDAYS[weekday.textContent.trim()];
    if (chinese) {
      setText(weekday, chinese);
    }
  });
}

new MutationObserver(() => {
  translateTexts(document.body, '.fjs-form-field-error', FORM_MESSAGES);
  translateTexts(document.body, '.notifications', NOTIFICATION_MESSAGES);
  translateFormWidgets(document.body);
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true
});

chineseDatePickers();
markAppAccess();
// logging in and out happens inside the single page: ask again whenever its route changes
window.addEventListener('hashchange', markAppAccess);

export default [];
