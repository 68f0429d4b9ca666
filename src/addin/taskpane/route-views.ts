/**
 * One lazily loaded chunk per pane route: a route downloads only the view it shows.
 * Typed as a Record over RouteId, so a catalogue route without a view fails the type check.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteId } from '../commands/catalog';

type ViewModule = { default: ComponentType };

export const ROUTE_VIEW_LOADERS: Readonly<Record<RouteId, () => Promise<ViewModule>>> = {
  options: () => import(/* webpackChunkName: "route-options" */ './views/OptionsView'),
  'get-calendar': () => import(/* webpackChunkName: "route-get-calendar" */ './views/GetCalendarView'),
  'send-calendar': () => import(/* webpackChunkName: "route-send-calendar" */ './views/SendCalendarView'),
  'get-contacts': () => import(/* webpackChunkName: "route-get-contacts" */ './views/GetContactsView'),
  'send-contacts': () => import(/* webpackChunkName: "route-send-contacts" */ './views/SendContactsView'),
  'create-ticket': () => import(/* webpackChunkName: "route-create-ticket" */ './views/CreateTicketView'),
  'create-company-note': () => import(/* webpackChunkName: "route-create-company-note" */ './views/CreateCompanyNoteView'),
  'create-contact-note': () => import(/* webpackChunkName: "route-create-contact-note" */ './views/CreateContactNoteView'),
  'create-ticket-note': () => import(/* webpackChunkName: "route-create-ticket-note" */ './views/CreateTicketNoteView'),
  'create-project-note': () => import(/* webpackChunkName: "route-create-project-note" */ './views/CreateProjectNoteView'),
  'create-task-note': () => import(/* webpackChunkName: "route-create-task-note" */ './views/CreateTaskNoteView'),
  'add-ticket': () => import(/* webpackChunkName: "route-add-ticket" */ './views/AddTicketView'),
  'add-company-note': () => import(/* webpackChunkName: "route-add-company-note" */ './views/AddCompanyNoteView'),
  'add-contact-note': () => import(/* webpackChunkName: "route-add-contact-note" */ './views/AddContactNoteView'),
  'add-appointment': () => import(/* webpackChunkName: "route-add-appointment" */ './views/AddAppointmentView'),
  'add-todo': () => import(/* webpackChunkName: "route-add-todo" */ './views/AddTodoView'),
  'add-contact': () => import(/* webpackChunkName: "route-add-contact" */ './views/AddContactView'),
  'add-ticket-time': () => import(/* webpackChunkName: "route-add-ticket-time" */ './views/AddTicketTimeView'),
  'add-ticket-note': () => import(/* webpackChunkName: "route-add-ticket-note" */ './views/AddTicketNoteView'),
  'add-service-call': () => import(/* webpackChunkName: "route-add-service-call" */ './views/AddServiceCallView'),
  'add-project-time': () => import(/* webpackChunkName: "route-add-project-time" */ './views/AddProjectTimeView'),
  'add-project-note': () => import(/* webpackChunkName: "route-add-project-note" */ './views/AddProjectNoteView'),
  'add-task-note': () => import(/* webpackChunkName: "route-add-task-note" */ './views/AddTaskNoteView'),
};

const loaded = new Map<RouteId, ViewModule>();
const loading = new Map<RouteId, Promise<ViewModule>>();

/**
 * Starts downloading a route's chunk (index.tsx calls this while Office.js is still starting).
 * A failed download is forgotten so a later render can retry; the error boundary reports it.
 */
export function preloadRouteView(route: RouteId): Promise<ViewModule> {
  let promise = loading.get(route);
  if (!promise) {
    promise = ROUTE_VIEW_LOADERS[route]().then((module) => {
      loaded.set(route, module);
      return module;
    });
    promise.catch(() => loading.delete(route));
    loading.set(route, promise);
  }
  return promise;
}

/**
 * A thenable that calls back synchronously. React.lazy reads a module resolved this way during
 * the same render, so a preloaded route renders without suspending (and without React's
 * 300 ms Suspense reveal throttle).
 */
function resolvedThenable<T>(value: T): Promise<T> {
  const thenable = {
    then(onFulfilled?: (v: T) => unknown) {
      onFulfilled?.(value);
      return thenable;
    },
  };
  return thenable as unknown as Promise<T>;
}

function lazyRouteView(route: RouteId): LazyExoticComponent<ComponentType> {
  return lazy(() => {
    const module = loaded.get(route);
    return module ? resolvedThenable(module) : preloadRouteView(route);
  });
}

/** The lazy component of each route, made once at start-up; nothing downloads until one renders. */
export const ROUTE_VIEWS = Object.fromEntries(
  (Object.keys(ROUTE_VIEW_LOADERS) as RouteId[]).map((route) => [route, lazyRouteView(route)]),
) as Readonly<Record<RouteId, LazyExoticComponent<ComponentType>>>;
