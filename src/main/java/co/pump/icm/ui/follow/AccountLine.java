package co.pump.icm.ui.follow;

import co.pump.icm.follow.AccountTimeline;

/**
 * One awaited account as the follow card shows it: a mark, a tone (for the colour that repeats the
 * mark), and a sentence, e.g. {@code 666666666666 (larkspur-sandbox) — arrived at 10:41:56 · users
 * of larkspur-sandbox got access at 10:42:01}.
 *
 * @param tone {@code ok}, {@code bad}, {@code warn} or {@code muted}
 */
public record AccountLine(String accountId, String mark, String text, String tone) {

    /** True while the account is not in the new organization. */
    public boolean awaited() {
        return "…".equals(mark);
    }

    static AccountLine of(AccountTimeline t) {
        String who = t.displayName();
        String users = t.accountName() != null ? t.accountName() : t.accountId();
        return switch (t.status()) {
            case AWAITED -> new AccountLine(t.accountId(), "…", who + " — not in the new organization yet · "
                    + FollowWords.assignments(t.assignments()) + " wait for it"
                    + (t.awaitedSince() == null ? "" : " · awaited since " + FollowWords.time(t.awaitedSince())), "muted");
            case ARRIVED -> new AccountLine(t.accountId(), "!", who + " — arrived at " + FollowWords.time(t.joinedAt())
                    + " · making its " + FollowWords.assignments(t.assignments()), "warn");
            case ACCESS_GIVEN -> new AccountLine(t.accountId(), "✓", who + " — arrived at "
                    + FollowWords.time(t.joinedAt()) + " · users of " + users + " got access at "
                    + FollowWords.time(t.accessAt()), "ok");
            case PARTLY_GIVEN -> new AccountLine(t.accountId(), "✗", who + " — arrived at "
                    + FollowWords.time(t.joinedAt()) + " · " + t.given() + " of " + FollowWords.assignments(t.assignments())
                    + " made, " + t.notDone() + " not done (below)", "bad");
        };
    }
}
