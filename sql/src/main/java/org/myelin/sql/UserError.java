package org.myelin.sql;

/**
 * A failure the user caused and can fix (a bad file, a bad definition, an unreachable database).
 *
 * <p>Its message is one line that names the thing and the fix; the command line prints it without a
 * stack trace and exits with code 2.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
