import { gendanSettings } from '../../gendan/webapp-settings.js';

const settings = gendanSettings('驾驶舱');

export default {
  ...settings,
  // Gendan's views: 历史查询, 稽核报表, 团队工作 (see gendan/cockpit-views.js)
  customScripts: [...settings.customScripts, '../gendan/cockpit-views']
};
