package co.pump.icm.aws.signin;

/** What one check found, and its line in the checklist. */
record Checked<T>(T value, Check check) {
}
