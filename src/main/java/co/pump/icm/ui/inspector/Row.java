package co.pump.icm.ui.inspector;

/**
 * An item of a category table with its search text: every searchable field, lower-cased, worked
 * out once while loading so that filtering 100,000 rows is one {@code contains} per row.
 */
public record Row<T>(T item, String searchText) {
}
