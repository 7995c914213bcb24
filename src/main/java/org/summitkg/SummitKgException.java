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
}
