// Picks the flow for the event (or the mode input) and runs it.
import { UserError } from '../../errors.js';
import { actionMessages as msg } from '../../messages/action.js';
import type { Mode, Settings } from '../../settings/index.js';

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

/** Each flow is loaded when needed: a PR run does not pay for the site builder's start-up. */
export async function runAction(settings: Settings): Promise<number> {
  switch (modeFor(settings)) {
    case 'pr':
      return (await import('./pull-request.js')).pullRequestFlow(settings);
    case 'push':
      return (await import('./push.js')).pushFlow(settings);
    case 'workflow-run':
      return (await import('./workflow-run.js')).workflowRunFlow(settings);
  }
}
