/** Why the sign-in page was opened, passed in the router state by the page that sent the user there. */
export type SignInNotice = 'signedOut' | 'signedOutEverywhere' | 'passwordReset';
