/**
 * Route "add-project-time". Until the feature lands it says what the command will do and shows that it needs no selected message;
 * it saves nothing. Replace the body with the feature's view.
 * @jsxRuntime automatic
 */
import { PlannedRouteView } from './planned/PlannedRouteView';

export default function AddProjectTimeView() {
  return <PlannedRouteView route="add-project-time" context="standalone" />;
}
