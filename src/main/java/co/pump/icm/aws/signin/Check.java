package co.pump.icm.aws.signin;

/**
 * One line of the sign-in checklist.
 *
 * @param title   what was checked, e.g. {@code IAM Identity Center}
 * @param status  how it came out
 * @param message what was found; for a warning or problem, also the reason and what to do
 */
public record Check(String title, CheckStatus status, String message) {

    public static Check ok(String title, String message) {
        return new Check(title, CheckStatus.OK, message);
    }

    public static Check warning(String title, String message) {
        return new Check(title, CheckStatus.WARNING, message);
    }

    public static Check problem(String title, String message) {
        return new Check(title, CheckStatus.PROBLEM, message);
    }

    public static Check skipped(String title, String message) {
        return new Check(title, CheckStatus.SKIPPED, message);
    }

    public boolean isProblem() {
        return status == CheckStatus.PROBLEM;
    }
}
