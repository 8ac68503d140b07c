/**
 * Signing in to the sandbox with IAM Identity Center: the sso-oidc device authorization flow
 * ({@link co.pump.icm.sandbox.portal.OidcService}), a local page where the person approves the
 * device code ({@link co.pump.icm.sandbox.portal.DeviceApprovalPage}), and the AWS access portal
 * API that lists a user's accounts and roles and hands out role credentials
 * ({@link co.pump.icm.sandbox.portal.PortalService}). {@link co.pump.icm.sandbox.portal.SsoSignIn}
 * wires the three together.
 *
 * <p>Secrets (client secrets, device codes, tokens, secret keys) are never logged and never appear
 * in error messages or {@code toString()}.
 */
package co.pump.icm.sandbox.portal;
