package vn.tusoi.review;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;

/** Tests of campaigns at work: a new {@link ReviewWorld} each, and the calls its organization body makes. */
public abstract class ReviewApiTest extends ReviewServiceIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected OrgUnitReplica units;

    @Autowired
    protected OrgMemberReplica members;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    protected ReviewWorld world;

    @BeforeEach
    void newWorld() {
        world = new ReviewWorld(units, members);
    }

    protected UUID createCampaign(String body) throws Exception {
        String created = mvc.perform(post("/api/reviews/campaigns").with(ReviewWorld.as(world.organizationBody))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(UTF_8);
        return UUID.fromString(json.readTree(created).get("id").asString());
    }

    protected JsonNode launch(UUID campaign) throws Exception {
        return json.readTree(mvc.perform(post("/api/reviews/campaigns/" + campaign + "/launch")
                        .with(ReviewWorld.as(world.organizationBody)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8));
    }

    /**
     * Writes, submits and discusses a report: a draft with one section, then the meeting recorded today by the
     * chi bộ's bí thư.
     */
    protected void discuss(UUID report, JwtRequestPostProcessor writer) throws Exception {
        mvc.perform(put("/api/reviews/reports/" + report + "/draft").with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\": 0, \"content\": {\"sections\": {\"UU_DIEM\": \"Hoàn thành.\"}}}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/reviews/reports/" + report + "/submit").with(writer)).andExpect(status().isOk());
        mvc.perform(post("/api/reviews/reports/" + report + "/meeting").with(ReviewWorld.as(world.headA))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"heldOn": "%s", "present": 5, "absent": 0, "minutes": "Biên bản.",
                                 "conclusion": "Thống nhất."}""".formatted(TestDays.TODAY)))
                .andExpect(status().isOk());
    }
}
