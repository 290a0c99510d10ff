package org.hubcycle.directory.demo;

import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.stereotype.Component;

/** Two fictional hubs: enough to show, and to test, that one hub never sees another's records. */
@Component
class DirectoryDemoData implements DemoData {

    public static final String DEMO_HUB = "demo-maths-hub";
    public static final String SECOND_HUB = "northfield-maths-hub";

    private final Hubs hubs;

    DirectoryDemoData(Hubs hubs) {
        this.hubs = hubs;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        hubs.ensure(DEMO_HUB, "Demo Maths Hub");
        hubs.ensure(SECOND_HUB, "Northfield Maths Hub");
    }
}
