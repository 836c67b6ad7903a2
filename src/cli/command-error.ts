/** A command's failure the user can act on: printed as one line, without a stack trace. */
export class CommandError extends Error {}
