package co.pump.icm.kind;

/** Which of AWS's limits a kind's writes go through: they decide how many run at once. */
public enum Lane {
    /** The Identity Store API (users, groups, memberships): 20 requests per second per API. */
    IDENTITY_STORE,
    /** The admin API (permission sets, the ABAC configuration): 20 requests per second together. */
    ADMIN,
    /**
     * The admin API's asynchronous account requests: a limited number outstanding and one at a time
     * per account (account assignments). A kind on this lane is an {@link AccountRequestKind}, which
     * says which account each request is about.
     */
    ACCOUNT
}
