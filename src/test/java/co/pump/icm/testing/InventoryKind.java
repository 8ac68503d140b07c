package co.pump.icm.testing;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One kind of configuration as the test-side reader knows it: how to read its items from an
 * instance through the AWS SDK, and how to read them from a snapshot file's JSON, both into the
 * same plain {@link Inventory.Item}s. To compare a new kind, write one of these and add it to
 * {@link InventoryKinds#ALL}.
 */
public interface InventoryKind {

    /** The kind's name in an {@link Inventory}, e.g. {@code users}. */
    String name();

    /** Its items in an instance, IDs replaced by names. */
    List<Inventory.Item> read(InstanceView instance);

    /** Its items in a snapshot file (the whole file's JSON), in the same form as {@link #read}. */
    List<Inventory.Item> fromSnapshot(JsonNode snapshot);
}
