/** What to say when the organizer account was created with a made-up password. */
export interface BootstrapNotice {
  /** For the structured log, which is shipped and kept: never carries the password. */
  log: string;
  /** For a person at a terminal, once; absent when nobody is watching (no TTY). */
  terminal?: string;
}

/**
 * The generated organizer password goes to an interactive terminal only: logs are collected and
 * retained, so a password written there is a standing credential for anyone who can read them.
 */
export function organizerBootstrapNotice(email: string, generatedPassword: string, interactive: boolean): BootstrapNotice {
  if (interactive) {
    return {
      log: `organizer account created: ${email}; its generated password was shown on the terminal once`,
      terminal: `\nOrganizer account created: ${email}\nPassword (shown once): ${generatedPassword}\nChange it after signing in.\n\n`,
    };
  }
  return {
    log:
      `organizer account created: ${email}; its generated password was not printed (no terminal). ` +
      'Set ORGANIZER_PASSWORD before the first start to choose it, or reset the database and start again with it set; ' +
      'once signed in, the password can be changed from the account page',
  };
}
