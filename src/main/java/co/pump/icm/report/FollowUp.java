package co.pump.icm.report;

import java.util.List;

/**
 * Something a person must still do after the import, by hand.
 *
 * @param title  what to do, as a short sentence
 * @param detail why and how, or null
 * @param items  the things it concerns (users, permission sets, steps), possibly none
 */
public record FollowUp(String title, String detail, List<String> items) {

    public FollowUp {
        items = List.copyOf(items);
    }
}
