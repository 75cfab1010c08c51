import { gendanSettings } from '../../gendan/webapp-settings.js';

export default {
  ...gendanSettings('任务列表'),
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: '领取当前选中的任务' },
    focusFilter: { key: 'ctrl+shift+f', description: '跳到第一个过滤器' },
    focusList: { key: 'ctrl+alt+l', description: '跳到任务列表的第一个任务' },
    focusForm: { key: 'ctrl+alt+f', description: '跳到任务表单的第一个输入框' },
    startProcess: { key: 'ctrl+alt+p', description: '打开“发起流程”对话框' }
  }
};
