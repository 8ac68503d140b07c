/**
 * Signing in to AWS, engine side (no JavaFX): the AWS profiles of the shared config files and
 * their credentials ({@link co.pump.icm.aws.signin.AwsProfiles}, {@link co.pump.icm.aws.signin.ProfileSignIn}),
 * the IAM Identity Center device sign-in and access portal without the AWS CLI
 * ({@link co.pump.icm.aws.signin.DeviceLogin}, {@link co.pump.icm.aws.signin.PortalSession}), access
 * keys typed in and kept in memory only ({@link co.pump.icm.aws.signin.AccessKeys}), and the
 * who-am-I checks the wizard shows as a checklist ({@link co.pump.icm.aws.signin.WhoAmI},
 * {@link co.pump.icm.aws.signin.Identity}, {@link co.pump.icm.aws.signin.MigrationRoles}).
 *
 * <p>Every result ends in an {@link co.pump.icm.aws.AwsTarget} the rest of the engine uses.
 * Nothing here writes a secret to a file, a log or a message: secrets are kept in memory, and
 * every {@code toString()} leaves them out.
 */
package co.pump.icm.aws.signin;
