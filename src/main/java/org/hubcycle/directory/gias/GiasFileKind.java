package org.hubcycle.directory.gias;

import java.util.List;
import org.hubcycle.shared.Labelled;

/** The three public GIAS extracts, told apart by their header row. */
public enum GiasFileKind implements Labelled {
    ESTABLISHMENTS(
            List.of("URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName"),
            List.of(
                    "URN",
                    "LA (code)",
                    "LA (name)",
                    "EstablishmentNumber",
                    "EstablishmentName",
                    "TypeOfEstablishment (name)",
                    "EstablishmentTypeGroup (name)",
                    "EstablishmentStatus (name)",
                    "OpenDate",
                    "CloseDate",
                    "PhaseOfEducation (name)",
                    "StatutoryLowAge",
                    "StatutoryHighAge",
                    "NumberOfPupils",
                    "PercentageFSM",
                    "Trusts (code)",
                    "Trusts (name)",
                    "UKPRN",
                    "Street",
                    "Town",
                    "Postcode",
                    "GOR (name)",
                    "OfstedRating (name)",
                    "LastChangedDate")),

    LINKS(
            List.of("URN", "LinkURN", "LinkName", "LinkType", "LinkEstablishedDate"),
            List.of("URN", "LinkURN", "LinkName", "LinkType", "LinkEstablishedDate")),

    GROUPS(List.of(), List.of("Group UID", "Group Name", "Group Type", "Group Status"));

    private final List<String> leadingColumns;
    private final List<String> requiredColumns;

    GiasFileKind(List<String> leadingColumns, List<String> requiredColumns) {
        this.leadingColumns = leadingColumns;
        this.requiredColumns = requiredColumns;
    }

    List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Which extract a header row belongs to, or null if none. */
    static GiasFileKind of(List<String> header) {
        for (GiasFileKind kind : values()) {
            boolean leads = kind.leadingColumns.isEmpty()
                    || header.size() >= kind.leadingColumns.size()
                            && header.subList(0, kind.leadingColumns.size()).equals(kind.leadingColumns);
            if (leads && header.containsAll(kind.requiredColumns)) {
                return kind;
            }
        }
        return null;
    }
}
