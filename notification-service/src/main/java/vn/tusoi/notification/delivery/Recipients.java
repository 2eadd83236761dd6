package vn.tusoi.notification.delivery;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.tusoi.notification.preference.Preference;
import vn.tusoi.notification.preference.Preferences;
import vn.tusoi.orgreplica.OrgMemberReplica;

/** A recipient's addresses from the member replica, their choices from their preferences. */
@Component
class Recipients {

    private final OrgMemberReplica members;
    private final Preferences preferences;

    Recipients(OrgMemberReplica members, Preferences preferences) {
        this.members = members;
        this.preferences = preferences;
    }

    /** Empty for someone who is not an active member any more. */
    Optional<Recipient> find(UUID memberId) {
        return members.find(memberId).filter(member -> "ACTIVE".equals(member.status()))
                .map(member -> new Recipient(member.id(), member.fullName(), member.email(), member.mobile(),
                        Locale.forLanguageTag(preferences.of(memberId).language())));
    }

    boolean allows(UUID memberId, Channel channel) {
        Preference preference = preferences.of(memberId);
        return switch (channel) {
            case EMAIL -> preference.emailEnabled();
            case SMS -> preference.smsEnabled();
            case INBOX -> true;
        };
    }
}
