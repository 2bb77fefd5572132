package io.github.raceguard;

/** The analysis as a whole could not run (bad arguments, no readable source). Exit code 2. */
public class AnalysisException extends Exception {
    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
