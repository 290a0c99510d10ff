package org.hubcycle.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.Filter;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Reviewed;

/**
 * A work group's final evaluation: what its lead makes of each outcome area, their recommendations and
 * the participants' comments they chose to quote (from those whose writers allowed it), reviewed by the
 * hub lead as every {@link Reviewed} report is.
 */
@Entity
@Table(name = "final_evaluation")
@Filter(name = HubScope.FILTER)
public class FinalEvaluation extends Reviewed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_group_id", nullable = false)
    private Long workGroupId;

    @ElementCollection
    @CollectionTable(name = "final_evaluation_area", joinColumns = @JoinColumn(name = "final_evaluation_id"))
    @MapKeyColumn(name = "area", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "narrative", length = 4000, nullable = false)
    private Map<OutcomeArea, String> narratives = new HashMap<>();

    @Column(length = 4000)
    private String recommendations;

    @Column(length = 8000)
    private String quotes;

    protected FinalEvaluation() {}

    public FinalEvaluation(long hubId, long workGroupId, Instant at, String by) {
        super(hubId, at, by);
        this.workGroupId = workGroupId;
    }

    /** The lead saves their words; an area left blank has no narrative. Quotes are kept as the service writes them. */
    public void write(
            Map<OutcomeArea, String> narratives, String recommendations, String quotes, Instant at, String by) {
        edited(at, by);
        this.narratives.clear();
        narratives.forEach((area, text) -> {
            if (text != null && !text.isBlank()) {
                this.narratives.put(area, text.strip());
            }
        });
        this.recommendations = recommendations;
        this.quotes = quotes;
    }

    /** The lead submits it: it needs a narrative for at least one outcome area, and recommendations. */
    public void submit(String figures, Instant at, String by) {
        if (narratives.isEmpty()) {
            throw new Refused("area-" + OutcomeArea.values()[0].name(), "evaluation.final.narrative.blank");
        }
        if (recommendations == null || recommendations.isBlank()) {
            throw new Refused("recommendations", "evaluation.final.recommendations.blank");
        }
        submitted(figures, at, by);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkGroupId() {
        return workGroupId;
    }

    public Map<OutcomeArea, String> getNarratives() {
        return narratives.isEmpty() ? Map.of() : new EnumMap<>(narratives);
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getQuotes() {
        return quotes;
    }
}
