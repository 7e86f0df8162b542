/** Nothing of the lobby is used elsewhere; its page is a route, loaded lazily by the router. Other features and the app import this feature only from here (checked by `npm run lint`). */
export {};
