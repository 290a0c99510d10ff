package org.hubcycle.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** One charge on an invoice, as it was charged when the invoice was raised. */
@Entity
@Table(name = "school_invoice_line")
@Filter(name = HubScope.FILTER)
public class SchoolInvoiceLine extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "work_group", nullable = false, length = 200)
    private String workGroup;

    @Column(name = "session_number", nullable = false)
    private Integer sessionNumber;

    @Column(nullable = false, length = 500)
    private String who;

    @Column(nullable = false, length = 20)
    private String mark;

    @Column(nullable = false)
    private Integer pence;

    protected SchoolInvoiceLine() {}

    public SchoolInvoiceLine(
            long hubId,
            long invoiceId,
            long sessionId,
            long participantId,
            LocalDate sessionDate,
            String workGroup,
            int sessionNumber,
            String who,
            String mark,
            int pence) {
        super(hubId);
        this.invoiceId = invoiceId;
        this.sessionId = sessionId;
        this.participantId = participantId;
        this.sessionDate = sessionDate;
        this.workGroup = workGroup;
        this.sessionNumber = sessionNumber;
        this.who = who;
        this.mark = mark;
        this.pence = pence;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getWorkGroup() {
        return workGroup;
    }

    public Integer getSessionNumber() {
        return sessionNumber;
    }

    public String getWho() {
        return who;
    }

    public String getMark() {
        return mark;
    }

    public Integer getPence() {
        return pence;
    }
}
