package co.pump.icm.sandbox.ssoadmin;

import co.pump.icm.sandbox.state.ApplicationPortal;

/**
 * The PortalOptions member of CreateApplication (sign-in options and visibility) and of
 * UpdateApplication (sign-in options only: {@code UpdateApplicationPortalOptions} has no
 * Visibility). ApplicationUrl "is a required parameter if the Origin parameter is APPLICATION"
 * (model documentation of SignInOptions).
 *
 * @param present true when the request has PortalOptions at all
 * @param signIn  true when it has SignInOptions
 */
record PortalOptionsInput(boolean present, boolean signIn, String visibility, String origin, String applicationUrl) {

    static PortalOptionsInput read(Input in, boolean withVisibility) {
        Input portal = in.structure("PortalOptions", false);
        if (portal == null) {
            return new PortalOptionsInput(false, false, null, null, null);
        }
        String visibility = withVisibility ? portal.optionalEnum("Visibility", ApplicationShapes.STATUSES) : null;
        Input signIn = portal.structure("SignInOptions", false);
        if (signIn == null) {
            return new PortalOptionsInput(true, false, visibility, null, null);
        }
        String origin = signIn.requiredEnum("Origin", ApplicationShapes.SIGN_IN_ORIGINS);
        String url = signIn.optional("ApplicationUrl", ApplicationShapes.APPLICATION_URL);
        if ("APPLICATION".equals(origin) && url == null) {
            signIn.invalid("ApplicationUrl", null, "Member must not be null when Origin is APPLICATION");
        }
        return new PortalOptionsInput(true, true, visibility, origin, url);
    }

    /** The portal options of a new application. */
    ApplicationPortal portal() {
        return new ApplicationPortal(visibility, origin, applicationUrl);
    }

    /** An application's portal options after an update: the sign-in options replaced when given. */
    ApplicationPortal applyTo(ApplicationPortal current) {
        ApplicationPortal base = current == null ? ApplicationPortal.NONE : current;
        return signIn ? base.withSignIn(origin, applicationUrl) : base;
    }
}
