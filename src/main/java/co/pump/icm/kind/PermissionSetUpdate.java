package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.Tag;

/**
 * The requests that bring one permission set to its desired state: everything attached after a
 * create, or exactly the fields that differ for an update. Detaching comes before attaching, so
 * that a permission set at its policy quota can swap policies.
 */
final class PermissionSetUpdate {

    private final InstanceWriter writer;
    private final String arn;
    private final PermissionSet desired;
    private final List<FieldChange> fields;

    PermissionSetUpdate(InstanceWriter writer, String arn, PermissionSet desired, List<FieldChange> fields) {
        this.writer = writer;
        this.arn = arn;
        this.desired = desired;
        this.fields = fields;
    }

    /** After a create: the inline policy, managed and customer managed policies, boundary. */
    void attachAll() {
        String name = desired.name();
        if (desired.inlinePolicy() != null) {
            writer.putInlinePolicy(arn, name, desired.inlinePolicy());
        }
        desired.managedPolicies().forEach(p -> writer.attachManagedPolicy(arn, name, p));
        desired.customerManagedPolicies().forEach(p -> writer.attachCustomerManagedPolicy(arn, name, p));
        if (desired.permissionsBoundary() != null) {
            writer.putPermissionsBoundary(arn, desired);
        }
    }

    /** An update: one request per part that differs. */
    void run() {
        String name = desired.name();
        boolean attributes = false;
        var tagsToSet = new ArrayList<Tag>();
        var tagsToRemove = new ArrayList<String>();
        var attach = new ArrayList<Runnable>();
        var detach = new ArrayList<Runnable>();
        boolean inline = false;
        boolean boundary = false;
        for (FieldChange field : fields) {
            switch (field.field()) {
                case "description", "sessionDuration", "relayState" -> attributes = true;
                case "tags" -> {
                    if (field.kind() == FieldChange.Kind.REMOVED) {
                        tagsToRemove.add(((Tag) field.oldValue()).key());
                    } else {
                        tagsToSet.add((Tag) field.newValue());
                    }
                }
                case "inlinePolicy" -> inline = true;
                case "permissionsBoundary" -> boundary = true;
                case "managedPolicies" -> {
                    if (field.kind() == FieldChange.Kind.ADDED) {
                        attach.add(() -> writer.attachManagedPolicy(arn, name, (ManagedPolicy) field.newValue()));
                    } else {
                        detach.add(() -> writer.detachManagedPolicy(arn, name, (ManagedPolicy) field.oldValue()));
                    }
                }
                case "customerManagedPolicies" -> {
                    if (field.kind() == FieldChange.Kind.ADDED) {
                        attach.add(() -> writer.attachCustomerManagedPolicy(arn, name,
                                (CustomerManagedPolicyReference) field.newValue()));
                    } else {
                        detach.add(() -> writer.detachCustomerManagedPolicy(arn, name,
                                (CustomerManagedPolicyReference) field.oldValue()));
                    }
                }
                default -> throw new IllegalArgumentException("Unknown permission set field " + field.path());
            }
        }
        if (attributes) {
            writer.updatePermissionSet(arn, desired);
        }
        if (!tagsToRemove.isEmpty()) {
            writer.untag(arn, name, tagsToRemove);
        }
        if (!tagsToSet.isEmpty()) {
            writer.tag(arn, name, tagsToSet);
        }
        if (inline) {
            if (desired.inlinePolicy() == null) {
                writer.deleteInlinePolicy(arn, name);
            } else {
                writer.putInlinePolicy(arn, name, desired.inlinePolicy());
            }
        }
        detach.forEach(Runnable::run);
        attach.forEach(Runnable::run);
        if (boundary) {
            if (desired.permissionsBoundary() == null) {
                writer.deletePermissionsBoundary(arn, name);
            } else {
                writer.putPermissionsBoundary(arn, desired);
            }
        }
    }
}
