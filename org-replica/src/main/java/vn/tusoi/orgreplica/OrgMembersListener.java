package vn.tusoi.orgreplica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.kafka.MalformedEventException;

/** Keeps the member replica from the compacted topic, from offset 0 for a new service. */
class OrgMembersListener {

    private final OrgMemberReplica replica;
    private final JsonMapper json;

    OrgMembersListener(OrgMemberReplica replica, JsonMapper json) {
        this.replica = replica;
        this.json = json;
    }

    @KafkaListener(id = "${spring.application.name}-org-members", topics = Topics.ORG_MEMBERS,
            groupId = "${spring.application.name}-org-members")
    void onMemberChanged(ConsumerRecord<String, byte[]> record) {
        apply(record);
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        replica.apply(parse(record));
    }

    private MemberChanged parse(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new MalformedEventException("Empty member event at offset " + record.offset());
        }
        MemberChanged event;
        try {
            event = json.readValue(record.value(), MemberChanged.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("Unreadable member event at offset " + record.offset());
        }
        if (event.memberId() == null || event.fullName() == null || event.homeUnitId() == null
                || event.homeUnitPath() == null || event.status() == null || event.occurredAt() == null
                || !event.memberId().toString().equals(record.key())) {
            throw new MalformedEventException("Incomplete member event at offset " + record.offset());
        }
        return event;
    }
}
