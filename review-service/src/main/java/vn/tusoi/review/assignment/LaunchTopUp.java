package vn.tusoi.review.assignment;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.security.Caller;

/**
 * Brings members and units that joined after a launch into every open campaign, by launching it again on a
 * schedule: a launch adds only what is missing (and changes nothing when nothing is), and launches of one campaign
 * queue on its row, so several instances may run this at once.
 */
@Component
class LaunchTopUp {

    private static final Logger log = LoggerFactory.getLogger(LaunchTopUp.class);
    private static final Caller SCHEDULER = new Caller("tusoi-launch-top-up", Optional.empty(),
            Set.of(Caller.ROLE_SYSTEM_ADMIN));

    private final CampaignLaunch launch;

    LaunchTopUp(CampaignLaunch launch) {
        this.launch = launch;
    }

    @Scheduled(fixedDelayString = "${tusoi.campaigns.top-up-interval}",
            initialDelayString = "${tusoi.campaigns.top-up-interval}")
    void topUp() {
        for (UUID campaign : launch.openCampaigns()) {
            try {
                LaunchResult result = launch.launch(campaign, SCHEDULER);
                if (result.created() > 0) {
                    log.info("Campaign {}: {} assignments added for members and units that joined", campaign,
                            result.created());
                }
            } catch (RuntimeException failed) {
                log.warn("Campaign {}: top-up failed, retried at the next run", campaign, failed);
            }
        }
    }
}
