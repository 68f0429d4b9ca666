/**
 * Route "get-contacts". Until the feature lands it says what the command will do and shows the Outlook mailbox it works for;
 * it saves nothing. Replace the body with the feature's view.
 * @jsxRuntime automatic
 */
import { PlannedRouteView } from './planned/PlannedRouteView';

export default function GetContactsView() {
  return <PlannedRouteView route="get-contacts" context="mailbox" />;
}
