package vn.tusoi.orgreplica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.kafka.MalformedEventException;

/** Keeps the replica from the compacted topic; the group starts at offset 0, so a new service builds it whole. */
class OrgUnitsListener {

    private static final Logger log = LoggerFactory.getLogger(OrgUnitsListener.class);

    private final OrgUnitReplica replica;
    private final JsonMapper json;

    OrgUnitsListener(OrgUnitReplica replica, JsonMapper json) {
        this.replica = replica;
        this.json = json;
    }

    @KafkaListener(id = "${spring.application.name}-org-units", topics = Topics.ORG_UNITS,
            groupId = "${spring.application.name}-org-units")
    void onUnitChanged(ConsumerRecord<String, byte[]> record) {
        apply(record);
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        OrgUnitChanged event = parse(record);
        if (replica.apply(event)) {
            log.debug("Replica of unit {} now at version {}", event.unitId(), event.version());
        }
    }

    private OrgUnitChanged parse(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new MalformedEventException("Empty org unit event at offset " + record.offset());
        }
        OrgUnitChanged event;
        try {
            event = json.readValue(record.value(), OrgUnitChanged.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("Unreadable org unit event at offset " + record.offset());
        }
        if (event.unitId() == null || event.code() == null || event.name() == null || event.typeCode() == null
                || event.path() == null || event.status() == null || event.occurredAt() == null
                || !event.unitId().toString().equals(record.key())) {
            throw new MalformedEventException("Incomplete org unit event at offset " + record.offset());
        }
        return event;
    }
}
