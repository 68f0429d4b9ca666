/**
 * Route "create-ticket-note". Until the feature lands it says what the command will do and shows the selected message it will use;
 * it saves nothing. Replace the body with the feature's view.
 * @jsxRuntime automatic
 */
import { PlannedRouteView } from './planned/PlannedRouteView';

export default function CreateTicketNoteView() {
  return <PlannedRouteView route="create-ticket-note" context="message" />;
}
