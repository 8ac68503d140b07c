package co.pump.icm.follow;

/** Why following the accounts stopped. */
public enum FollowEnd {
    /** Every awaited account arrived and was given its assignments. */
    ALL_ARRIVED,
    /** The person cancelled; a later run picks up where it stopped. */
    CANCELLED,
    /** The time limit passed with accounts still awaited. */
    TIME_LIMIT,
    /** AWS refused to answer (access, credentials); nothing more could be done. */
    STOPPED_BY_AWS
}
