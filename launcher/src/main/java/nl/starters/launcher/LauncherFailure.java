package nl.starters.launcher;

/** A reason the federation cannot start, worded for the person who ran the command. */
public class LauncherFailure extends RuntimeException {

    public LauncherFailure(String message) {
        super(message);
    }

    public LauncherFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
