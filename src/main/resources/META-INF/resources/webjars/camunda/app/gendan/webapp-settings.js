// Settings Gendan gives every Camunda webapp (Tasklist, Cockpit, Admin, Welcome): Chinese first,
// dates as the department writes them, and the brand. Each app's scripts/config.js spreads these.
export function gendanSettings(appName) {
  return {
    app: { vendor: '跟单', name: appName },
    locales: { availableLocales: ['zh'], fallbackLocale: 'zh' },
    // moment.js formats: 2026-12-04 14:30 everywhere
    dateFormat: {
      monthName: 'M月',
      day: 'D',
      abbr: 'MM-DD HH:mm',
      normal: 'YYYY-MM-DD HH:mm',
      long: 'YYYY-MM-DD HH:mm dddd',
      short: 'YYYY-MM-DD'
    },
    disableWelcomeMessage: true,
    // relative to the app's folder (app/<name>/)
    customScripts: ['../gendan/webapp-custom']
  };
}
