package co.pump.icm.sandbox.state;

/**
 * How the access portal shows an application ({@code PortalOptions}): whether it is visible, and
 * where signing in starts. Any member may be null when the application has none.
 *
 * @param visibility     ENABLED or DISABLED
 * @param signInOrigin   IDENTITY_CENTER or APPLICATION
 * @param applicationUrl where APPLICATION sign-in starts
 */
public record ApplicationPortal(String visibility, String signInOrigin, String applicationUrl) {

    public static final ApplicationPortal NONE = new ApplicationPortal(null, null, null);

    /** The same visibility with other sign-in options (UpdateApplication cannot change the visibility). */
    public ApplicationPortal withSignIn(String origin, String url) {
        return new ApplicationPortal(visibility, origin, url);
    }
}
