/**
 * The wizard's two sign-in steps, "Sign in: current" and "Sign in: new admin" (one
 * {@link co.pump.icm.ui.signin.SignInViewModel} per {@link co.pump.icm.ui.signin.SignInSide}, one
 * {@link co.pump.icm.ui.signin.SignInView}): an AWS profile, the in-app IAM Identity Center sign-in
 * or access keys typed into masked fields, then the who-am-I checklist. A step that is ready puts
 * into {@link co.pump.icm.ui.state.MigrationState}, for its side: the header's
 * {@code AccountIdentity}, the {@code AwsTarget} the later steps use, and who-am-I's {@code Identity}.
 *
 * <p>Everything blocking (reading the AWS files, signing in, who-am-I) runs through
 * {@code BackgroundTask}; secrets stay in masked fields and in memory, never in a label, a message
 * or the log, and are cleared when another sign-in is chosen or the wizard closes.
 */
package co.pump.icm.ui.signin;
