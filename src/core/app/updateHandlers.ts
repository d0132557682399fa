import { defaultOfficeUpdateSettings, type UpdateStatusView } from '../../contract/updateSchemas';
import { AppError } from '../appError';
import { unavailableUpdateStatus } from '../updates/updateService';
import type { CoreState, Handler } from './operationHandlers';

type UpdateOperation = 'updates.status' | 'updates.check' | 'updates.install';

const unavailableReason =
  'This copy of Airledger does not update itself (browser mode, the command line or a development build): the installed desktop app does.';

function unavailable(state: CoreState): UpdateStatusView {
  const office = state.workspace?.settings.get().updates ?? defaultOfficeUpdateSettings;
  return unavailableUpdateStatus(state.options.appVersion, office, unavailableReason);
}

export const updateHandlers: { [N in UpdateOperation]: Handler<N> } = {
  'updates.status': (state) => state.updates?.status() ?? unavailable(state),

  'updates.check': async (state) => (state.updates === null ? unavailable(state) : state.updates.checkNow()),

  'updates.install': (state) => {
    if (state.updates === null) throw new AppError('business_rule', unavailableReason);
    const request = state.updates.requestInstall();
    if (!request.accepted) throw new AppError('business_rule', request.message);
    return state.updates.status();
  },
};
