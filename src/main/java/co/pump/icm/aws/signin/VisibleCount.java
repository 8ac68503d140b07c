package co.pump.icm.aws.signin;

/**
 * How many users (or groups) the signed-in identity can see, from one page: exact when there is
 * no further page, else "at least".
 *
 * @param count how many were seen
 * @param more  true when there are more than that
 */
public record VisibleCount(int count, boolean more) {

    /** {@code 40}, or {@code 100+}. */
    @Override
    public String toString() {
        return count + (more ? "+" : "");
    }
}
