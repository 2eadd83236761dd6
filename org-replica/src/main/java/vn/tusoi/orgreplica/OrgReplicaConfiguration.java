package vn.tusoi.orgreplica;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.Topics;

/** A service that depends on this module keeps a replica of the org tree in its own schema. */
@AutoConfiguration
@Import(ReplicaController.class)
public class OrgReplicaConfiguration {

    @Bean
    OrgUnitReplica orgUnitReplica(JdbcClient jdbc) {
        return new OrgUnitReplica(jdbc);
    }

    @Bean
    OrgUnitsListener orgUnitsListener(OrgUnitReplica replica, JsonMapper json) {
        return new OrgUnitsListener(replica, json);
    }

    @Bean
    OrgMemberReplica orgMemberReplica(JdbcClient jdbc, JsonMapper json) {
        return new OrgMemberReplica(jdbc, json);
    }

    @Bean
    OrgMembersListener orgMembersListener(OrgMemberReplica replica, JsonMapper json) {
        return new OrgMembersListener(replica, json);
    }

    @Bean
    ReplicaRebuild replicaRebuild(ConsumerFactory<?, ?> consumers, OrgUnitsListener units,
            OrgMembersListener members, JdbcClient jdbc, Clock clock) {
        return new ReplicaRebuild(consumers, units, members, jdbc, clock);
    }

    @Bean
    NewTopic orgMembersDeadLetterTopic(@Value("${tusoi.kafka.partitions:3}") int partitions,
            @Value("${tusoi.kafka.replication-factor:1}") short replicas) {
        return TopicBuilder.name(Topics.ORG_MEMBERS + Topics.DEAD_LETTER_SUFFIX).partitions(partitions)
                .replicas(replicas).build();
    }

    @Bean
    NewTopic orgUnitsDeadLetterTopic(@Value("${tusoi.kafka.partitions:3}") int partitions,
            @Value("${tusoi.kafka.replication-factor:1}") short replicas) {
        return TopicBuilder.name(Topics.ORG_UNITS + Topics.DEAD_LETTER_SUFFIX).partitions(partitions)
                .replicas(replicas).build();
    }
}
