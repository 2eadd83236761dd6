package vn.tusoi.orgreplica;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.test.TestClock;

class ReplicaControllerTest extends ReplicaIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnitReplica replica;

    @Test
    void onlyASystemAdministratorReadsTheReplica() throws Exception {
        UUID id = Ids.newId();
        replica.apply(new OrgUnitChanged(Ids.newId(), id, 3, "CB-X", "Chi bộ X", "CHI_BO_CO_SO", null, "/" + id + "/",
                "ACTIVE", TestClock.startInstant()));

        mvc.perform(get("/api/test/org-units/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/test/org-units/{id}", id)
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_member"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/test/org-units/{id}", id)
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Chi bộ X"))
                .andExpect(jsonPath("$.version").value(3));
        mvc.perform(get("/api/test/org-units/{id}", Ids.newId())
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Bản sao dữ liệu tổ chức")));
        mvc.perform(get("/api/test/org-units/not-a-uuid")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/test/org-members/{id}", Ids.newId())
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_member"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/test/org-members/{id}", Ids.newId())
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chưa có đảng viên")));
    }
}
