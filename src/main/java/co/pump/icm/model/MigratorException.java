package co.pump.icm.model;

/**
 * A problem the user can act on, with a message a person can follow ("The profile 'prod' has no
 * region; choose one with --region"). The command line prints the message on one line and exits
 * with the kind's code; the wizard shows it as a sentence. Never carries a secret.
 */
public class MigratorException extends RuntimeException {

    /** What kind of problem it is; decides the command line's exit code. */
    public enum Kind {
        /** A file, option or argument is wrong (exit 2). */
        BAD_INPUT(2),
        /** AWS could not be reached, or credentials or permissions are missing (exit 3). */
        AWS_ACCESS(3);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public MigratorException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MigratorException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static MigratorException badInput(String message) {
        return new MigratorException(Kind.BAD_INPUT, message);
    }

    public Kind kind() {
        return kind;
    }
}
