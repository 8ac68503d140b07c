package co.pump.icm.aws.signin;

/** Why an account may administer an IAM Identity Center instance. */
public enum AdminRole {
    /** It is the organization's management account, which owns the instance. */
    MANAGEMENT_ACCOUNT("management account"),
    /** It is the organization's delegated administrator for IAM Identity Center. */
    DELEGATED_ADMINISTRATOR("delegated administrator");

    private final String label;

    AdminRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
