package org.summitkg;

/**
 * The project's one unchecked base exception. Subclasses carry where the problem is
 * (a file, a line, an article id) so that messages can name it.
 */
public class SummitKgException extends RuntimeException {
    public SummitKgException(String message) {
        super(message);
    }

    public SummitKgException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Why a stage failed on one input, in one line: the message of a summit-kg failure (it names
     * the rule), else "{@code stage} failed (ExceptionType: message)".
     */
    public static String reason(String stage, Throwable e) {
        return e instanceof SummitKgException ? e.getMessage()
                : stage + " failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }
}
