package co.pump.icm.aws.signin;

import java.time.Duration;

/**
 * What the user needs to approve a device sign-in: open the verification page (the complete URI
 * already carries the code) and check that it shows the same code.
 *
 * @param userCode                the code to compare, e.g. {@code PMPJ-VZCJ}
 * @param verificationUri         the page to open when typing the code in by hand
 * @param verificationUriComplete the page with the code filled in; open this one
 * @param expiresIn               how long the code can be approved
 */
public record DeviceCode(String userCode, String verificationUri, String verificationUriComplete, Duration expiresIn) {
}
