package org.doctally.git;

/** A Git repository that could not be found, read or updated; the message names the folder or ref. */
public class GitException extends Exception {

    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
