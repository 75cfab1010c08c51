import { gendanSettings } from '../../gendan/webapp-settings.js';

export default {
  ...gendanSettings('驾驶舱')
};
