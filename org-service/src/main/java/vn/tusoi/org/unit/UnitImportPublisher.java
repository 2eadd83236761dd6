package vn.tusoi.org.unit;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.kafka.EventFanOut;

/** Publishes the current state of every unit an import created. */
@Component
class UnitImportPublisher {

    private final OrgUnitRepository units;
    private final EventFanOut fanOut;

    UnitImportPublisher(OrgUnitRepository units, EventFanOut fanOut) {
        this.units = units;
        this.fanOut = fanOut;
    }

    @ApplicationModuleListener
    void on(UnitsImported imported) {
        List<EventFanOut.Outgoing> events = units.findByImportJobIdOrderByPath(imported.jobId()).stream()
                .map(OrgUnit::changed)
                .map(event -> new EventFanOut.Outgoing(event.unitId().toString(), event.eventId(),
                        OrgUnitChanged.TYPE, event.occurredAt(), event))
                .toList();
        fanOut.sendAll(Topics.ORG_UNITS, events);
    }
}
