package co.pump.icm.rollback;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.model.IdentityCenterConfig;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.AttributeOperation;

/** Changes a person makes by hand in the target, through the SDK, between an import and its rollback. */
final class TargetEdits {

    private final AwsTarget target;
    private final IdentityCenterConfig read;

    TargetEdits(AwsTarget target) {
        this.target = target;
        this.read = Rollbacks.export(target);
    }

    void setUserAttribute(String userName, String path, String value) {
        try (var clients = AwsClients.open(target, 4)) {
            clients.identityStore().updateUser(r -> r.identityStoreId(read.source().identityStoreId())
                    .userId(userId(userName)).operations(AttributeOperation.builder().attributePath(path)
                            .attributeValue(Document.fromString(value)).build()));
        }
    }

    void addToGroup(String userName, String groupName) {
        try (var clients = AwsClients.open(target, 4)) {
            clients.identityStore().createGroupMembership(r -> r.identityStoreId(read.source().identityStoreId())
                    .groupId(groupId(groupName)).memberId(m -> m.userId(userId(userName))));
        }
    }

    String userId(String userName) {
        return TargetData.find(read.users(), u -> u.userName().equals(userName)).origin().id();
    }

    String groupId(String groupName) {
        return TargetData.find(read.groups(), g -> g.displayName().equals(groupName)).origin().id();
    }
}
