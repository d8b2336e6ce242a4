// Picks the flow for the event (or the mode input) and runs it.
import { UserError } from '../../errors.js';
import { actionMessages as msg } from '../../messages/action.js';
import type { Mode, Settings } from '../../settings/index.js';
import { pullRequestFlow } from './pull-request.js';
import { pushFlow } from './push.js';
import { workflowRunFlow } from './workflow-run.js';

export function modeFor(settings: Settings): Exclude<Mode, 'auto'> {
  if (settings.mode !== 'auto') return settings.mode;
  switch (settings.runner.eventName) {
    case 'pull_request':
      return 'pr';
    case 'push':
      return 'push';
    case 'workflow_run':
      return 'workflow-run';
    default:
      throw new UserError(msg.unknownEvent(settings.runner.eventName));
  }
}

export async function runAction(settings: Settings): Promise<number> {
  switch (modeFor(settings)) {
    case 'pr':
      return pullRequestFlow(settings);
    case 'push':
      return pushFlow(settings);
    case 'workflow-run':
      return workflowRunFlow(settings);
  }
}
