/**
 * Checks after an import: the drift check ({@link co.pump.icm.verify.DriftCheck}: the target
 * re-read and planned again; what would still be written is drift), and the SSO access test
 * ({@link co.pump.icm.verify.AccessTest}: a test user signs in with a device code, and the accounts
 * and roles they see are compared with {@link co.pump.icm.verify.ExpectedAccess}), with the access
 * portal URL ({@link co.pump.icm.verify.PortalUrl}) and, for an external identity provider, the
 * SAML/SCIM checklist ({@link co.pump.icm.verify.IdentityProviderChecklist}).
 */
package co.pump.icm.verify;
