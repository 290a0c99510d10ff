package org.hubcycle.impact.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.Reviewed;

/**
 * A hub's review of its impact in a year: a statement per setting it speaks to, and the themes it found
 * across them with their implications. The hub writes it over figures read from its records and submits
 * it; the national centre accepts it or returns it with a comment, as every {@link Reviewed} report is.
 */
@Entity
@Table(name = "impact_review")
@Filter(name = HubScope.FILTER)
public class ImpactReview extends Reviewed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "submitted_by", length = 254)
    private String submittedBy;

    @ElementCollection
    @CollectionTable(name = "impact_statement", joinColumns = @JoinColumn(name = "impact_review_id"))
    @MapKeyColumn(name = "setting", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Setting, Statement> statements = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "impact_theme", joinColumns = @JoinColumn(name = "impact_review_id"))
    @OrderColumn(name = "position")
    private List<Theme> themes = new ArrayList<>();

    protected ImpactReview() {}

    public ImpactReview(long hubId, AcademicYear year, Instant at, String by) {
        super(hubId, at, by);
        this.academicYear = year.startYear();
    }

    /** The hub saves its words: a setting with nothing written has no statement, and themes are kept in order. */
    public void write(Map<Setting, Statement> statements, Collection<Theme> themes, Instant at, String by) {
        edited(at, by);
        this.statements.clear();
        statements.forEach((setting, statement) -> {
            if (statement != null && statement.started()) {
                this.statements.put(setting, statement);
            }
        });
        this.themes.clear();
        this.themes.addAll(themes);
    }

    /**
     * The hub submits it: it speaks to at least one setting, and each setting it speaks to has its
     * statement of impact, evidence and reflection; it names at least one theme.
     */
    public void submit(String figures, Instant at, String by) {
        if (statements.isEmpty()) {
            throw new Refused("observed-" + Setting.values()[0].name(), "impact.review.noSetting");
        }
        for (Setting setting : Setting.values()) {
            Statement statement = statements.get(setting);
            if (statement != null && statement.missing() != null) {
                throw new Refused(
                        statement.missing() + "-" + setting.name(),
                        "impact.review.incomplete." + statement.missing(),
                        setting.label());
            }
        }
        if (themes.isEmpty()) {
            throw new Refused("finding-0", "impact.review.noTheme");
        }
        submitted(figures, at, by);
        this.submittedBy = by;
    }

    public Long getId() {
        return id;
    }

    public AcademicYear getAcademicYear() {
        return new AcademicYear(academicYear);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Map<Setting, Statement> getStatements() {
        return statements.isEmpty() ? Map.of() : new EnumMap<>(statements);
    }

    public List<Theme> getThemes() {
        return List.copyOf(themes);
    }
}
