package org.hubcycle.shared;

import java.util.List;

/**
 * A hub's report has reached the national centre for its decision (an impact review, a school improvement
 * project's final monitoring report). {@code report} is the message code naming it in words, with its
 * {@code arguments} ("the impact review of {0}"); {@code path} is where the national admin reads and decides
 * it. Published in the transaction that submitted it.
 */
public record ReportReceived(long hubId, String hubName, String report, List<String> arguments, String path) {

    public ReportReceived {
        arguments = List.copyOf(arguments);
    }
}
